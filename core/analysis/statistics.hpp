// The numbers under a timeline: makespan, throughput, latency percentiles,
// peak concurrency, outcome counts, and how close the run came to the ideal
// schedule. Pure functions of a RunRecord, so a loaded file summarises the
// same way a live run does.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "model/run_record.hpp"
#include "model/workload.hpp"

namespace overlap {

// How failures count. The ideal is the makespan of the workload as planned,
// every task taking its expected duration, so it is shown whatever happened;
// but a task that failed fast (a refused connection, a 500) did not take that
// duration, and dividing by a makespan it shortened gave efficiencies of
// 2,469 %. So a run has an efficiency only when every one of its tasks
// completed OK, and speed-up (see speed_up) needs a task that did.
//
// The ideal is honest about CPU work: tasks' CPU time cannot run on more
// threads at once than can compute, so the ideal is the larger of the list
// schedule and the total CPU time over those threads: `cores` for threads
// and processes (0: unknown, no cap), one under the emulated GIL (threads
// and async share one lock), one in async without a GIL (the loop, or its one
// offload helper, computes). The emulated interpreter's work per request
// (Behaviour::interpreter_ms) counts too, on the lock it always holds: one
// for threads, the loop's thread in async, a lock per process. Summary::
// ideal_cap says which bound applied.
Summary summarise(const RunRecord& run, const Workload& workload, const ResourceUsage& usage,
                  int cores = 0);

// What capped the ideal, for a caption or cell: "GIL: one at a time",
// "2 cores", "one event loop thread"; empty when the concurrency did.
std::string ideal_cap_text(const Summary& summary);
// The same for a cap and the cores it allowed for (a sweep's cell).
std::string ideal_cap_text(IdealCap cap, int cores);

// How many times faster `run` was than `baseline` (the sequential run):
// baseline makespan / run makespan. nullopt when either run has no makespan,
// every one of its tasks failed (going nowhere fast is no speed-up) or it was
// stopped (its makespan is when, not how long). Runs with some failures keep
// theirs, next to an errors count that says so.
std::optional<double> speed_up(const Summary& run, const Summary& baseline);

// The run a comparison's speed-ups are measured against: the first sequential
// one, nullptr when there is none. Every table, caption and figure asks here,
// so they never pick different baselines.
const RunRecord* speed_up_baseline(std::span<const RunRecord> runs);

// Tasks that failed: HTTP errors, transport errors and timeouts. A cancelled
// task is not among them: the user stopped it, the work did not fail, so it
// has a count of its own (Summary::cancelled) and a run stopped early shows
// as cancelled rather than as broken. Every count of failures shown anywhere
// is this one.
int failed_tasks(const Summary& summary);

// The makespan of list scheduling: each task, in order, goes to the worker
// that frees first. For N identical tasks of d seconds that is ceil(N/c)·d.
double ideal_makespan(const std::vector<double>& durations, int workers);

// How many tasks were between start and end over time: (time, count) steps,
// one per instant the count changes, in time order. A task ending at the very
// instant another starts is not counted twice.
std::vector<std::pair<double, int>> in_flight_steps(const RunRecord& run);

}  // namespace overlap
