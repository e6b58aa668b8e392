// Runs built by hand for the format tests: small enough to reason about, and
// with every field and every odd case (quotes, unstarted tasks, null ids) set.
#pragma once

#include <gtest/gtest.h>

#include "model/run_record.hpp"

namespace overlap::testing {

inline TaskRecord make_task(std::uint32_t id, int worker, std::optional<double> start,
                            std::optional<double> end, Outcome outcome = Outcome::Ok,
                            std::vector<PhaseSpan> phases = {}) {
    TaskRecord task;
    task.id = id;
    task.url = "http://127.0.0.1:8080/delay/1?i=" + std::to_string(id);
    task.worker = worker;
    task.outcome = outcome;
    task.http_status = outcome == Outcome::Ok ? 200 : 0;
    task.start_s = start;
    task.end_s = end;
    task.phases = std::move(phases);
    return task;
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
    threads.tasks.push_back(make_task(0, 0, 0.0, 1.0 + 1e-9, Outcome::Ok,
                                      {{PhaseKind::Dns, {0.0, 0.001}},
                                       {PhaseKind::Connect, {0.001, 0.1 + 0.2}},
                                       {PhaseKind::Tls, {0.30000000000000004, 0.31}},
                                       {PhaseKind::Send, {0.31, 0.32}},
                                       {PhaseKind::Wait, {0.32, 0.9}},
                                       {PhaseKind::Receive, {0.9, 0.95}},
                                       {PhaseKind::Compute, {0.95, 1.0}}}));
    TaskRecord failed =
        make_task(1, 1, 0.25, 0.75, Outcome::HttpError,
                  {{PhaseKind::Queued, {0.0, 0.25}}, {PhaseKind::LockWait, {0.25, 0.75}}});
    failed.http_status = 503;
    failed.error = "Service \"Unavailable\", try later\nsecond line";
    threads.tasks.push_back(failed);
    threads.tasks.push_back(make_task(2, 0, 1.0 + 1e-9, 3.25, Outcome::Timeout));
    threads.tasks.back().error = "timed out after 2.5 s";
    threads.workers = {
        {0,
         "thread 0",
         {{WorkerState::Busy, {0, 1.0 + 1e-9}, 0}, {WorkerState::Busy, {1.0 + 1e-9, 3.25}, 2}}},
        {1, "thread 1", {{WorkerState::LockWait, {0.25, 0.75}, 1}}}};
    threads.summary = {3.25, 2.0, 2.0 / 3.25, 0.923,         0.5, 2.25, 2.25, 2.25, 2, 0.1, 0.02,
                       55.5, 4,   1,          123456789012L, 7,   1,    1,    0,    1, 0};
    set.runs.push_back(threads);

    RunRecord async;
    async.config = {Mode::Async, 4};
    async.cancelled = true;
    async.tasks.push_back(make_task(0, 0, 0.0, 0.5, Outcome::Error));
    async.tasks.back().error = "Could not resolve host: nowhere.invalid";
    async.tasks.push_back(make_task(1, 0, 0.1, 0.6, Outcome::Cancelled));
    TaskRecord unstarted =
        make_task(2, -1, std::nullopt, 0.6, Outcome::Cancelled, {{PhaseKind::Queued, {0, 0.6}}});
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

inline void expect_same_span(const Span& a, const Span& b) {
    EXPECT_EQ(a.start_s, b.start_s);
    EXPECT_EQ(a.end_s, b.end_s);
}

inline void expect_same_summary(const Summary& a, const Summary& b) {
    EXPECT_EQ(a.makespan_s, b.makespan_s);
    EXPECT_EQ(a.ideal_s, b.ideal_s);
    EXPECT_EQ(a.efficiency, b.efficiency);
    EXPECT_EQ(a.throughput_per_s, b.throughput_per_s);
    EXPECT_EQ(a.latency_p50_s, b.latency_p50_s);
    EXPECT_EQ(a.latency_p95_s, b.latency_p95_s);
    EXPECT_EQ(a.latency_p99_s, b.latency_p99_s);
    EXPECT_EQ(a.latency_max_s, b.latency_max_s);
    EXPECT_EQ(a.peak_in_flight, b.peak_in_flight);
    EXPECT_EQ(a.resources.cpu_user_s, b.resources.cpu_user_s);
    EXPECT_EQ(a.resources.cpu_sys_s, b.resources.cpu_sys_s);
    EXPECT_EQ(a.resources.peak_rss_mb, b.resources.peak_rss_mb);
    EXPECT_EQ(a.resources.max_threads, b.resources.max_threads);
    EXPECT_EQ(a.resources.processes, b.resources.processes);
    EXPECT_EQ(a.resources.voluntary_switches, b.resources.voluntary_switches);
    EXPECT_EQ(a.resources.involuntary_switches, b.resources.involuntary_switches);
    EXPECT_EQ(a.ok, b.ok);
    EXPECT_EQ(a.http_errors, b.http_errors);
    EXPECT_EQ(a.errors, b.errors);
    EXPECT_EQ(a.timeouts, b.timeouts);
    EXPECT_EQ(a.cancelled, b.cancelled);
}

inline void expect_same_behaviour(const Behaviour& a, const Behaviour& b) {
    EXPECT_EQ(a.timeout_s, b.timeout_s);
    EXPECT_EQ(a.gil, b.gil);
    EXPECT_EQ(a.offload, b.offload);
    EXPECT_EQ(a.blocking_in_async, b.blocking_in_async);
}

inline void expect_same_task(const TaskRecord& a, const TaskRecord& b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.url, b.url);
    EXPECT_EQ(a.worker, b.worker);
    EXPECT_EQ(a.outcome, b.outcome);
    EXPECT_EQ(a.http_status, b.http_status);
    EXPECT_EQ(a.error, b.error);
    EXPECT_EQ(a.queued_s, b.queued_s);
    EXPECT_EQ(a.start_s, b.start_s);
    EXPECT_EQ(a.end_s, b.end_s);
    ASSERT_EQ(a.phases.size(), b.phases.size());
    for (std::size_t i = 0; i < a.phases.size(); ++i) {
        EXPECT_EQ(a.phases[i].kind, b.phases[i].kind);
        expect_same_span(a.phases[i].span, b.phases[i].span);
    }
}

inline void expect_same_worker(const WorkerRecord& a, const WorkerRecord& b) {
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.label, b.label);
    ASSERT_EQ(a.spans.size(), b.spans.size());
    for (std::size_t i = 0; i < a.spans.size(); ++i) {
        EXPECT_EQ(a.spans[i].state, b.spans[i].state);
        EXPECT_EQ(a.spans[i].task, b.spans[i].task);
        expect_same_span(a.spans[i].span, b.spans[i].span);
    }
}

