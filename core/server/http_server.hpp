// The embedded httpbin-style server: every HTTP workload in Overlap runs
// against it, so delays are exact and nothing leaves the machine. One thread,
// event-driven (delays are timers, never a sleeping thread), so it holds ten
// thousand delayed connections at once.
//
//   HttpServer server({});           // 127.0.0.1, ephemeral port
//   std::thread thread([&] { server.run(); });
//   ... fetch server.base_url() + "/delay/0.5" ...
//   server.stop(); thread.join();
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

namespace overlap {

struct ServerConfig {
    std::string host = "127.0.0.1";
    unsigned short port = 0;                        // 0: the system picks a free port
    std::size_t max_connections = 20000;            // beyond this, new connections get 503
    std::chrono::milliseconds idle_timeout{10000};  // a client silent this long is dropped
};

class HttpServer {
public:
    // Binds and listens at once; throws std::runtime_error with the reason.
    explicit HttpServer(ServerConfig config);
    // Call stop() and let run() return first.
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    unsigned short port() const;
    std::string base_url() const;  // "http://127.0.0.1:PORT", no trailing slash
    bool listens_on_loopback() const;

    // Serves on the calling thread until stop().
    void run();
    // Thread-safe; run() returns promptly, also when stop() came first.
    void stop();

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace overlap
