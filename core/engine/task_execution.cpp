#include "engine/task_execution.hpp"

#include <cmath>

#include "engine/clock.hpp"

namespace overlap {

namespace {

// Runs `job` and says how the task stands after it.
TransferResult computed(const ComputeJob& job, TransferResult fetched, const TaskSettings& settings,
                        WorkerEvents& events) {
    switch (compute(job, events)) {
        case ComputeResult::Done:
            return fetched;
        case ComputeResult::TimedOut:
            return {Outcome::Timeout, fetched.http_status,
                    "timed out after " + std::to_string(settings.timeout_ms) + " ms (during CPU work)"};
        case ComputeResult::Cancelled:
            return {Outcome::Cancelled, fetched.http_status, "cancelled"};
    }
    return fetched;
}

}  // namespace

std::uint64_t iterations_for_ms(double ms, double iterations_per_ms) {
    return static_cast<std::uint64_t>(std::round(ms * iterations_per_ms));
}

TransferResult run_task_compute(const ResolvedTask& task, TransferResult fetched, std::int64_t started_ns,
                                const TaskSettings& settings, WorkerEvents& events) {
    // A failed fetch leaves nothing to compute on.
    if (task.cpu_iterations == 0 || fetched.outcome != Outcome::Ok) return fetched;
    const ComputeJob job{task.id, task.cpu_iterations, settings.iterations_per_ms,
                         started_ns + settings.timeout_ms * 1'000'000, settings.gil, settings.cancel};
    return computed(job, std::move(fetched), settings, events);
}

bool interpreter_cost_applies(const ResolvedTask& task, const TransferResult& fetched,
                              const TaskSettings& settings) {
    const bool answered = fetched.outcome == Outcome::Ok || fetched.outcome == Outcome::HttpError;
    return settings.interpreter_iterations > 0 && !task.url.empty() && answered;
}

TransferResult run_interpreter_cost(const ResolvedTask& task, TransferResult fetched,
                                    std::int64_t started_ns, const TaskSettings& settings,
                                    WorkerEvents& events) {
    if (!interpreter_cost_applies(task, fetched, settings)) return fetched;
    const ComputeJob job{task.id,
                         settings.interpreter_iterations,
                         settings.iterations_per_ms,
                         started_ns + settings.timeout_ms * 1'000'000,
                         settings.interpreter_lock,
                         settings.cancel,
                         PhaseKind::Interpreter};
    return computed(job, std::move(fetched), settings, events);
}

void record_task_end(std::uint32_t task, const TransferResult& result, WorkerEvents& events,
                     std::int64_t at_ns) {
    if (!result.error.empty()) events.error(task, result.error);
    events.finished(task, result.outcome, result.http_status, at_ns != 0 ? at_ns : now_ns());
}

Outcome run_task_blocking(const ResolvedTask& task, BlockingFetcher& fetcher, const TaskSettings& settings,
                          WorkerEvents& events) {
    const std::int64_t started = now_ns();
    events.started(task.id, started);
    TransferResult result{Outcome::Ok, 0, {}};
    std::int64_t fetched = started;
    if (!task.url.empty()) {
        result = fetcher.fetch(task.id, task.url, settings.timeout_ms, settings.max_body_bytes, events);
        fetched = now_ns();
        // The thread sits in poll() inside libcurl: waiting, like the task's
        // own wait phase, not computing, though no other task can use it.
        events.span(WorkerState::IoWait, task.id, started, fetched);
    }
    const bool computes = (task.cpu_iterations > 0 && result.outcome == Outcome::Ok) ||
                          interpreter_cost_applies(task, result, settings);
    result = run_interpreter_cost(task, std::move(result), started, settings, events);
    result = run_task_compute(task, std::move(result), started, settings, events);
    // The worker's span before the finished event: that is the task's last
    // word (a worker process sends its buffer when a task finishes).
    if (computes || task.url.empty()) events.span(WorkerState::Busy, task.id, fetched, now_ns());
    record_task_end(task.id, result, events);
    return result.outcome;
}

}  // namespace overlap
