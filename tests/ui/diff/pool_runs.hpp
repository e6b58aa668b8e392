// Two hand-made thread-pool runs of the same batch for the diff's tests, every
// number known: A, a pool of 4 running 8 one-second tasks in two waves; B, a
// pool of 8 running them in one, where task 3 takes half a second longer and
// task 5 fails.
#pragma once

#include <cmath>

#include "support/sample_runs.hpp"

namespace overlap::test {

// `tasks` tasks of `seconds` each on a pool of `workers`, in waves.
inline RunSet poolRuns(int workers, int tasks, double seconds = 1.0) {
    RunSet set;
    set.workload = uniform_workload(tasks, "{server}/delay/1", 0, seconds);
    set.recorded_at = "2026-12-06T05:00:00Z";
    RunRecord run;
    run.config = {Mode::Threads, workers};
    for (int i = 0; i < tasks; ++i) {
        const double start = (i / workers) * seconds;
        run.tasks.push_back(sample_task(static_cast<std::uint32_t>(i), i % workers, start,
                                        start + seconds, Outcome::Ok,
                                        {{PhaseKind::Wait, {start, start + seconds}}}));
    }
    const double makespan = std::ceil(static_cast<double>(tasks) / workers) * seconds;
    run.summary.makespan_s = makespan;
    run.summary.ideal_s = makespan;
    run.summary.efficiency = 1.0;
    run.summary.throughput_per_s = tasks / makespan;
    run.summary.latency_p50_s = makespan == seconds ? seconds : 1.5 * seconds;
    run.summary.latency_p95_s = makespan;
    run.summary.latency_p99_s = makespan;
    run.summary.ok = tasks;
    set.runs.push_back(run);
    return set;
}

inline RunSet poolOfFour() { return poolRuns(4, 8); }

inline RunSet poolOfEight() {
    RunSet set = poolRuns(8, 8);
    RunRecord& run = set.runs.front();
    run.tasks[3].end_s = 1.5;
    run.tasks[3].phases.back().span.end_s = 1.5;
    run.tasks[5].outcome = Outcome::Error;
    run.summary.makespan_s = 1.5;
    run.summary.efficiency = 1.0 / 1.5;
    run.summary.throughput_per_s = 7 / 1.5;
    run.summary.latency_p95_s = 1.5;
    run.summary.latency_p99_s = 1.5;
    run.summary.ok = 7;
    run.summary.errors = 1;
    return set;
}

}  // namespace overlap::test
