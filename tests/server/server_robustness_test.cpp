// What a misbehaving or overwhelming client gets: a clear refusal, and a
// server that goes on serving everyone else.
#include <gtest/gtest.h>

#include <thread>

#include "http_client.hpp"
#include "in_process_server.hpp"

namespace overlap::testing {
namespace {

using std::chrono::milliseconds;

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
