// Cancellation shared by a run's threads: a flag that loops poll, plus wake-up
// actions for threads that are blocked (a socket to shut down, an eventfd to
// write, processes to kill), so every mode stops within a few milliseconds.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>

namespace overlap {

class CancelSource {
public:
    bool cancelled() const { return cancelled_.load(std::memory_order_acquire); }
    void cancel();

    // Registers `wake` to run on cancel (at once if already cancelled). The
    // Registration unregisters on destruction, so `wake` never outlives what it wakes.
    class Registration {
    public:
        Registration() = default;
        Registration(CancelSource* source, std::uint64_t id) : source_(source), id_(id) {}
        Registration(Registration&& other) noexcept { *this = std::move(other); }
        Registration& operator=(Registration&& other) noexcept;
        ~Registration() { reset(); }
        void reset();

    private:
        CancelSource* source_ = nullptr;
        std::uint64_t id_ = 0;
    };
    [[nodiscard]] Registration on_cancel(std::function<void()> wake);

private:
    std::atomic<bool> cancelled_{false};
    std::mutex mutex_;  // held while waking, so a Registration's reset waits for a running wake
    std::map<std::uint64_t, std::function<void()>> wakers_;
    std::uint64_t next_id_ = 1;
};

}  // namespace overlap
