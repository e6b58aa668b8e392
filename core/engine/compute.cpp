#include "engine/compute.hpp"

#include <algorithm>
#include <atomic>

#include "engine/clock.hpp"
#include "engine/cpu_work.hpp"

namespace overlap {

namespace {
// Waits shorter than this are the lock's own cost, not contention worth drawing.
constexpr std::int64_t kVisibleLockWaitNs = 50'000;
}  // namespace

ComputeResult compute(const ComputeJob& job, WorkerEvents& events) {
    // Work in switch-interval slices: the GIL is handed over between slices,
    // and the deadline and cancel flag are checked there too.
    const auto slice_iterations = std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(job.iterations_per_ms *
                                      static_cast<double>(kGilSwitchInterval.count())));
    std::uint64_t done = 0;
    std::uint64_t state = job.task + 1;
    std::int64_t phase_begin = now_ns();
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
            const std::int64_t wait_begin = now_ns();
            job.gil->acquire();
            const std::int64_t wait_end = now_ns();
            if (wait_end - wait_begin >= kVisibleLockWaitNs) {
                if (wait_begin > phase_begin) events.phase(job.task, PhaseKind::Compute, phase_begin, wait_begin);
                events.phase(job.task, PhaseKind::LockWait, wait_begin, wait_end);
                events.span(WorkerState::LockWait, job.task, wait_begin, wait_end);
                phase_begin = wait_end;
            }
        }
        const std::uint64_t step = std::min(slice_iterations, job.iterations - done);
        state = cpu_kernel(step, state);
        done += step;
        if (job.gil) job.gil->release();
    }
    const std::int64_t end = now_ns();
    if (end > phase_begin) events.phase(job.task, PhaseKind::Compute, phase_begin, end);
    // Keep the result observable so the kernel cannot be optimised away.
    static std::atomic<std::uint64_t> sink{0};
    sink.fetch_xor(state, std::memory_order_relaxed);
    return result;
}

}  // namespace overlap
