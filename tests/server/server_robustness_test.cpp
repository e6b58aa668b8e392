// What a misbehaving or overwhelming client gets: a clear refusal, and a
// server that goes on serving everyone else.
#include <gtest/gtest.h>

#include <memory>
#include <thread>
#include <vector>

#include "http_client.hpp"
#include "in_process_server.hpp"
#include "system/resource_limits.hpp"

namespace overlap::testing {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

TEST(ServerRobustness, MalformedRequestGets400AndClose) {
    InProcessServer server;
    RawSocket socket(server.port());
    socket.send("THIS IS NOT HTTP\r\n\r\n");
    const RawSocket::Received received = socket.read_until_closed();
    EXPECT_TRUE(starts_with(received.bytes, "HTTP/1.1 400")) << received.bytes;
    EXPECT_NE(received.bytes.find("malformed HTTP request"), std::string::npos);
    EXPECT_TRUE(received.closed);
    EXPECT_EQ(fetch(server.url("/get")).status, 200);
}

TEST(ServerRobustness, OversizedHeaderGets431AndClose) {
    InProcessServer server;
    RawSocket socket(server.port());
    socket.send("GET /get HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(9000, 'a') + "\r\n\r\n");
    const RawSocket::Received received = socket.read_until_closed();
    EXPECT_TRUE(starts_with(received.bytes, "HTTP/1.1 431")) << received.bytes;
    EXPECT_TRUE(received.closed);
    EXPECT_EQ(fetch(server.url("/get")).status, 200);
}

TEST(ServerRobustness, HeaderJustUnderTheLimitIsServed) {
    InProcessServer server;
    HttpClient client;
    EXPECT_EQ(client.get(server.url("/get"), {"X-Big: " + std::string(7000, 'a')}).status, 200);
}

TEST(ServerRobustness, SilentClientIsDroppedAfterTheIdleTimeout) {
    InProcessServer server({.idle_timeout = milliseconds(300)});
    RawSocket socket(server.port());
    const RawSocket::Received received = socket.read_until_closed();
    EXPECT_TRUE(received.closed);
    EXPECT_TRUE(received.bytes.empty());
    EXPECT_GE(received.elapsed_s, 0.25);
}

// The idle timeout is for clients that go quiet, not for answers that take
// long: a drip twice as long as it still arrives whole.
TEST(ServerRobustness, DripLongerThanTheIdleTimeoutArrivesWhole) {
    InProcessServer server({.idle_timeout = milliseconds(300)});
    const Reply reply = fetch(server.url("/drip?duration=0.8&numbytes=4"));
    EXPECT_EQ(reply.result, CURLE_OK);
    EXPECT_EQ(reply.body, "****");
}

TEST(ServerRobustness, IdleKeepAliveConnectionIsDroppedToo) {
    InProcessServer server({.idle_timeout = milliseconds(300)});
    RawSocket socket(server.port());
    socket.send("GET /get HTTP/1.1\r\nHost: x\r\n\r\n");
    const RawSocket::Received received = socket.read_until_closed();
    EXPECT_TRUE(starts_with(received.bytes, "HTTP/1.1 200")) << received.bytes;
    EXPECT_TRUE(received.closed);
}

TEST(ServerRobustness, ConnectionsBeyondTheLimitGet503) {
    InProcessServer server({.max_connections = 2});
    auto first = std::make_unique<RawSocket>(server.port());
    RawSocket second(server.port());
    // The backlog is first in, first out: both are counted before curl's.
    const Reply refused = fetch(server.url("/get"));
    EXPECT_EQ(refused.status, 503);
    EXPECT_NE(refused.body.find("limit of 2 connections"), std::string::npos) << refused.body;

    first.reset();  // a slot frees once the server sees the close
    Reply served;
    for (int attempt = 0; attempt < 100 && served.status != 200; ++attempt) {
        std::this_thread::sleep_for(milliseconds(20));
        served = fetch(server.url("/get"));
    }
    EXPECT_EQ(served.status, 200);
}

// A client that leaves while its answer waits (a delay, a drip's pauses)
// must free its slot at once, not when the answer fails to send 10 s later.
TEST(ServerRobustness, ClientsThatLeaveWhileWaitingFreeTheirSlotsAtOnce) {
    constexpr int kCap = 100;
    ASSERT_GE(raise_open_file_limit(), 2 * kCap + 100);  // both ends live in this process
    for (const std::string target : {"/delay/10", "/drip?duration=10&numbytes=2"}) {
        InProcessServer server({.max_connections = kCap});
        std::vector<std::unique_ptr<RawSocket>> waiting;
        for (int i = 0; i < kCap; ++i) {
            waiting.push_back(std::make_unique<RawSocket>(server.port()));
            waiting.back()->send("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        // The backlog is first in, first out: all of them are counted before curl.
        EXPECT_EQ(fetch(server.url("/get")).status, 503) << target;

        waiting.clear();
        const auto left = std::chrono::steady_clock::now();
        Reply served;
        while (served.status != 200 && std::chrono::steady_clock::now() - left < seconds(4)) {
            std::this_thread::sleep_for(milliseconds(20));
            served = fetch(server.url("/get"));
        }
        // Unwatched, the slots stayed taken for the whole 10 s.
        EXPECT_EQ(served.status, 200) << target;
    }
}

// Reading on during a delay must not lose a request the client pipelined.
TEST(ServerRobustness, RequestPipelinedDuringADelayIsServed) {
    InProcessServer server;
    RawSocket socket(server.port());
    socket.send(
        "GET /delay/0.2 HTTP/1.1\r\nHost: x\r\n\r\n"
        "GET /get?second=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    const RawSocket::Received received = socket.read_until_closed();
    EXPECT_TRUE(starts_with(received.bytes, "HTTP/1.1 200")) << received.bytes;
    EXPECT_NE(received.bytes.find("\"delayed\":0.2"), std::string::npos) << received.bytes;
    EXPECT_NE(received.bytes.find("\"second\":\"1\""), std::string::npos) << received.bytes;
    EXPECT_TRUE(received.closed);
}

TEST(ServerRobustness, RefusesToBindAPortInUse) {
    InProcessServer server;
    try {
        HttpServer second({.port = server.port()});
        FAIL() << "bound a port already in use";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("cannot listen on 127.0.0.1:"), std::string::npos)
            << error.what();
    }
}

}  // namespace
}  // namespace overlap::testing
