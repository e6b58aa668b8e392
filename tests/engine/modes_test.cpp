// Each mode against the embedded server: makespans near their ideal, the
// two waves of a small pool, per-task phases, and the recorded resources.
// Bounds are generous (CI shares two cores); exact speed lives in benchmarks.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/test_server.hpp"
#include "support/worker_spans.hpp"

namespace overlap {
namespace {

using testing::run_to_end;
using testing::spans_in;

Workload delays(int tasks, double seconds) {
    return uniform_workload(tasks, "{server}/delay/" + std::to_string(seconds), 0, seconds);
}

struct ModeCase {
    ModeConfig config;
    double min_s;
    double max_s;
};

class EveryMode : public ::testing::TestWithParam<ModeCase> {};

TEST_P(EveryMode, MakespanIsNearTheIdealAndEveryTaskSucceeds) {
    const ModeCase c = GetParam();
    const RunRecord run = run_to_end(delays(6, 0.2), c.config);
    ASSERT_EQ(run.tasks.size(), 6u);
    for (const auto& task : run.tasks) {
        EXPECT_EQ(task.outcome, Outcome::Ok) << "task " << task.id << ": " << task.error;
        EXPECT_EQ(task.http_status, 200);
        ASSERT_TRUE(task.start_s && task.end_s);
        EXPECT_GE(*task.end_s - *task.start_s, 0.19);
        const bool waited =
            std::any_of(task.phases.begin(), task.phases.end(), [](const PhaseSpan& p) {
                return p.kind == PhaseKind::Wait && p.span.duration() > 0.15;
            });
        EXPECT_TRUE(waited) << "task " << task.id << " has no wait phase of ~0.2 s";
    }
    EXPECT_GE(run.summary.makespan_s, c.min_s);
    EXPECT_LE(run.summary.makespan_s, c.max_s);
    ASSERT_TRUE(run.summary.ideal_s);
    EXPECT_NEAR(*run.summary.ideal_s, c.min_s, 1e-9);
    EXPECT_EQ(run.summary.ok, 6);
    // The run's own threads: the one it runs on, plus a pool's workers.
    const int pool = c.config.mode == Mode::Threads ? c.config.concurrency : 0;
    EXPECT_EQ(run.summary.resources.max_threads, 1 + pool);
}

INSTANTIATE_TEST_SUITE_P(Delay, EveryMode,
                         ::testing::Values(ModeCase{{Mode::Sequential, 1}, 1.2, 2.4},
                                           ModeCase{{Mode::Threads, 6}, 0.2, 0.8},
                                           ModeCase{{Mode::Async, 6}, 0.2, 0.8},
                                           ModeCase{{Mode::Processes, 6}, 0.2, 1.2}),
                         [](const auto& param_info) {
                             return std::string(to_string(param_info.param.config.mode));
                         });

TEST(ThreadPool, FourThreadsRunEightTasksInTwoWaves) {
    const RunRecord run = run_to_end(delays(8, 0.3), {Mode::Threads, 4});
    ASSERT_EQ(run.workers.size(), 4u);
    std::vector<double> starts;
    for (const auto& task : run.tasks) starts.push_back(*task.start_s);
    std::sort(starts.begin(), starts.end());
    // First wave starts at once; the second only when the first finishes.
    EXPECT_LT(starts[3], 0.15);
    EXPECT_GE(starts[4], 0.28);
    EXPECT_LT(starts[4], 0.6);
    EXPECT_GE(run.summary.makespan_s, 0.6);
    EXPECT_EQ(run.summary.peak_in_flight, 4);
    for (const auto& worker : run.workers) {
        EXPECT_EQ(worker.spans.size(), 2u) << worker.label << " should run two tasks";
    }
}

TEST(Async, LimitCapsTheTasksInFlight) {
    const RunRecord run = run_to_end(delays(9, 0.2), {Mode::Async, 3});
    EXPECT_EQ(run.summary.peak_in_flight, 3);
    EXPECT_GE(run.summary.makespan_s, 0.6);
    EXPECT_LT(run.summary.makespan_s, 1.5);
    ASSERT_EQ(run.workers.size(), 1u);
    EXPECT_EQ(run.workers[0].label, "event loop");
}

TEST(Processes, StartUpIsRecordedAsItsOwnInterval) {
    const RunRecord run = run_to_end(delays(4, 0.1), {Mode::Processes, 2});
    ASSERT_EQ(run.workers.size(), 2u);
    for (const auto& worker : run.workers) {
        ASSERT_FALSE(worker.spans.empty());
        EXPECT_EQ(worker.spans.front().state, WorkerState::Starting) << worker.label;
        EXPECT_GT(worker.spans.front().span.duration(), 0);
    }
    EXPECT_EQ(run.summary.resources.processes, 2);
    EXPECT_EQ(run.summary.ok, 4);
    EXPECT_EQ(testing::child_process_count(), 0) << "worker processes must be reaped";
}

TEST(Async, BlockingCallInTheLoopSerialisesEveryTask) {
    Workload workload = delays(4, 0.2);
    const RunRecord concurrent = run_to_end(workload, {Mode::Async, 4});
    workload.behaviour.blocking_in_async = true;
    const RunRecord blocked = run_to_end(workload, {Mode::Async, 4});
    EXPECT_LT(concurrent.summary.makespan_s, 0.6);
    EXPECT_GE(blocked.summary.makespan_s, 0.8);
    EXPECT_EQ(blocked.summary.peak_in_flight, 1);
    // The loop's lane: one block per task, and between them only its own turns.
    const auto blocks = spans_in(blocked.workers.at(0), WorkerState::Blocked);
    EXPECT_EQ(blocks.size(), 4u);
    for (const auto& span : blocked.workers.at(0).spans) {
        EXPECT_TRUE(span.state == WorkerState::Blocked || span.state == WorkerState::Running ||
                    span.state == WorkerState::Polling)
            << to_string(span.state);
    }
}

TEST(Async, CpuWorkOnTheLoopBlocksItUnlessOffloaded) {
    Workload workload = uniform_workload(4, "{server}/delay/0.1", 100, 0.1);
    const RunRecord on_loop = run_to_end(workload, {Mode::Async, 4});
    const auto blocks = spans_in(on_loop.workers.at(0), WorkerState::Blocked);
    ASSERT_EQ(blocks.size(), 4u);
    for (const auto& span : blocks) EXPECT_GT(span.span.duration(), 0.05);
    workload.behaviour.offload = true;
    const RunRecord offloaded = run_to_end(workload, {Mode::Async, 4});
    ASSERT_EQ(offloaded.workers.size(), 2u);
    EXPECT_EQ(offloaded.workers[1].label, "offload thread");
    EXPECT_TRUE(spans_in(offloaded.workers[0], WorkerState::Blocked).empty())
        << "the loop itself never blocked";
    EXPECT_EQ(offloaded.summary.ok, 4);
}

}  // namespace
}  // namespace overlap
