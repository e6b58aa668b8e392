// The numbers under a timeline: makespan, throughput, latency percentiles,
// peak concurrency, outcome counts, and how close the run came to the ideal
// schedule. Pure functions of a RunRecord, so a loaded file summarises the
// same way a live run does.
#pragma once

#include <utility>
#include <vector>

#include "model/run_record.hpp"
#include "model/workload.hpp"

namespace overlap {

Summary summarise(const RunRecord& run, const Workload& workload, const ResourceUsage& usage);

// The makespan of list scheduling: each task, in order, goes to the worker
// that frees first. For N identical tasks of d seconds that is ceil(N/c)·d.
double ideal_makespan(const std::vector<double>& durations, int workers);

// How many tasks were between start and end over time: (time, count) steps,
// one per instant the count changes, in time order. A task ending at the very
// instant another starts is not counted twice.
std::vector<std::pair<double, int>> in_flight_steps(const RunRecord& run);

}  // namespace overlap
