// A small sweep whose every number is known, for the sweep table, CSV and
// file tests: concurrency 1 and 4, threads and processes, three runs each.
#pragma once

#include <optional>
#include <vector>

#include "model/sweep.hpp"

namespace overlap::test {

// A finished run of `mode` with the given makespan and ideal; efficiency as
// summarise() gives it, none when a task failed.
inline RunRecord sweep_run(Mode mode, int concurrency, double makespan_s, double ideal_s,
                           IdealCap cap = IdealCap::Concurrency, int failed = 0) {
    RunRecord run;
    run.config = {mode, concurrency};
    run.summary.makespan_s = makespan_s;
    run.summary.ideal_s = ideal_s;
    run.summary.ideal_cap = cap;
    run.summary.cores = 2;
    run.summary.ok = 4 - failed;
    run.summary.http_errors = failed;
    if (failed == 0) run.summary.efficiency = ideal_s / makespan_s;
    return run;
}

inline SweepResult sample_sweep() {
    SweepResult sweep;
    const ServerShape shape{.delay_s = 1};
    sweep.spec = {SweepParam::Concurrency, {1, 4}, {Mode::Threads, Mode::Processes}, 3,
                  uniform_workload(4, shape.url(), 0, shape.expected_s()), 4};
    sweep.title = "a pool of 1 and 4";
    sweep.recorded_at = "2026-12-06T05:00:00Z";
    SweepPoint one{1, {}};
    one.runs.workload = sweep.spec.workload;
    one.runs.server = "http://127.0.0.1:4000";
    for (double makespan : {4.4, 4.3, 4.6}) one.runs.runs.push_back(sweep_run(Mode::Threads, 1, makespan, 4));
    for (int i = 0; i < 3; ++i) one.runs.runs.push_back(sweep_run(Mode::Processes, 1, 4.0, 1.0));
    SweepPoint four{4, {}};
    four.runs = one.runs;
    four.runs.runs.clear();
    for (double makespan : {1.0, 1.1, 1.5}) four.runs.runs.push_back(sweep_run(Mode::Threads, 4, makespan, 1));
    four.runs.runs.push_back(sweep_run(Mode::Processes, 4, 2.0, 0.5, IdealCap::Cores));
    four.runs.runs.push_back(sweep_run(Mode::Processes, 4, 2.0, 0.5, IdealCap::Cores, 1));
    four.runs.runs.push_back(sweep_run(Mode::Processes, 4, 2.0, 0.5, IdealCap::Cores));
    sweep.points = {one, four};
    return sweep;
}

}  // namespace overlap::test
