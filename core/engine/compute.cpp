#include "engine/compute.hpp"

#include <algorithm>
#include <atomic>
#include <optional>

#include "engine/clock.hpp"
#include "engine/cpu_work.hpp"

namespace overlap {

ComputeResult compute(const ComputeJob& job, WorkerEvents& events) {
    // Work in switch-interval slices: the GIL is handed over between slices,
    // and the deadline and cancel flag are checked there too.
    const auto slice_iterations = std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(job.iterations_per_ms *
                                      static_cast<double>(kGilSwitchInterval.count())));
    std::uint64_t done = 0;
    std::uint64_t state = job.task + 1;
    std::int64_t phase_begin = now_ns();
    // When this thread last handed the GIL over. Its compute phase ends there,
    // not when it next reads the clock: the waiter it wakes often takes its
    // core first, and the gap until this thread runs again is spent waiting
    // for the lock, not computing.
    std::optional<std::int64_t> released_at;
    ComputeResult result = ComputeResult::Done;
    while (done < job.iterations) {
        if (job.cancel && job.cancel->cancelled()) {
            result = ComputeResult::Cancelled;
            break;
        }
        if (now_ns() >= job.deadline_ns) {
            result = ComputeResult::TimedOut;
            break;
        }
        if (job.gil) {
            const std::int64_t asked_at = released_at.value_or(now_ns());
            // Only a turn spent behind another holder is drawn as waiting: a
            // fresh worker's first uncontended acquire can still take long
            // (page faults, a descheduled thread), and that is not the GIL.
            if (job.gil->acquire()) {
                const std::int64_t wait_end = now_ns();
                if (asked_at > phase_begin) events.phase(job.task, job.kind, phase_begin, asked_at);
                events.phase(job.task, PhaseKind::LockWait, asked_at, wait_end);
                events.span(WorkerState::LockWait, job.task, asked_at, wait_end);
                phase_begin = wait_end;
            }
        }
        const std::uint64_t step = std::min(slice_iterations, job.iterations - done);
        state = cpu_kernel(step, state);
        done += step;
        if (job.gil) {
            released_at = now_ns();
            job.gil->release();
        }
    }
    const std::int64_t end = released_at.value_or(now_ns());
    if (end > phase_begin) events.phase(job.task, job.kind, phase_begin, end);
    // Keep the result observable so the kernel cannot be optimised away.
    static std::atomic<std::uint64_t> sink{0};
    sink.fetch_xor(state, std::memory_order_relaxed);
    return result;
}

}  // namespace overlap
