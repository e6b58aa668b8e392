// The embedded server on a thread of the test itself: starts in a
// millisecond, and lets a test pick its own limits (idle timeout, connections).
#pragma once

#include <string>
#include <thread>

#include "server/http_server.hpp"

namespace overlap::testing {

class InProcessServer {
public:
    explicit InProcessServer(ServerConfig config = {})
        : server_(std::move(config)), thread_([this] { server_.run(); }) {}
    ~InProcessServer() {
        server_.stop();
        thread_.join();
    }
    InProcessServer(const InProcessServer&) = delete;
    InProcessServer& operator=(const InProcessServer&) = delete;

    std::string url(const std::string& path) const { return server_.base_url() + path; }
    unsigned short port() const { return server_.port(); }

private:
    HttpServer server_;
    std::thread thread_;
};

}  // namespace overlap::testing
