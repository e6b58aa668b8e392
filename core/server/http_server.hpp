// The embedded httpbin-style server: every HTTP workload in Overlap runs
// against it, so delays are exact and nothing leaves the machine. One thread,
// event-driven (delays are timers, never a sleeping thread), so it holds ten
// thousand delayed connections at once.
//
//   HttpServer server({});           // 127.0.0.1, ephemeral port
//   std::thread thread([&] { server.run(); });
//   ... fetch server.base_url() + "/delay/0.5" ...
//   server.stop(); thread.join();
//
// Memory is bounded per connection, whatever the client reads or fails to:
// - in the process, a waiting connection costs ~3.5 KiB (10,000 /delay/1:
//   59 MB peak against 23.5 MB idle, bench_server), its request buffer at
//   most 16 KiB while a request is read;
// - bodies are never built whole: /bytes is generated 64 KiB at a time into
//   one scratch buffer for the whole server, as the socket takes it; /drip
//   sends from one shared 64 KiB filler;
// - in the kernel, a /bytes connection's send buffer is fixed at 256 KiB
//   (Linux books twice that), so at most 512 KiB of body waits per reader.
// So the worst case is max_connections x (16 KiB + 512 KiB of kernel buffer
// for /bytes), plus up to 1 MiB for each request body being read. 100 slow
// readers of 10 MiB measured 24.5 MB peak RSS and 40 MB of kernel buffers,
// and a health check meanwhile answered in under a millisecond (bench_server).
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
