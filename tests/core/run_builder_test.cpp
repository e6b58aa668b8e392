// RunBuilder turns raw events into tasks with phases and workers with spans.
#include <gtest/gtest.h>

#include "engine/run_builder.hpp"

namespace overlap {
namespace {

constexpr std::int64_t kOrigin = 5'000'000'000;  // an arbitrary steady_clock origin
constexpr std::int64_t kMs = 1'000'000;

Event event(EventKind kind, std::uint32_t task, std::int64_t begin_ms, std::int64_t end_ms = -1,
            std::uint8_t detail = 0, std::int32_t value = 0) {
    Event e;
    e.kind = kind;
    e.task = task;
    e.begin_ns = kOrigin + begin_ms * kMs;
    e.end_ns = kOrigin + (end_ms < 0 ? begin_ms : end_ms) * kMs;
    e.detail = detail;
    e.value = value;
    return e;
}

TEST(RunBuilder, FoldsEventsIntoPhasesRelativeToTheOrigin) {
    RunBuilder builder({Mode::Threads, 2}, {}, {"http://a/1", "http://a/2"}, kOrigin);
    EventBatch batch;
    batch.new_workers = {"thread 0"};
    batch.events.push_back(event(EventKind::TaskStarted, 1, 100));
    // Phases may arrive out of order; the builder sorts them.
    batch.events.push_back(event(EventKind::TaskPhase, 1, 400, 900, std::uint8_t(PhaseKind::Receive)));
    batch.events.push_back(event(EventKind::TaskPhase, 1, 100, 400, std::uint8_t(PhaseKind::Wait)));
    batch.events.push_back(event(EventKind::TaskFinished, 1, 900, -1, std::uint8_t(Outcome::HttpError), 500));
    batch.events.push_back(event(EventKind::WorkerSpan, 1, 100, 900, std::uint8_t(WorkerState::Busy)));
    builder.apply(batch);

    const RunRecord& run = builder.record();
    ASSERT_EQ(run.workers.size(), 1u);
    EXPECT_EQ(run.workers[0].label, "thread 0");
    ASSERT_EQ(run.workers[0].spans.size(), 1u);
    EXPECT_EQ(run.workers[0].spans[0].task, 1u);

    const TaskRecord& task = run.tasks[1];
    EXPECT_EQ(task.url, "http://a/2");
    EXPECT_EQ(task.outcome, Outcome::HttpError);
    EXPECT_EQ(task.http_status, 500);
    EXPECT_DOUBLE_EQ(*task.start_s, 0.1);
    EXPECT_DOUBLE_EQ(*task.end_s, 0.9);
    ASSERT_EQ(task.phases.size(), 3u);
    EXPECT_EQ(task.phases[0].kind, PhaseKind::Queued);
    EXPECT_DOUBLE_EQ(task.phases[0].span.end_s, 0.1);
    EXPECT_EQ(task.phases[1].kind, PhaseKind::Wait);
    EXPECT_EQ(task.phases[2].kind, PhaseKind::Receive);
    EXPECT_EQ(builder.finished_tasks(), 1u);
}

TEST(RunBuilder, UnfinishedTasksBecomeCancelledWithAReason) {
    RunBuilder builder({Mode::Async, 4}, {}, {"u0", "u1"}, kOrigin);
    EventBatch batch;
    batch.new_workers = {"event loop"};
    batch.events.push_back(event(EventKind::TaskStarted, 0, 0));
    batch.events.push_back(event(EventKind::TaskFinished, 0, 300, -1, std::uint8_t(Outcome::Ok), 200));
    builder.apply(batch);
    builder.finish(/*cancelled=*/true);

    const RunRecord& run = builder.record();
    EXPECT_TRUE(run.cancelled);
    EXPECT_EQ(run.tasks[0].outcome, Outcome::Ok);
    EXPECT_EQ(run.tasks[1].outcome, Outcome::Cancelled);
    EXPECT_FALSE(run.tasks[1].error.empty());
    ASSERT_EQ(run.tasks[1].phases.size(), 1u);
    EXPECT_EQ(run.tasks[1].phases[0].kind, PhaseKind::Queued);
    EXPECT_EQ(builder.finished_tasks(), 2u);
}

TEST(RunBuilder, ErrorNotesAttachToTheirTask) {
    RunBuilder builder({Mode::Sequential, 1}, {}, {"u0"}, kOrigin);
    EventBatch batch;
    batch.notes.push_back({0, "Could not resolve host: nowhere.invalid"});
    batch.notes.push_back({7, "ignored: no such task"});
    builder.apply(batch);
    EXPECT_EQ(builder.record().tasks[0].error, "Could not resolve host: nowhere.invalid");
}

}  // namespace
}  // namespace overlap
