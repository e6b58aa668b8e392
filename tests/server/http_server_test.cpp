// Every endpoint over a real connection, with libcurl as the client.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http_client.hpp"
#include "in_process_server.hpp"
#include "server/random_bytes.hpp"

namespace overlap::testing {
namespace {

using nlohmann::json;

class HttpServerTest : public ::testing::Test {
protected:
    InProcessServer server;
};

TEST_F(HttpServerTest, ListensOnLoopbackOnAnEphemeralPort) {
    EXPECT_NE(server.port(), 0);
    EXPECT_EQ(server.url(""), "http://127.0.0.1:" + std::to_string(server.port()));
}

TEST_F(HttpServerTest, DelayWaitsAtLeastTheAskedTime) {
    const Reply reply = fetch(server.url("/delay/0.3"));
    ASSERT_EQ(reply.result, CURLE_OK);
    EXPECT_EQ(reply.status, 200);
    EXPECT_GE(reply.total_s, 0.3);
    const json body = json::parse(reply.body);
    EXPECT_EQ(body["delay"], 0.3);
    EXPECT_EQ(body["delayed"], 0.3);
}

TEST_F(HttpServerTest, SeededJitterGivesTheSameWaitTwice) {
    const json first = json::parse(fetch(server.url("/delay/0?jitter=0.2&seed=42")).body);
    const json second = json::parse(fetch(server.url("/delay/0?jitter=0.2&seed=42")).body);
    EXPECT_EQ(first["delayed"], second["delayed"]);
    EXPECT_GE(first["delayed"].get<double>(), 0.0);
    EXPECT_LT(first["delayed"].get<double>(), 0.2);
}

TEST_F(HttpServerTest, StatusAnswersWithTheCode) {
    EXPECT_EQ(fetch(server.url("/status/418")).status, 418);
    EXPECT_EQ(fetch(server.url("/status/503")).status, 503);
    EXPECT_EQ(fetch(server.url("/status/599")).status, 599);
    const Reply empty = fetch(server.url("/status/204"));
    EXPECT_EQ(empty.status, 204);
    EXPECT_TRUE(empty.body.empty());
}

TEST_F(HttpServerTest, InformationalStatusArrivesBeforeAFinalResponse) {
    const Reply reply = fetch(server.url("/status/103"));
    ASSERT_EQ(reply.result, CURLE_OK);
    EXPECT_NE(reply.headers.find("HTTP/1.1 103"), std::string::npos) << reply.headers;
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(json::parse(reply.body)["interim_status"], 103);
}

TEST_F(HttpServerTest, BytesAreDeterministic) {
    const Reply first = fetch(server.url("/bytes/1000"));
    const Reply again = fetch(server.url("/bytes/1000"));
    const Reply seeded = fetch(server.url("/bytes/1000?seed=5"));
    EXPECT_EQ(first.status, 200);
    EXPECT_EQ(first.body.size(), 1000u);
    EXPECT_EQ(first.body, again.body);
    EXPECT_NE(first.body, seeded.body);
    EXPECT_EQ(fetch(server.url("/bytes/10485760")).body.size(), 10u << 20);
}

// Streamed in pieces as the socket takes them, the body still arrives whole
// and in order: exactly the generator's bytes.
TEST_F(HttpServerTest, BytesAreTheGeneratorsStreamedWhole) {
    const Reply reply = fetch(server.url("/bytes/10485760?seed=5"));
    std::string expected(10u << 20, '\0');
    fill_random_bytes(5, 0, expected);
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.body == expected);  // not EXPECT_EQ: a failure would print 20 MiB
}

TEST_F(HttpServerTest, BytesAboveTenMebibytesAreRefused) {
    const Reply reply = fetch(server.url("/bytes/10485761"));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(json::parse(reply.body)["parameter"], "n");
}

TEST_F(HttpServerTest, DripSpreadsTheBodyOverTheDuration) {
    const Reply reply = fetch(server.url("/drip?duration=0.6&numbytes=6"));
    ASSERT_EQ(reply.result, CURLE_OK);
    EXPECT_EQ(reply.body, "******");
    EXPECT_GE(reply.total_s, 0.6);
    // The header comes at once; the bytes trickle in after it.
    EXPECT_LT(reply.first_byte_s, reply.total_s - 0.3);
    ASSERT_GE(reply.chunk_arrivals_s.size(), 2u);
    EXPECT_GE(reply.chunk_arrivals_s.back() - reply.chunk_arrivals_s.front(), 0.3);
}

TEST_F(HttpServerTest, DripWithDelayWaitsBeforeTheHeader) {
    const Reply reply = fetch(server.url("/drip?duration=0&numbytes=3&delay=0.2"));
    EXPECT_EQ(reply.body, "***");
    EXPECT_GE(reply.first_byte_s, 0.2);
}

TEST_F(HttpServerTest, HeadAnswersWithoutABody) {
    HttpClient client;
    const Reply reply = client.request("HEAD", server.url("/bytes/77"));
    ASSERT_EQ(reply.result, CURLE_OK);
    EXPECT_EQ(reply.status, 200);
    EXPECT_NE(reply.headers.find("Content-Length: 77"), std::string::npos) << reply.headers;
    EXPECT_TRUE(reply.body.empty());
}

TEST_F(HttpServerTest, GetEchoesMethodHeadersAndArguments) {
    HttpClient client;
    const Reply reply = client.get(server.url("/get?a=1&b=x%20y&a=2"), {"X-Test: yes"});
    ASSERT_EQ(reply.status, 200);
    const json body = json::parse(reply.body);
    EXPECT_EQ(body["method"], "GET");
    EXPECT_EQ(body["args"]["a"], json::array({"1", "2"}));
    EXPECT_EQ(body["args"]["b"], "x y");
    EXPECT_EQ(body["headers"]["X-Test"], "yes");
    EXPECT_EQ(body["url"], server.url("/get?a=1&b=x%20y&a=2"));
}

TEST_F(HttpServerTest, AbortClosesWithoutAnAnswerAndServingGoesOn) {
    EXPECT_EQ(fetch(server.url("/abort")).result, CURLE_GOT_NOTHING);
    EXPECT_EQ(fetch(server.url("/get")).status, 200);
}

TEST_F(HttpServerTest, UnknownPathIsA404InJson) {
    const Reply reply = fetch(server.url("/nope"));
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(json::parse(reply.body)["error"], "no endpoint at /nope");
}

TEST_F(HttpServerTest, BadParametersAre400sNamingTheParameter) {
    for (const auto& [path, parameter] :
         std::vector<std::pair<std::string, std::string>>{{"/delay/soon", "seconds"},
                                                          {"/delay/1?jitter=-1", "jitter"},
                                                          {"/status/42", "code"},
                                                          {"/drip?numbytes=x", "numbytes"}}) {
        const Reply reply = fetch(server.url(path));
        EXPECT_EQ(reply.status, 400) << path;
        const json body = json::parse(reply.body);
        EXPECT_EQ(body["parameter"], parameter);
        EXPECT_NE(body["error"].get<std::string>().find(parameter), std::string::npos);
    }
}

TEST_F(HttpServerTest, OtherMethodsAre405) {
    HttpClient client;
    const Reply reply = client.request("DELETE", server.url("/get"));
    EXPECT_EQ(reply.status, 405);
    EXPECT_NE(reply.headers.find("Allow: GET, HEAD"), std::string::npos);
}

}  // namespace
}  // namespace overlap::testing
