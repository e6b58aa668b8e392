// Runs built by hand, small enough that every bar, number and field is known:
// the one set of samples the format, timeline, export and window tests share.
//
// sample_run(): threads c=2
//   lane 0  task 0  queued 0-1, connect 1-2, wait 2-4, receive 4-5          ok
//   lane 1  task 1  queued 0-0.5, connect 0.5-1, wait 1-3, receive 3-6      ok
//   lane 2  task 2  queued 0-5, connect 5-5.5, wait 5.5-7                   error at 7
//   thread 0: busy 1-5 (task 0), busy 5-7 (task 2)
//   thread 1: starting 0-0.5, busy 0.5-6 (task 1)
//
// sample_async_run(): one event loop, up to three tasks in flight; task 2's
// CPU work blocks the loop.
//   task 0  0-4      sub-lane 0
//   task 1  0-2      sub-lane 1
//   task 2  1-3      sub-lane 2, blocks the loop 2.5-3
//   task 3  2-5      sub-lane 1 (task 1's, freed at 2)
//   task 4  4.5-6    sub-lane 0 (the lowest free)
//
// sample_run_set(): a sequential run of the same three tasks, then sample_run().
//   sequential (c=1)  task i: queued 0-2.5i, connect 2.5i +0.5, wait +1.5,
//                     receive +0.5; makespan 7.5 s, ideal 6 s
//   threads (c=2)     makespan 7 s, ideal 4 s, task 2 fails
//
// rich_run_set(): every field and every odd case set (quotes, unstarted
// tasks, null ids, a cancelled run), for the file formats' round trips.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/run_record.hpp"
#include "model/workload.hpp"

namespace overlap::test {

inline TaskRecord sample_task(std::uint32_t id, int worker, std::optional<double> start,
                              std::optional<double> end, Outcome outcome = Outcome::Ok,
                              std::vector<PhaseSpan> phases = {}) {
    TaskRecord task;
    task.id = id;
    task.url = "http://127.0.0.1:1/delay/" + std::to_string(id);
    task.worker = worker;
    task.outcome = outcome;
    task.http_status = outcome == Outcome::Ok ? 200 : 0;
    task.start_s = start;
    task.end_s = end;
    task.phases = std::move(phases);
    return task;
}

inline RunRecord sample_run() {
    RunRecord run;
    run.config = {Mode::Threads, 2};
    run.workers = {
        {0, "thread 0", {{WorkerState::Busy, {1, 5}, 0}, {WorkerState::Busy, {5, 7}, 2}}},
        {1,
         "thread 1",
         {{WorkerState::Starting, {0, 0.5}, kNoTask}, {WorkerState::Busy, {0.5, 6}, 1}}}};
    run.tasks.push_back(sample_task(0, 0, 1, 5, Outcome::Ok,
                                    {{PhaseKind::Queued, {0, 1}},
                                     {PhaseKind::Connect, {1, 2}},
                                     {PhaseKind::Wait, {2, 4}},
                                     {PhaseKind::Receive, {4, 5}}}));
    run.tasks.push_back(sample_task(1, 1, 0.5, 6, Outcome::Ok,
                                    {{PhaseKind::Queued, {0, 0.5}},
                                     {PhaseKind::Connect, {0.5, 1}},
                                     {PhaseKind::Wait, {1, 3}},
                                     {PhaseKind::Receive, {3, 6}}}));
    run.tasks.push_back(sample_task(2, 0, 5, 7, Outcome::Error,
                                    {{PhaseKind::Queued, {0, 5}},
                                     {PhaseKind::Connect, {5, 5.5}},
                                     {PhaseKind::Wait, {5.5, 7}}}));
    run.tasks[2].error = "Connection reset by peer";
    return run;
}

inline RunRecord sample_async_run() {
    RunRecord run;
    run.config = {Mode::Async, 3};
    run.workers = {{0, "event loop", {{WorkerState::Blocked, {2.5, 3}, 2}}}};
    const double spans[][2] = {{0, 4}, {0, 2}, {1, 3}, {2, 5}, {4.5, 6}};
    for (std::uint32_t id = 0; id < 5; ++id) {
        const auto [start, end] = spans[id];
        std::vector<PhaseSpan> phases;
        if (start > 0) phases.push_back({PhaseKind::Queued, {0, start}});
        phases.push_back({PhaseKind::Wait, {start, end}});
        run.tasks.push_back(sample_task(id, 0, start, end, Outcome::Ok, std::move(phases)));
    }
    return run;
}

inline RunRecord sample_sequential_run() {
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
        run.tasks.push_back(
            sample_task(i, 0, start, start + 2.5, Outcome::Ok, std::move(phases)));
        worker.spans.push_back({WorkerState::Busy, {start, start + 2.5}, i});
    }
    run.workers.push_back(worker);
    run.summary.makespan_s = 7.5;
    run.summary.ideal_s = 6;
    run.summary.efficiency = 0.8;
    run.summary.ok = 3;
    return run;
}

