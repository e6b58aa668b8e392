#include "engine/loop_states.hpp"

namespace overlap {

void LoopStates::polled(std::int64_t begin_ns, std::int64_t end_ns) {
    if (end_ns - begin_ns < kMinLoopIntervalNs) return;  // a quick turn: part of running
    if (poll_open_ && begin_ns - poll_end_ns_ < kMinLoopIntervalNs) {
        poll_end_ns_ = end_ns;  // the callbacks since the last wait were too short to show
    } else {
        flush_poll();
        run_until(begin_ns);
        poll_open_ = true;
        poll_begin_ns_ = begin_ns;
        poll_end_ns_ = end_ns;
    }
    running_since_ = end_ns;
}

void LoopStates::blocked(std::uint32_t task, std::int64_t begin_ns, std::int64_t end_ns) {
    flush_poll();
    run_until(begin_ns);
    events_.span(WorkerState::Blocked, task, begin_ns, end_ns);
    running_since_ = end_ns;
}

void LoopStates::finish(std::int64_t at_ns) {
    flush_poll();
    run_until(at_ns);
    running_since_ = at_ns;
}

void LoopStates::run_until(std::int64_t end_ns) {
    if (end_ns - running_since_ >= kMinLoopIntervalNs)
        events_.span(WorkerState::Running, kNoTask, running_since_, end_ns);
}

void LoopStates::flush_poll() {
    if (!poll_open_) return;
    events_.span(WorkerState::Polling, kNoTask, poll_begin_ns_, poll_end_ns_);
    poll_open_ = false;
}

}  // namespace overlap
