// Endpoint rules checked on the plan alone, so a ten-second clamp is tested
// without waiting ten seconds.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cctype>

#include "server/endpoints.hpp"

namespace overlap {
namespace {

namespace http = boost::beast::http;
using nlohmann::json;
using std::chrono::milliseconds;

ResponsePlan plan(const std::string& target, http::verb method = http::verb::get) {
    static std::mt19937_64 random(1);
    HttpRequest request{method, target, 11};
    request.set(http::field::host, "127.0.0.1");
    return plan_response(request, random);
}

json body(const ResponsePlan& p) { return json::parse(p.response.body()); }

TEST(Endpoints, DelayIsClampedAtTenSecondsAndSaysSo) {
    const ResponsePlan p = plan("/delay/25");
    EXPECT_EQ(p.response.result(), http::status::ok);
    EXPECT_EQ(p.delay, std::chrono::seconds(10));
    EXPECT_EQ(body(p)["delay"], 25);
    EXPECT_EQ(body(p)["clamped_to"], 10);
}

TEST(Endpoints, DelayTakesFractions) {
    const ResponsePlan p = plan("/delay/0.25");
    EXPECT_EQ(p.delay, milliseconds(250));
    EXPECT_FALSE(body(p).contains("clamped_to"));
}

TEST(Endpoints, SameSeedSameJitterOtherSeedOtherJitter) {
    const ResponsePlan first = plan("/delay/1?jitter=0.5&seed=7");
    const ResponsePlan again = plan("/delay/1?jitter=0.5&seed=7");
    const ResponsePlan other = plan("/delay/1?jitter=0.5&seed=8");
    EXPECT_EQ(first.delay, again.delay);
    EXPECT_NE(first.delay, other.delay);
    for (const ResponsePlan* p : {&first, &other}) {
        EXPECT_GE(p->delay, std::chrono::seconds(1));
        EXPECT_LT(p->delay, milliseconds(1500));
        EXPECT_NEAR(body(*p)["delayed"].get<double>() * 1e9, static_cast<double>(p->delay.count()),
                    1.0);
    }
    EXPECT_EQ(body(first)["seed"], 7);
}

TEST(Endpoints, UnseededJitterVaries) {
    const ResponsePlan first = plan("/delay/0?jitter=1");
    const ResponsePlan second = plan("/delay/0?jitter=1");
    EXPECT_NE(first.delay, second.delay);
}

TEST(Endpoints, JitterCannotPushPastTheClamp) {
    const ResponsePlan p = plan("/delay/9.9?jitter=5&seed=3");
    EXPECT_LE(p.delay, std::chrono::seconds(10));
}

TEST(Endpoints, DripPlansHeaderThenPacedBody) {
    const ResponsePlan p = plan("/drip?duration=1.5&numbytes=300&delay=0.5");
    EXPECT_EQ(p.drip_bytes, 300u);
    EXPECT_EQ(p.drip_duration, milliseconds(1500));
    EXPECT_EQ(p.delay, milliseconds(500));
    EXPECT_EQ(p.response[http::field::content_length], "300");
    EXPECT_TRUE(p.response.body().empty());
}

TEST(Endpoints, BytesArePlannedNotBuilt) {
    const ResponsePlan p = plan("/bytes/10485760?seed=9");
    EXPECT_EQ(p.random_bytes, 10u << 20);
    EXPECT_EQ(p.random_seed, 9u);
    EXPECT_EQ(p.response[http::field::content_length], "10485760");
    EXPECT_TRUE(p.response.body().empty());
}

TEST(Endpoints, HeadSendsTheHeaderOnly) {
    const ResponsePlan p = plan("/bytes/64", http::verb::head);
    EXPECT_EQ(p.response[http::field::content_length], "64");
    EXPECT_TRUE(p.response.body().empty());
    EXPECT_EQ(p.random_bytes, 0u);
    const ResponsePlan drip = plan("/drip?numbytes=5", http::verb::head);
    EXPECT_EQ(drip.drip_bytes, 0u);
    EXPECT_EQ(drip.response[http::field::content_length], "5");
}

TEST(Endpoints, InformationalStatusIsFollowedByAFinalOne) {
    const ResponsePlan p = plan("/status/103");
    EXPECT_EQ(p.interim_status, 103u);
    EXPECT_EQ(p.response.result(), http::status::ok);
    EXPECT_EQ(body(p)["interim_status"], 103);
}

TEST(Endpoints, AbortPlansNoAnswer) { EXPECT_TRUE(plan("/abort").abort); }

struct Refusal {
    const char* target;
    http::status status;
    const char* parameter;  // "" when the refusal names none
};

class EndpointsRefuse : public ::testing::TestWithParam<Refusal> {};

TEST_P(EndpointsRefuse, WithAClearMessage) {
    const ResponsePlan p = plan(GetParam().target);
    EXPECT_EQ(p.response.result(), GetParam().status) << GetParam().target;
    EXPECT_EQ(p.delay, std::chrono::nanoseconds::zero());
    const json answer = body(p);
    EXPECT_FALSE(answer["error"].get<std::string>().empty());
    if (*GetParam().parameter != '\0') {
        EXPECT_EQ(answer["parameter"], GetParam().parameter);
        EXPECT_NE(answer["error"].get<std::string>().find(GetParam().parameter), std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(
    BadRequests, EndpointsRefuse,
    ::testing::Values(Refusal{"/delay/abc", http::status::bad_request, "seconds"},
                      Refusal{"/delay/-1", http::status::bad_request, "seconds"},
                      Refusal{"/delay/1?jitter=x", http::status::bad_request, "jitter"},
                      Refusal{"/delay/1?jitter=1&seed=-2", http::status::bad_request, "seed"},
                      Refusal{"/status/99", http::status::bad_request, "code"},
                      Refusal{"/status/600", http::status::bad_request, "code"},
                      Refusal{"/status/101", http::status::bad_request, "code"},
                      Refusal{"/bytes/10485761", http::status::bad_request, "n"},
                      Refusal{"/bytes/lots", http::status::bad_request, "n"},
                      Refusal{"/drip?numbytes=many", http::status::bad_request, "numbytes"},
                      Refusal{"/drip?duration=11", http::status::bad_request, "duration"},
                      Refusal{"/nowhere", http::status::not_found, ""},
                      Refusal{"/delay", http::status::not_found, ""}),
    [](const ::testing::TestParamInfo<Refusal>& row) {
        std::string name = row.param.target;
        for (char& c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        }
        return name;
    });

TEST(Endpoints, OnlyGetAndHeadAreAllowed) {
    const ResponsePlan p = plan("/get", http::verb::post);
    EXPECT_EQ(p.response.result(), http::status::method_not_allowed);
    EXPECT_EQ(p.response[http::field::allow], "GET, HEAD");
}

}  // namespace
}  // namespace overlap
