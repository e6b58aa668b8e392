// Clients that ask for a large body and read it slowly: what a server that
// builds whole bodies in memory, or writes them in one go on its one thread,
// cannot survive. Used by the slow-reader test and by bench_server.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace overlap::testing {

class SlowReaders {
public:
    // Connects `clients` sockets to 127.0.0.1:`port`, sends each
    // "GET `target`", then reads at most `per_tick` bytes from each every
    // `tick` on a thread of its own until stop().
    SlowReaders(unsigned short port, int clients, const std::string& target, std::size_t per_tick,
                std::chrono::milliseconds tick);
    ~SlowReaders();
    SlowReaders(const SlowReaders&) = delete;
    SlowReaders& operator=(const SlowReaders&) = delete;

    // Stops reading, closes the connections and returns the bytes each
    // received (response header included).
    std::vector<std::size_t> stop();

private:
    void read_loop(std::size_t per_tick, std::chrono::milliseconds tick);

    std::vector<int> fds_;
    std::vector<std::size_t> received_;
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

// The port of "http://127.0.0.1:PORT".
unsigned short port_of(const std::string& base_url);

// A field of /proc/PID/status in KiB ("VmRSS", "VmHWM"), or -1.
long status_kib(int pid, const std::string& field);

}  // namespace overlap::testing
