// Every moment classified: a task's phases cover it from queued to end, even
// when an event loop holds ten thousand at once; a thread inside a transfer
// reads as waiting on I/O, not computing; an event loop's own thread reads as
// running callbacks, polling or blocked, never two at once.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/test_server.hpp"
#include "support/worker_spans.hpp"

namespace overlap {
namespace {

using testing::run_to_end;
using testing::spans_in;

TEST(ClassifiedTime, TenThousandAsyncTasksAreCoveredFromQueuedToEnd) {
    const RunRecord run =
        run_to_end(uniform_workload(10'000, "{server}/delay/0", 0, 0), {Mode::Async, 10'000});
    ASSERT_EQ(run.summary.ok, 10'000) << run.tasks.front().error;
    constexpr double kGap = 0.001;
    double stalled = 0;
    for (const TaskRecord& task : run.tasks) {
        ASSERT_TRUE(task.end_s);
        ASSERT_FALSE(task.phases.empty()) << "task " << task.id;
        double reached = task.queued_s;
        for (const PhaseSpan& phase : task.phases) {
            ASSERT_LE(phase.span.start_s, reached + kGap)
                << "task " << task.id << ": nothing from " << reached << " to "
                << phase.span.start_s << " s, before its " << to_string(phase.kind);
            reached = std::max(reached, phase.span.end_s);
            if (phase.kind == PhaseKind::Stalled) stalled += phase.span.duration();
        }
        ASSERT_GE(reached, *task.end_s - kGap)
            << "task " << task.id << ": nothing after " << reached;
    }
    // The loop starts ten thousand transfers before libcurl gets to most of
    // them: that wait is real, and now it has a name.
    EXPECT_GT(stalled, 0);
}

TEST(ClassifiedTime, AThreadInATransferWaitsOnIoAndComputesAfter) {
    const RunRecord run =
        run_to_end(uniform_workload(2, "{server}/delay/0.2", 100, 0.2), {Mode::Threads, 2});
    ASSERT_EQ(run.summary.ok, 2);
    for (const WorkerRecord& worker : run.workers) {
        const auto waits = spans_in(worker, WorkerState::IoWait);
        const auto computing = spans_in(worker, WorkerState::Busy);
        ASSERT_EQ(waits.size(), 1u) << worker.label;
        ASSERT_EQ(computing.size(), 1u) << worker.label;
        EXPECT_EQ(waits[0].task, computing[0].task);
        EXPECT_GE(waits[0].span.duration(), 0.19) << "the whole fetch of /delay/0.2";
        EXPECT_GT(computing[0].span.duration(), 0.05) << "100 ms of CPU work";
        EXPECT_LE(waits[0].span.end_s, computing[0].span.start_s + 1e-9);
    }
}

TEST(ClassifiedTime, AnEventLoopPollsRunsOrIsBlockedOneAtATime) {
    const RunRecord waiting =
        run_to_end(uniform_workload(3, "{server}/delay/0.3", 0, 0.3), {Mode::Async, 3});
    const WorkerRecord& loop = waiting.workers.at(0);
    const auto polls = spans_in(loop, WorkerState::Polling);
    double polled = 0;
    for (const auto& span : polls) polled += span.span.duration();
    EXPECT_GT(polled, 0.2) << "the loop spends the server's delay in epoll";

    const RunRecord computing =
        run_to_end(uniform_workload(3, "{server}/delay/0.1", 50, 0.1), {Mode::Async, 3});
    const WorkerRecord& busy = computing.workers.at(0);
    EXPECT_EQ(spans_in(busy, WorkerState::Blocked).size(), 3u);
    for (std::size_t i = 1; i < busy.spans.size(); ++i) {
        EXPECT_LE(busy.spans[i - 1].span.end_s, busy.spans[i].span.start_s + 1e-9)
            << to_string(busy.spans[i - 1].state) << " overlaps " << to_string(busy.spans[i].state);
    }
}

}  // namespace
}  // namespace overlap
