// An emulated global interpreter lock. CPU work holds it and hands it over
// every switch interval (CPython's sys.getswitchinterval() is 5 ms); waiters
// are served first come, first served, as CPython's forced switching does, so
// threads take turns instead of one thread starving the rest.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace overlap {

inline constexpr std::chrono::milliseconds kGilSwitchInterval{5};

class Gil {
public:
    // Returns whether the caller had to wait for another holder: only then is
    // the time spent here contention, not the lock's own cost.
    [[nodiscard]] bool acquire();
    void release();
    // Threads holding a ticket and not yet served: for tests that must know
    // another thread is queued before they let the lock go.
    std::uint64_t waiting();

private:
    std::mutex mutex_;
    std::condition_variable turn_changed_;
    std::uint64_t next_ticket_ = 0;
    std::uint64_t serving_ = 0;
};

}  // namespace overlap
