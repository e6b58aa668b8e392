// Field-by-field equality of runs, for the format tests' round trips: every
// field compared exactly, so a lossy writer or reader fails by name.
#pragma once

#include <gtest/gtest.h>

#include "model/run_record.hpp"

namespace overlap::test {

inline void expect_same_span(const Span& a, const Span& b) {
    EXPECT_EQ(a.start_s, b.start_s);
    EXPECT_EQ(a.end_s, b.end_s);
}

inline void expect_same_summary(const Summary& a, const Summary& b) {
    EXPECT_EQ(a.makespan_s, b.makespan_s);
    EXPECT_EQ(a.ideal_s, b.ideal_s);
    EXPECT_EQ(a.ideal_cap, b.ideal_cap);
    EXPECT_EQ(a.cores, b.cores);
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
    EXPECT_EQ(a.interpreter_ms, b.interpreter_ms);
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

}  // namespace overlap::test
