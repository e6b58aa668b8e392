// A small RunRecord whose every bar is known, for tests that check exact
// geometry, pixels and hit tests.
//
//   lane 0  task 0  queued 0-1, connect 1-2, wait 2-4, receive 4-5          ok
//   lane 1  task 1  queued 0-0.5, connect 0.5-1, wait 1-3, receive 3-6      ok
//   lane 2  task 2  queued 0-5, connect 5-5.5, wait 5.5-7                   error at 7
//   thread 0: busy 1-5 (task 0), busy 5-7 (task 2)
//   thread 1: starting 0-0.5, busy 0.5-6 (task 1)
#pragma once

#include "model/run_record.hpp"

namespace overlap::test {

inline TaskRecord sampleTask(std::uint32_t id, int worker, double start, double end,
                             std::vector<PhaseSpan> phases) {
    TaskRecord t;
    t.id = id;
    t.url = "http://127.0.0.1:1/delay/" + std::to_string(id);
    t.worker = worker;
    t.outcome = Outcome::Ok;
    t.http_status = 200;
    t.start_s = start;
    t.end_s = end;
    t.phases = std::move(phases);
    return t;
}

inline RunRecord sampleRun() {
    RunRecord run;
    run.config = {Mode::Threads, 2};
    run.workers = {
        {0, "thread 0", {{WorkerState::Busy, {1, 5}, 0}, {WorkerState::Busy, {5, 7}, 2}}},
        {1,
         "thread 1",
         {{WorkerState::Starting, {0, 0.5}, kNoTask}, {WorkerState::Busy, {0.5, 6}, 1}}}};
    run.tasks.push_back(sampleTask(0, 0, 1, 5,
                                   {{PhaseKind::Queued, {0, 1}},
                                    {PhaseKind::Connect, {1, 2}},
                                    {PhaseKind::Wait, {2, 4}},
                                    {PhaseKind::Receive, {4, 5}}}));
    run.tasks.push_back(sampleTask(1, 1, 0.5, 6,
                                   {{PhaseKind::Queued, {0, 0.5}},
                                    {PhaseKind::Connect, {0.5, 1}},
                                    {PhaseKind::Wait, {1, 3}},
                                    {PhaseKind::Receive, {3, 6}}}));
    run.tasks.push_back(sampleTask(2, 0, 5, 7,
                                   {{PhaseKind::Queued, {0, 5}},
                                    {PhaseKind::Connect, {5, 5.5}},
                                    {PhaseKind::Wait, {5.5, 7}}}));
    run.tasks[2].outcome = Outcome::Error;
    run.tasks[2].http_status = 0;
    run.tasks[2].error = "Connection reset by peer";
    return run;
}

// An async run on one event loop with up to three tasks in flight; task 2's
// CPU work blocks the loop.
//
//   task 0  0-4      sub-lane 0
//   task 1  0-2      sub-lane 1
//   task 2  1-3      sub-lane 2, blocks the loop 2.5-3
//   task 3  2-5      sub-lane 1 (task 1's, freed at 2)
//   task 4  4.5-6    sub-lane 0 (the lowest free)
inline RunRecord sampleAsyncRun() {
    RunRecord run;
    run.config = {Mode::Async, 3};
    run.workers = {{0, "event loop", {{WorkerState::Blocked, {2.5, 3}, 2}}}};
    const double spans[][2] = {{0, 4}, {0, 2}, {1, 3}, {2, 5}, {4.5, 6}};
    for (std::uint32_t id = 0; id < 5; ++id) {
        const auto [start, end] = spans[id];
        std::vector<PhaseSpan> phases;
        if (start > 0) phases.push_back({PhaseKind::Queued, {0, start}});
        phases.push_back({PhaseKind::Wait, {start, end}});
        run.tasks.push_back(sampleTask(id, 0, start, end, std::move(phases)));
    }
    return run;
}

}  // namespace overlap::test
