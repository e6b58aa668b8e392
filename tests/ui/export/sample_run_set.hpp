// A small RunSet whose every bar is known, for the export tests: the
// timeline tests' thread-pool run after a sequential run of the same three
// tasks.
//
//   sequential (c=1)  task i: queued 0-2.5i, connect 2.5i +0.5, wait +1.5,
//                     receive +0.5; makespan 7.5 s, ideal 6 s
//   threads (c=2)     test::sampleRun(): makespan 7 s, ideal 4 s, task 2 fails
#pragma once

#include "model/run_record.hpp"
#include "sample_run.hpp"

namespace overlap::test {

inline RunRecord sampleSequentialRun() {
    RunRecord run;
    run.config = {Mode::Sequential, 1};
    WorkerRecord worker{0, "thread 0", {}};
    for (std::uint32_t i = 0; i < 3; ++i) {
        const double start = 2.5 * i;
        std::vector<PhaseSpan> phases;
        if (start > 0) phases.push_back({PhaseKind::Queued, {0, start}});
        phases.push_back({PhaseKind::Connect, {start, start + 0.5}});
        phases.push_back({PhaseKind::Wait, {start + 0.5, start + 2}});
        phases.push_back({PhaseKind::Receive, {start + 2, start + 2.5}});
        run.tasks.push_back(sampleTask(i, 0, start, start + 2.5, std::move(phases)));
        worker.spans.push_back({WorkerState::Busy, {start, start + 2.5}, i});
    }
    run.workers.push_back(worker);
    run.summary.makespan_s = 7.5;
    run.summary.ideal_s = 6;
    run.summary.efficiency = 0.8;
    run.summary.ok = 3;
    return run;
}

inline RunSet sampleRunSet() {
    RunSet runs;
    runs.workload = uniform_workload(3, "{server}/delay/2", 0, 2.0);
    runs.recorded_at = "2026-01-02T03:04:05Z";
    runs.runs.push_back(sampleSequentialRun());
    RunRecord threads = sampleRun();
    threads.summary.makespan_s = 7;
    threads.summary.ideal_s = 4;
    threads.summary.efficiency = 4.0 / 7;
    threads.summary.ok = 2;
    threads.summary.errors = 1;
    runs.runs.push_back(threads);
    return runs;
}

}  // namespace overlap::test
