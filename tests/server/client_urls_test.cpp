// The URLs the client writes for the embedded server, sent to it: every delay
// and jitter the model can format must be one the server accepts, so a
// workload never fails on its own number formatting.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <limits>

#include "http_client.hpp"
#include "in_process_server.hpp"
#include "model/workload.hpp"
#include "server/endpoints.hpp"

namespace overlap::testing {
namespace {

using nlohmann::json;

class ClientUrls : public ::testing::Test {
protected:
    Reply get(const std::string& url_with_placeholders) {
        return client.get(resolve_url(url_with_placeholders, server.url(""), 3));
    }
    InProcessServer server;
    HttpClient client;
};

// to_chars writes these in exponent form ("5e-04", "1e-05", "5e-324").
TEST_F(ClientUrls, SubMillisecondDelaysAndJitterAreAccepted) {
    for (const double seconds :
         {0.0005, 0.0001, 1e-5, 1e-9, 2.5e-7, std::numeric_limits<double>::min(),
          std::numeric_limits<double>::denorm_min()}) {
        const ServerShape shape{.delay_s = seconds, .jitter_s = seconds};
        const Reply reply = get(shape.url());
        EXPECT_EQ(reply.status, 200) << shape.url() << ": " << reply.body;
        if (reply.status != 200) continue;
        const json body = json::parse(reply.body);
        EXPECT_EQ(body["delay"].get<double>(), seconds) << shape.url();
        EXPECT_EQ(body["jitter"].get<double>(), seconds) << shape.url();
    }
}

// Long delays go out as "1e+05" (the '+' is literal in a path) and are
// clamped; planned, not fetched, so the test does not wait the 10 s.
TEST(ClientUrlPlans, VeryLongDelaysAreAcceptedAndClamped) {
    const ServerShape shape{.delay_s = 1e5};
    ASSERT_EQ(shape.url(), "{server}/delay/1e+05");
    HttpRequest request{boost::beast::http::verb::get, resolve_url(shape.url(), "", 0), 11};
    std::mt19937_64 random;
    const ResponsePlan plan = plan_response(request, random);
    EXPECT_EQ(plan.response.result(), boost::beast::http::status::ok) << plan.response.body();
    EXPECT_EQ(plan.delay, std::chrono::seconds(10));
}

// scale_time rewrites delay and jitter; a fast clock makes them tiny.
TEST_F(ClientUrls, ScaledDelaysAreAccepted) {
    Workload workload =
        uniform_workload(1, ServerShape{.delay_s = 0.2, .jitter_s = 0.1}.url(), 0, 0.2);
    workload = scale_time(workload, 0.001);
    const Reply reply = get(workload.tasks.front().url);
    EXPECT_EQ(reply.status, 200) << workload.tasks.front().url << ": " << reply.body;
}

}  // namespace
}  // namespace overlap::testing
