// What an event loop's own thread does, as worker intervals: running
// callbacks (libcurl's and its tasks'), polling its sockets in epoll, or
// blocked by one task (CPU work or a blocking call on the loop). Time the loop
// spends neither way is idle. A busy loop turns round thousands of times a
// second, so intervals shorter than kMinLoopIntervalNs fold into their
// neighbours: a run of quick turns reads as one stretch of running, a quick
// callback between two long waits as one wait.
#pragma once

#include <cstdint>

#include "engine/worker_events.hpp"

namespace overlap {

inline constexpr std::int64_t kMinLoopIntervalNs = 100'000;

class LoopStates {
public:
    // The loop starts running at `now_ns`.
    LoopStates(WorkerEvents& events, std::int64_t now_ns)
        : events_(events), running_since_(now_ns) {}

    // The loop waited in epoll over [begin_ns, end_ns).
    void polled(std::int64_t begin_ns, std::int64_t end_ns);
    // `task` held the loop's thread over [begin_ns, end_ns).
    void blocked(std::uint32_t task, std::int64_t begin_ns, std::int64_t end_ns);
    // The loop stopped at `at_ns`: records what is still open.
    void finish(std::int64_t at_ns);

private:
    void run_until(std::int64_t end_ns);
    void flush_poll();

    WorkerEvents& events_;
    std::int64_t running_since_;
    // The last long wait, kept open: the next one may extend it.
    bool poll_open_ = false;
    std::int64_t poll_begin_ns_ = 0;
    std::int64_t poll_end_ns_ = 0;
};

}  // namespace overlap