inline RunSet sample_run_set() {
    RunSet runs;
    runs.workload = uniform_workload(3, "{server}/delay/2", 0, 2.0);
    runs.recorded_at = "2026-01-02T03:04:05Z";
    runs.runs.push_back(sample_sequential_run());
    RunRecord threads = sample_run();
    threads.summary.makespan_s = 7;
    threads.summary.ideal_s = 4;
    threads.summary.efficiency = 4.0 / 7;
    threads.summary.ok = 2;
    threads.summary.errors = 1;
    runs.runs.push_back(threads);
    return runs;
}

// Two runs: threads c=2 (finished, summary with an ideal) and async c=4
// (cancelled: one task never started, summary without an ideal).
inline RunSet rich_run_set() {
    RunSet set;
    set.recorded_at = "2024-05-01T12:34:56Z";
    set.server = "http://127.0.0.1:8080";
    set.workload.title = "Mixed \"quotes\", commas, ünïcödé";
    set.workload.behaviour = {2.5, true, false, true};
    set.workload.tasks = {
        {"{server}/delay/1", 0, 1.0}, {"{server}/status/503", 12.5, std::nullopt}, {"", 250, 0.0}};

    RunRecord threads;
    threads.config = {Mode::Threads, 2};
    threads.behaviour = {2.5, true, false, true};
    threads.tasks.push_back(sample_task(0, 0, 0.0, 1.0 + 1e-9, Outcome::Ok,
                                        {{PhaseKind::Dns, {0.0, 0.001}},
                                         {PhaseKind::Connect, {0.001, 0.1 + 0.2}},
                                         {PhaseKind::Tls, {0.30000000000000004, 0.31}},
                                         {PhaseKind::Send, {0.31, 0.32}},
                                         {PhaseKind::Wait, {0.32, 0.9}},
                                         {PhaseKind::Receive, {0.9, 0.95}},
                                         {PhaseKind::Compute, {0.95, 1.0}}}));
    TaskRecord failed =
        sample_task(1, 1, 0.25, 0.75, Outcome::HttpError,
                    {{PhaseKind::Queued, {0.0, 0.25}}, {PhaseKind::LockWait, {0.25, 0.75}}});
    failed.http_status = 503;
    failed.error = "Service \"Unavailable\", try later\nsecond line";
    threads.tasks.push_back(failed);
    threads.tasks.push_back(sample_task(2, 0, 1.0 + 1e-9, 3.25, Outcome::Timeout));
    threads.tasks.back().error = "timed out after 2.5 s";
    threads.workers = {
        {0,
         "thread 0",
         {{WorkerState::Busy, {0, 1.0 + 1e-9}, 0}, {WorkerState::Busy, {1.0 + 1e-9, 3.25}, 2}}},
        {1, "thread 1", {{WorkerState::LockWait, {0.25, 0.75}, 1}}}};
    threads.summary = {3.25, 2.0, 2.0 / 3.25, 0.923,         0.5, 2.25, 2.25, 2.25, 2, 0.1, 0.02,
                       55.5, 4,   1,          123456789012L, 7,   1,    1,    0,    1, 0};
    threads.summary.ideal_cap = IdealCap::Cores;
    threads.summary.cores = 2;
    set.runs.push_back(threads);

    RunRecord async;
    async.config = {Mode::Async, 4};
    async.cancelled = true;
    async.tasks.push_back(sample_task(0, 0, 0.0, 0.5, Outcome::Error));
    async.tasks.back().error = "Could not resolve host: nowhere.invalid";
    async.tasks.push_back(sample_task(1, 0, 0.1, 0.6, Outcome::Cancelled));
    TaskRecord unstarted = sample_task(2, -1, std::nullopt, 0.6, Outcome::Cancelled,
                                       {{PhaseKind::Queued, {0, 0.6}}});
    unstarted.error = "cancelled before it finished";
    async.tasks.push_back(unstarted);
    async.workers = {{0,
                      "event loop",
                      {{WorkerState::Starting, {0, 0.01}, kNoTask},
                       {WorkerState::Blocked, {0.2, 0.3}, kNoTask}}}};
    async.summary.makespan_s = 0.6;
    async.summary.errors = 1;
    async.summary.cancelled = 2;
    set.runs.push_back(async);
    return set;
}

}  // namespace overlap::test