inline void expect_same_run_set(const RunSet& a, const RunSet& b) {
    EXPECT_EQ(a.recorded_at, b.recorded_at);
    EXPECT_EQ(a.server, b.server);
    EXPECT_EQ(a.workload.title, b.workload.title);
    expect_same_behaviour(a.workload.behaviour, b.workload.behaviour);
    ASSERT_EQ(a.workload.tasks.size(), b.workload.tasks.size());
    for (std::size_t i = 0; i < a.workload.tasks.size(); ++i) {
        EXPECT_EQ(a.workload.tasks[i].url, b.workload.tasks[i].url);
        EXPECT_EQ(a.workload.tasks[i].cpu_ms, b.workload.tasks[i].cpu_ms);
        EXPECT_EQ(a.workload.tasks[i].expected_s, b.workload.tasks[i].expected_s);
    }
    ASSERT_EQ(a.runs.size(), b.runs.size());
    for (std::size_t r = 0; r < a.runs.size(); ++r) {
        SCOPED_TRACE("run " + std::to_string(r));
        const RunRecord& x = a.runs[r];
        const RunRecord& y = b.runs[r];
        EXPECT_EQ(x.config.mode, y.config.mode);
        EXPECT_EQ(x.config.concurrency, y.config.concurrency);
        EXPECT_EQ(x.cancelled, y.cancelled);
        expect_same_behaviour(x.behaviour, y.behaviour);
        expect_same_summary(x.summary, y.summary);
        ASSERT_EQ(x.tasks.size(), y.tasks.size());
        for (std::size_t i = 0; i < x.tasks.size(); ++i) expect_same_task(x.tasks[i], y.tasks[i]);
        ASSERT_EQ(x.workers.size(), y.workers.size());
        for (std::size_t i = 0; i < x.workers.size(); ++i)
            expect_same_worker(x.workers[i], y.workers[i]);
    }
}

}  // namespace overlap::testing
