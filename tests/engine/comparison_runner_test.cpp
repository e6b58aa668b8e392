// The comparison runner against the shared embedded server: every planned run
// recorded in plan order, progress of the run in progress, and a cancel that
// ends the running run and leaves the rest of the plan unrun. Against a server
// of its own that it kills: the window's kept server, found dead.
#include <gtest/gtest.h>
#include <signal.h>

#include <vector>

#include "engine/comparison_runner.hpp"
#include "support/test_server.hpp"

namespace overlap {
namespace {

constexpr std::chrono::milliseconds kTick{20};

RunPlan short_plan() {
    Behaviour blocking;
    blocking.blocking_in_async = true;
    RunPlan plan = plan_for_modes(uniform_workload(3, "{server}/delay/0.1", 0, 0.1),
                                  {{Mode::Sequential, 1}, {Mode::Threads, 3}, {Mode::Async, 3}});
    // Two runs in one mode that differ only in behaviour, as a preset has.
    plan.runs.push_back({{Mode::Async, 3}, blocking});
    return plan;
}

TEST(ComparisonRunner, RecordsOneRunPerPlannedRunInPlanOrder) {
    const RunPlan plan = short_plan();
    ComparisonRunner runner(plan, testing::engine_options());
    runner.start();
    while (runner.running()) runner.poll(kTick);
    const ComparisonResult result = runner.result();

    ASSERT_EQ(result.runs.runs.size(), plan.runs.size());
    for (std::size_t i = 0; i < plan.runs.size(); ++i) {
        const RunRecord& run = result.runs.runs[i];
        EXPECT_EQ(run.config.mode, plan.runs[i].config.mode) << i;
        EXPECT_EQ(run.config.concurrency, plan.runs[i].config.concurrency) << i;
        EXPECT_EQ(run.behaviour.blocking_in_async, plan.runs[i].behaviour.blocking_in_async) << i;
        EXPECT_EQ(run.summary.ok, 3) << i;
        EXPECT_FALSE(run.cancelled) << i;
    }
    EXPECT_EQ(result.not_run, 0u);
    EXPECT_FALSE(result.server_death);
    EXPECT_EQ(result.runs.server, testing::server_base());
    EXPECT_EQ(result.runs.workload.tasks.size(), 3u);
    EXPECT_FALSE(result.runs.recorded_at.empty());
}

TEST(ComparisonRunner, ReportsTheRunInProgress) {
    const RunPlan plan = short_plan();
    ComparisonRunner runner(plan, testing::engine_options());
    runner.start();
    std::vector<std::size_t> ended;  // the index each run-ending poll() reported before it
    std::size_t last_index = 0;
    while (runner.running()) {
        const ComparisonProgress before = runner.progress();
        ASSERT_NE(before.live, nullptr);
        EXPECT_GE(before.index, last_index);
        EXPECT_EQ(before.live->config.mode, plan.runs[before.index].config.mode);
        EXPECT_EQ(before.total_tasks, 3u);
        EXPECT_LE(before.finished_tasks, before.total_tasks);
        EXPECT_GE(before.elapsed_s, 0);
        last_index = before.index;
        if (runner.poll(kTick)) {
            ended.push_back(before.index);
            // The ended run's record is the last one kept.
            EXPECT_EQ(runner.runs().runs.size(), before.index + 1);
        }
    }
    EXPECT_EQ(ended, (std::vector<std::size_t>{0, 1, 2, 3}));
    // Done: no run in progress, the index past the plan's end.
    EXPECT_EQ(runner.progress().live, nullptr);
    EXPECT_EQ(runner.progress().index, plan.runs.size());
}

TEST(ComparisonRunner, CancelMidPlanEndsTheRunningRunAndSkipsTheRest) {
    RunPlan plan = short_plan();
    plan.workload = uniform_workload(3, "{server}/delay/1", 0, 1);
    plan.runs.front().config = {Mode::Async, 3};  // the first run ends after one 1 s delay
    ComparisonRunner runner(plan, testing::engine_options());
    runner.start();
    while (!runner.poll(kTick)) {
    }
    ASSERT_TRUE(runner.running());
    ASSERT_EQ(runner.progress().index, 1u);
    runner.cancel();
    const auto asked = std::chrono::steady_clock::now();
    while (runner.running()) runner.poll(kTick);
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - asked).count(), 1.5);
    EXPECT_TRUE(runner.cancelled());
    const ComparisonResult result = runner.result();

    ASSERT_EQ(result.runs.runs.size(), 2u);
    EXPECT_FALSE(result.runs.runs[0].cancelled);
    EXPECT_EQ(result.runs.runs[0].summary.ok, 3);
    EXPECT_TRUE(result.runs.runs[1].cancelled);
    EXPECT_EQ(result.runs.runs[1].summary.cancelled, 3);
    EXPECT_EQ(result.not_run, plan.runs.size() - 2);
}

// The window keeps one server across comparisons; when it dies the runner
// names it and runs no more modes, during a comparison or before one.
TEST(ComparisonRunner, NamesAWatchedServerThatDied) {
    ServerProcess server(testing::overlap_executable());
    const RunPlan plan = plan_for_modes(uniform_workload(2, "{server}/delay/0.3", 0, 0.3),
                                        {{Mode::Threads, 2}, {Mode::Async, 2}});
    {
        ComparisonRunner runner(plan, testing::engine_options(), server);
        runner.start();
        EXPECT_EQ(runner.runs().server, server.base_url());
        ASSERT_EQ(::kill(server.pid(), SIGKILL), 0);
        while (runner.running()) runner.poll(kTick);
        const ComparisonResult result = runner.result();
        ASSERT_TRUE(result.server_death);
        EXPECT_NE(result.server_death->find("killed by signal 9"), std::string::npos)
            << *result.server_death;
        EXPECT_NE(result.server_death->find("during the threads run; the modes after it were not run"),
                  std::string::npos)
            << *result.server_death;
        EXPECT_EQ(result.runs.runs.size(), 1u);
        EXPECT_EQ(result.not_run, 1u);
    }
    ComparisonRunner next(plan, testing::engine_options(), server);
    next.start();
    EXPECT_FALSE(next.running());
    const ComparisonResult result = next.result();
    ASSERT_TRUE(result.server_death);
    EXPECT_NE(result.server_death->find("before the comparison started; no mode was run"),
              std::string::npos)
        << *result.server_death;
    EXPECT_TRUE(result.runs.runs.empty());
    EXPECT_EQ(result.not_run, 2u);
}

}  // namespace
}  // namespace overlap
