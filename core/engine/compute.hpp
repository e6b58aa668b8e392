// Runs a task's CPU work (or the emulated interpreter's per-request work) on
// the calling thread and records it: its phases, and, under GIL emulation,
// the time spent waiting for the lock.
#pragma once

#include <cstdint>

#include "engine/cancel_source.hpp"
#include "engine/gil.hpp"
#include "engine/worker_events.hpp"

namespace overlap {

enum class ComputeResult { Done, TimedOut, Cancelled };

struct ComputeJob {
    std::uint32_t task = kNoTask;
    std::uint64_t iterations = 0;
    double iterations_per_ms = 1;
    std::int64_t deadline_ns = 0;  // the task's timeout
    Gil* gil = nullptr;            // null: no GIL emulation
    const CancelSource* cancel = nullptr;  // null: not cancellable here
    PhaseKind kind = PhaseKind::Compute;   // how its running time is recorded
};

ComputeResult compute(const ComputeJob& job, WorkerEvents& events);

}  // namespace overlap
