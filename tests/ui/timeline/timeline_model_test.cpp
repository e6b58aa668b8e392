// The index-based timeline model: lanes per mode, one bar per phase, an event
// loop's tasks in flight, live growth, failure marks, and binary-search culling
// against brute force.
#include <QTest>

#include <algorithm>
#include <random>
#include <set>

#include "support/sample_runs.hpp"
#include "support/synthetic_run.hpp"
#include "ui/timeline/timeline_model.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

std::set<int> culled(const TimelineModel& model, int lane, double t0, double t1) {
    std::set<int> found;
    model.bars().forEachOverlapping(lane, t0, t1, [&](int i) { QVERIFY(found.insert(i).second); });
    return found;
}

std::set<int> bruteForce(const TimelineModel& model, int lane, double t0, double t1) {
    std::set<int> found;
    for (int i = 0; i < model.count(); ++i) {
        if (model.lane(i) == lane && model.start(i) <= t1 && model.end(i) >= t0) found.insert(i);
    }
    return found;
}

}  // namespace

class TimelineModelTest : public QObject {
    Q_OBJECT

private slots:
    void lanesPerMode() {
        const RunRecord run = test::sample_run();
        TimelineModel model;
        model.build(run, LaneMode::PerTask);
        QCOMPARE(model.laneCount(), 3);
        QCOMPARE(model.laneLabel(0), QStringLiteral("Task 0"));
        QCOMPARE(model.laneLabel(2), QStringLiteral("Task 2"));
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.laneCount(), 2);
        QCOMPARE(model.laneLabel(1), QStringLiteral("thread 1"));
    }

    void oneBarPerPhaseInOrder() {
        const RunRecord run = test::sample_run();
        TimelineModel model;
        model.build(run, LaneMode::PerTask);
        QCOMPARE(model.count(), 11);
        int i = 0;
        for (std::size_t t = 0; t < run.tasks.size(); ++t) {
            QCOMPARE(model.bars().laneBegin(static_cast<int>(t)), i);
            for (const PhaseSpan& phase : run.tasks[t].phases) {
                QCOMPARE(model.lane(i), static_cast<int>(t));
                QCOMPARE(model.task(i), static_cast<int>(t));
                QCOMPARE(model.key(i), barKey(phase.kind));
                QCOMPARE(model.start(i), phase.span.start_s);
                QCOMPARE(model.end(i), phase.span.end_s);
                ++i;
            }
        }
        QCOMPARE(model.startTime(), 0.0);
        QCOMPARE(model.endTime(), 7.0);
    }

    void workerLanesHoldWorkerStates() {
        const RunRecord run = test::sample_run();
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.count(), 4);
        QCOMPARE(model.bars().laneEnd(0) - model.bars().laneBegin(0), 2);
        const int starting = model.bars().laneBegin(1);
        QCOMPARE(model.key(starting), BarKey::WorkerStarting);
        QCOMPARE(model.task(starting), -1);
        QCOMPARE(model.key(starting + 1), BarKey::WorkerBusy);
        QCOMPARE(model.task(starting + 1), 1);
        QCOMPARE(model.laneOfTask(2), 0);
        QCOMPARE(model.barsOfTask(2), std::vector<int>{1});
    }

    void eventLoopLaneHoldsItsTasksOnSubLanes() {
        const RunRecord run = test::sample_async_run();
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.laneCount(), 1);
        QCOMPARE(model.subLaneCount(0), 3);  // at most three in flight at once
        QCOMPARE(model.count(), 6);          // five tasks held, one blocked span
        const std::uint32_t expected[] = {0, 1, 2, 1, 0};
        int blocked = -1;
        for (int i = 0; i < model.count(); ++i) {
            const TimelineBar& bar = model.bar(i);
            QCOMPARE(bar.lane, 0);
            if (i > 0) QVERIFY(model.start(i - 1) <= bar.start);  // in start order
            if (bar.key == BarKey::WorkerBlocked) {
                blocked = i;
                continue;
            }
            QCOMPARE(bar.key, BarKey::WorkerInFlight);
            const TaskRecord& task = run.tasks[bar.task];
            QCOMPARE(bar.start, *task.start_s);
            QCOMPARE(bar.end, *task.end_s);
            QCOMPARE(bar.sub_lane, expected[bar.task]);
            // No two tasks share a sub-lane at the same time.
            for (int j = 0; j < i; ++j) {
                const TimelineBar& other = model.bar(j);
                if (other.sub_lane != bar.sub_lane) continue;
                QVERIFY(other.end <= bar.start || bar.end <= other.start);
            }
        }
        // The blocked span is still there, over the whole lane.
        QVERIFY(blocked >= 0);
        QCOMPARE(model.bar(blocked).sub_lane, kWholeLane);
        QCOMPARE(model.start(blocked), 2.5);
        QCOMPARE(model.end(blocked), 3.0);
        QCOMPARE(model.task(blocked), 2);
        QCOMPARE(model.barsOfTask(2).size(), std::size_t(2));  // held, and blocking
        QCOMPARE(model.laneOfTask(4), 0);
    }

    void eventLoopInFlightCounts_data() {
        QTest::addColumn<double>("time");
        QTest::addColumn<int>("inFlight");
        QTest::newRow("before the run") << -0.5 << 0;
        QTest::newRow("two started at once") << 0.0 << 2;
        QTest::newRow("three") << 1.5 << 3;
        QTest::newRow("one ends as another starts") << 2.0 << 3;
        QTest::newRow("while blocked") << 2.75 << 3;
        QTest::newRow("two left") << 3.5 << 2;
        QTest::newRow("one") << 4.25 << 1;
        QTest::newRow("two again") << 4.75 << 2;
        QTest::newRow("last one") << 5.5 << 1;
        QTest::newRow("all done") << 6.0 << 0;
    }
    void eventLoopInFlightCounts() {
        QFETCH(double, time);
        QFETCH(int, inFlight);
        const RunRecord run = test::sample_async_run();
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.inFlightAt(0, time), inFlight);
    }

    void liveEventLoopHoldsRunningTasksUntilNow() {
        RunRecord run = test::sample_async_run();
        run.tasks[3].end_s.reset();    // running
        run.tasks[4].start_s.reset();  // not started
        run.tasks[4].phases.clear();
        TimelineModel model;
        model.build(run, LaneMode::PerWorker, 3.5);
        QCOMPARE(model.inFlightAt(0, 3.25), 2);
        const std::vector<int> held = model.barsOfTask(3);
        QCOMPARE(held.size(), std::size_t(1));
        QCOMPARE(model.end(held.front()), 3.5);
        QVERIFY(model.barsOfTask(4).empty());
    }

    void onlyAnEventLoopHasSubLanes() {
        const RunRecord run = test::sample_run();
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.subLaneCount(0), 0);
        QCOMPARE(model.subLaneCount(1), 0);
        QCOMPARE(model.inFlightAt(0, 3.0), 0);
        model.build(test::sample_async_run(), LaneMode::PerTask);
        QCOMPARE(model.subLaneCount(0), 0);
    }

    void barAtOnAnEventLoopLane() {
        const RunRecord run = test::sample_async_run();
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        // The blocked span is drawn over the tasks: it wins where it is.
        QCOMPARE(model.key(model.barAt(0, 2.75, 0.01)), BarKey::WorkerBlocked);
        // Elsewhere the task on the sub-lanes under the mouse.
        QCOMPARE(model.task(model.barAt(0, 1.5, 0.01, 1, 1)), 1);
        QCOMPARE(model.task(model.barAt(0, 1.5, 0.01, 2, 2)), 2);
        QCOMPARE(model.task(model.barAt(0, 4.75, 0.01, 0, 0)), 4);
        QCOMPARE(model.barAt(0, 4.75, 0.01, 2, 2), -1);  // sub-lane 2 is free then
    }

    void failedTasksAreMarked() {
        RunRecord run = test::sample_run();
        run.tasks[0].outcome = Outcome::Timeout;
        TimelineModel model;
        model.build(run, LaneMode::PerTask);
        QCOMPARE(model.marks().size(), 2);
        QCOMPARE(model.marks()[0].task, 0u);
        QCOMPARE(model.marks()[0].outcome, Outcome::Timeout);
        QCOMPARE(model.marks()[1].lane, 2);
        QCOMPARE(model.marks()[1].start, 5.0);
        QCOMPARE(model.marks()[1].end, 7.0);
        QCOMPARE(model.marks()[1].outcome, Outcome::Error);

        // Per worker the outline is the failed task's busy interval on its worker.
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.marks().size(), 2);
        QCOMPARE(model.marks()[1].lane, 0);
        QCOMPARE(model.marks()[1].start, 5.0);
        QCOMPARE(model.marks()[1].end, 7.0);
    }

    void liveTasksGrowToNow() {
        RunRecord run = test::sample_run();
        // Task 1 has reported its connect phase only; task 2 has not started.
        run.tasks[1].end_s.reset();
        run.tasks[1].outcome = Outcome::Pending;
        run.tasks[1].phases.resize(2);
        run.tasks[2] = TaskRecord{};
        run.tasks[2].id = 2;
        TimelineModel model;

        model.build(run, LaneMode::PerTask);  // no "now": nothing grows
        QCOMPARE(model.bars().laneEnd(1) - model.bars().laneBegin(1), 2);
        QCOMPARE(model.bars().laneEnd(2) - model.bars().laneBegin(2), 0);

        model.build(run, LaneMode::PerTask, 2.5);
        const int tail = model.bars().laneEnd(1) - 1;
        QCOMPARE(model.key(tail), BarKey::Running);
        QCOMPARE(model.start(tail), 1.0);
        QCOMPARE(model.end(tail), 2.5);
        const int queued = model.bars().laneBegin(2);
        QCOMPARE(model.bars().laneEnd(2) - queued, 1);
        QCOMPARE(model.key(queued), BarKey::Queued);
        QCOMPARE(model.end(queued), 2.5);
        QCOMPARE(model.endTime(), 5.0);

        model.build(run, LaneMode::PerTask, 9);
        QCOMPARE(model.endTime(), 9.0);
    }

    void revisionChangesWithEveryBuild() {
        const RunRecord run = test::sample_run();
        TimelineModel model;
        const auto before = model.revision();
        model.build(run, LaneMode::PerTask);
        const auto built = model.revision();
        QVERIFY(built != before);
        model.clear();
        QVERIFY(model.revision() != built);
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.laneCount(), 0);
    }

    void barAtFindsTheBarUnderATime() {
        const RunRecord run = test::sample_run();
        TimelineModel model;
        model.build(run, LaneMode::PerTask);
        QCOMPARE(model.key(model.barAt(0, 3.0, 0.01)), BarKey::Wait);
        QCOMPARE(model.key(model.barAt(1, 5.9, 0.01)), BarKey::Receive);
        QCOMPARE(model.barAt(0, 6.0, 0.5), -1);
        QCOMPARE(model.key(model.barAt(0, 5.3, 0.5)), BarKey::Receive);  // nearest within tolerance
    }

    void barAtPrefersTheInnermostBar() {
        RunRecord run;
        run.workers = {
            {0, "loop", {{WorkerState::Busy, {0, 10}, 0}, {WorkerState::LockWait, {4, 5}, 0}}}};
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.key(model.barAt(0, 4.5, 0.01)), BarKey::WorkerLockWait);
        QCOMPARE(model.key(model.barAt(0, 6, 0.01)), BarKey::WorkerBusy);
    }

    void cullingMatchesBruteForce_data() {
        QTest::addColumn<int>("spread");
        QTest::addColumn<int>("mode");
        QTest::newRow("async, per task") << int(test::Spread::Async) << int(LaneMode::PerTask);
        QTest::newRow("threads, per task") << int(test::Spread::Threads) << int(LaneMode::PerTask);
        QTest::newRow("threads, per worker")
            << int(test::Spread::Threads) << int(LaneMode::PerWorker);
        QTest::newRow("async, per worker") << int(test::Spread::Async) << int(LaneMode::PerWorker);
    }
    void cullingMatchesBruteForce() {
        QFETCH(int, spread);
        QFETCH(int, mode);
        const RunRecord run = test::syntheticRun(400, test::Spread(spread), 7, 42);
        TimelineModel model;
        model.build(run, LaneMode(mode));
        std::mt19937 random(7);
        std::uniform_real_distribution<double> time(-0.5, model.endTime() + 0.5);
        std::uniform_int_distribution<int> lane(0, model.laneCount() - 1);
        for (int round = 0; round < 300; ++round) {
            double t0 = time(random);
            double t1 = time(random);
            if (t1 < t0) std::swap(t0, t1);
            const int l = lane(random);
            QCOMPARE(culled(model, l, t0, t1), bruteForce(model, l, t0, t1));
        }
    }

    void cullingHandlesNestedIntervals() {
        // A long interval hides shorter ones that end before the range: the
        // running maximum of ends must not let them through, nor lose the long one.
        RunRecord run;
        std::mt19937 random(3);
        std::uniform_real_distribution<double> start(0, 100);
        std::uniform_real_distribution<double> length(0, 30);
        run.workers.resize(3);
        for (auto& worker : run.workers) {
            for (int i = 0; i < 200; ++i) {
                const double s = start(random);
                worker.spans.push_back({WorkerState::Busy, {s, s + length(random)}, kNoTask});
            }
            std::sort(worker.spans.begin(), worker.spans.end(),
                      [](const WorkerSpan& a, const WorkerSpan& b) {
                          return a.span.start_s < b.span.start_s;
                      });
        }
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        std::uniform_real_distribution<double> time(-5, 135);
        for (int round = 0; round < 300; ++round) {
            double t0 = time(random);
            double t1 = time(random);
            if (t1 < t0) std::swap(t0, t1);
            const int lane = round % 3;
            QCOMPARE(culled(model, lane, t0, t1), bruteForce(model, lane, t0, t1));
            QCOMPARE(culled(model, lane, t0, t0), bruteForce(model, lane, t0, t0));
        }
    }

    void unsortedInputIsSorted() {
        RunRecord run;
        run.workers = {{0, "w", {{WorkerState::Busy, {5, 6}, 0}, {WorkerState::Busy, {1, 2}, 1}}}};
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        QCOMPARE(model.start(0), 1.0);
        QCOMPARE(model.start(1), 5.0);
        QCOMPARE(model.lastIndex(0, 1.5), 0);
        QCOMPARE(model.firstIndex(0, 3.0), 1);
    }
};

QTEST_APPLESS_MAIN(TimelineModelTest)
#include "timeline_model_test.moc"
