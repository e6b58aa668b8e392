// One task, start to end, as a blocking worker runs it: fetch, then compute,
// then record how it ended. Shared by pool threads, worker processes and the
// blocking call inside the event loop, so all of them record the same way.
#pragma once

#include <cstdint>
#include <string>

#include "engine/blocking_fetcher.hpp"
#include "engine/compute.hpp"
#include "engine/worker_events.hpp"

namespace overlap {

// A task ready to run: URL placeholders filled in, CPU work as iterations.
struct ResolvedTask {
    std::uint32_t id = 0;
    std::string url;
    std::uint64_t cpu_iterations = 0;
};

struct TaskSettings {
    long timeout_ms = 30'000;
    std::uint64_t max_body_bytes = kDefaultMaxBodyBytes;
    double iterations_per_ms = 1;
    Gil* gil = nullptr;
    const CancelSource* cancel = nullptr;
    // The emulated interpreter's work per answered request (Behaviour::
    // interpreter_ms as iterations), spent holding `interpreter_lock`: the
    // lock every thread of this (emulated) interpreter shares.
    std::uint64_t interpreter_iterations = 0;
    Gil* interpreter_lock = nullptr;
};

// Iterations of the CPU kernel that take `ms` at a calibration of `iterations_per_ms`.
std::uint64_t iterations_for_ms(double ms, double iterations_per_ms);

// Returns the outcome it recorded.
Outcome run_task_blocking(const ResolvedTask& task, BlockingFetcher& fetcher, const TaskSettings& settings,
                          WorkerEvents& events);

// Runs the CPU part of a task whose fetch has already ended well; returns the
// task's outcome (the fetch's, unless the computation timed out or was cancelled).
TransferResult run_task_compute(const ResolvedTask& task, TransferResult fetched, std::int64_t started_ns,
                                const TaskSettings& settings, WorkerEvents& events);

// Spends the interpreter's share of a request that was answered (ok or an HTTP
// error: either way CPython parses a response) on the calling thread; returns
// the task's outcome, as run_task_compute does. Nothing when the cost is 0.
bool interpreter_cost_applies(const ResolvedTask& task, const TransferResult& fetched,
                              const TaskSettings& settings);
TransferResult run_interpreter_cost(const ResolvedTask& task, TransferResult fetched,
                                    std::int64_t started_ns, const TaskSettings& settings,
                                    WorkerEvents& events);

// Records how a task ended: its error note (if any) and its finished event,
// at `at_ns` (now, if not given).
void record_task_end(std::uint32_t task, const TransferResult& result, WorkerEvents& events,
                     std::int64_t at_ns = 0);

}  // namespace overlap
