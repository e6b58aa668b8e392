// The Gantt plottable: one rectangle per phase when nothing folds, culling to
// the visible range, folding of sub-pixel bars with their count, merged dense
// rows, an event loop's sub-lanes, the draw-list cache, and hit tests that find
// the right task.
#include <QTest>

#include <memory>

#include "support/sample_runs.hpp"
#include "support/synthetic_run.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/timeline/timeline_plottable.hpp"
#include "ui/timeline/timeline_tooltip.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

struct Chart {
    explicit Chart(const RunRecord& run, LaneMode mode = LaneMode::PerTask) {
        plot = std::make_unique<QCustomPlot>();
        plot->resize(800, 300);
        plottable = new TimelinePlottable(plot->xAxis, plot->yAxis);
        model.build(run, mode);
        plottable->setModel(&model);
        show(0, 8, -0.5, model.laneCount() - 0.5);
    }

    // Lays the plot out for these ranges (and draws it once, as a replot would).
    void show(double t0, double t1, double lane0, double lane1) {
        plot->xAxis->setRange(t0, t1);
        plot->yAxis->setRange(lane0, lane1);
        image = plot->toPixmap(800, 300).toImage();
    }

    QPointF at(double seconds, double lane) const {
        return {plot->xAxis->coordToPixel(seconds), plot->yAxis->coordToPixel(lane)};
    }

    std::unique_ptr<QCustomPlot> plot;
    TimelinePlottable* plottable = nullptr;  // owned by the plot
    TimelineModel model;
    QImage image;
};

// One worker running `count` tasks of 1 ms each with 1 ms between them.
RunRecord manyShortTasks(int count) {
    RunRecord run;
    run.config = {Mode::Sequential, 1};
    run.workers = {{0, "main thread", {}}};
    for (int i = 0; i < count; ++i) {
        run.workers[0].spans.push_back(
            {WorkerState::Busy, {i * 0.002, i * 0.002 + 0.001}, static_cast<std::uint32_t>(i)});
    }
    return run;
}

}  // namespace

class TimelinePlottableTest : public QObject {
    Q_OBJECT

private slots:
    void oneRectanglePerPhaseWhenNothingFolds() {
        const RunRecord run = test::sample_run();
        Chart chart(run);
        const TimelineGeometry& geometry = chart.plottable->geometry();
        QVERIFY(!geometry.dense());
        QCOMPARE(geometry.rectCount(), std::size_t(11));
        QVERIFY(geometry.blocks().empty());
        QCOMPARE(geometry.bars(BarKey::Queued).size(), std::size_t(3));
        QCOMPARE(geometry.bars(BarKey::Connect).size(), std::size_t(3));
        QCOMPARE(geometry.bars(BarKey::Wait).size(), std::size_t(3));
        QCOMPARE(geometry.bars(BarKey::Receive).size(), std::size_t(2));
        // The failed task: an outline (four edges) and a triangle, a transport
        // error's mark (three strokes).
        QCOMPARE(geometry.outlines(Outcome::Error).size(), std::size_t(4));
        QCOMPARE(geometry.glyphs(Outcome::Error).size(), std::size_t(3));
        QVERIFY(geometry.outlines(Outcome::Ok).empty());
    }

    void barsMatchTheAxes() {
        const RunRecord run = test::sample_run();
        Chart chart(run);
        // Task 0's wait bar, snapped to whole pixels: [left, left + width) covers 2 s to 4 s.
        const QRect wait = chart.plottable->geometry().bars(BarKey::Wait).front();
        QVERIFY(qAbs(wait.left() - chart.at(2, 0).x()) <= 0.5);
        QVERIFY(qAbs(wait.left() + wait.width() - chart.at(4, 0).x()) <= 0.5);
        QVERIFY(qAbs(wait.top() + wait.height() / 2.0 - chart.at(2, 0).y()) <= 1);
        QVERIFY(qAbs(wait.height() - (chart.at(0, 0.4).y() - chart.at(0, -0.4).y())) <= 1);
    }

    void cullsToTheVisibleRange() {
        const RunRecord run = test::sample_run();
        Chart chart(run);
        chart.show(2.1, 2.9, -0.5, 2.5);
        // Lane 0: wait; lane 1: wait; lane 2: queued.
        QCOMPARE(chart.plottable->geometry().rectCount(), std::size_t(3));
        chart.show(2.1, 2.9, 0.5, 2.5);
        QCOMPARE(chart.plottable->geometry().rectCount(), std::size_t(2));
        chart.show(20, 30, -0.5, 2.5);
        QCOMPARE(chart.plottable->geometry().rectCount(), std::size_t(0));
    }

    void subPixelBarsFoldIntoACountedBlock() {
        const RunRecord run = manyShortTasks(1000);
        Chart chart(run, LaneMode::PerWorker);
        chart.show(0, 2, -0.5, 0.5);
        const TimelineGeometry& geometry = chart.plottable->geometry();
        QCOMPARE(geometry.blocks().size(), std::size_t(1));
        const FoldedBlock& block = geometry.blocks().front();
        QCOMPARE(block.bars, 1000);
        QCOMPARE(block.tasks, 1000);
        QCOMPARE(block.dominant, BarKey::WorkerBusy);
        QCOMPARE(geometry.rectCount(), std::size_t(1));
        QVERIFY(foldedTooltip(run, chart.model, block).contains(QStringLiteral("1000 tasks")));

        // Zoomed in, every task is wide enough to be its own bar again.
        chart.show(0.1, 0.15, -0.5, 0.5);
        QVERIFY(chart.plottable->geometry().blocks().empty());
        QCOMPARE(chart.plottable->geometry().rectCount(), std::size_t(26));
    }

    void aFoldedTaskSaysWhichTaskAndHowItEnded() {
        RunRecord run = test::sample_run();
        // Task 2 refused at once: queued and connecting for a millisecond each.
        TaskRecord& refused = run.tasks[2];
        refused.start_s = 0.001;
        refused.end_s = 0.002;
        refused.phases = {{PhaseKind::Queued, {0, 0.001}}, {PhaseKind::Connect, {0.001, 0.002}}};
        refused.outcome = Outcome::Error;
        refused.http_status = 0;
        refused.error = "Connection refused";
        Chart chart(run);
        const FoldedBlock* block =
            chart.plottable->geometry().blockAt(2, chart.at(0.001, 2).x(), kFoldWidthPx);
        QVERIFY(block);
        QCOMPARE(block->tasks, 1);
        const QString text = foldedTooltip(run, chart.model, *block);
        QVERIFY2(text.contains(QStringLiteral("2 intervals folded")), qPrintable(text));
        QVERIFY(text.contains(outcomeLabel(Outcome::Error)));
        QVERIFY(text.contains(QStringLiteral("Connection refused")));
        QVERIFY(text.contains(QStringLiteral("127.0.0.1:1/delay/2")));
        QVERIFY(text.contains(QStringLiteral("thread 0")));

        // Many tasks folded together are still only counted.
        const RunRecord many = manyShortTasks(1000);
        Chart crowd(many, LaneMode::PerWorker);
        crowd.show(0, 2, -0.5, 0.5);
        QVERIFY(!foldedTooltip(many, crowd.model, crowd.plottable->geometry().blocks().front())
                     .contains(QStringLiteral("Worker:")));
    }

    void denseLanesShareRows() {
        const RunRecord run = test::syntheticRun(10000, test::Spread::Async, 100);
        Chart chart(run);
        const TimelineGeometry& geometry = chart.plottable->geometry();
        QVERIFY(geometry.dense());
        // 40,000 bars over ~250 pixel rows: a few rectangles per row and colour.
        QVERIFY2(geometry.rectCount() < std::size_t(chart.model.count() / 10),
                 qPrintable(QString::number(geometry.rectCount())));
        QVERIFY(geometry.rectCount() > 0);
        // Failures keep their outline row; crosses would smear over dozens of lanes.
        QVERIFY(!geometry.outlines(Outcome::Error).empty());
        QVERIFY(geometry.glyphs(Outcome::Error).empty());
    }

    void drawListIsReplayedUntilSomethingChanges() {
        const RunRecord run = test::sample_run();
        Chart chart(run);
        const auto builds = chart.plottable->geometryBuilds();
        chart.plot->toPixmap(800, 300);
        chart.plottable->geometry();
        QCOMPARE(chart.plottable->geometryBuilds(), builds);

        chart.show(1, 8, -0.5, 2.5);  // new range
        QCOMPARE(chart.plottable->geometryBuilds(), builds + 1);
        chart.model.build(run, LaneMode::PerWorker);  // new model revision
        // From 1 s on: thread 0 busy twice, thread 1 busy once (its start-up is before).
        QCOMPARE(chart.plottable->geometry().rectCount(), std::size_t(3));
        QCOMPARE(chart.plottable->geometryBuilds(), builds + 2);
        chart.plottable->invalidateGeometry();
        chart.plottable->geometry();
        QCOMPARE(chart.plottable->geometryBuilds(), builds + 3);
    }

    void hitTestFindsTheTask_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("task");
        QTest::addColumn<BarKey>("key");
        QTest::newRow("task 0 wait") << 3.0 << 0 << 0 << BarKey::Wait;
        QTest::newRow("task 0 queued") << 0.5 << 0 << 0 << BarKey::Queued;
        QTest::newRow("task 1 receive") << 5.5 << 1 << 1 << BarKey::Receive;
        QTest::newRow("task 2 connect") << 5.25 << 2 << 2 << BarKey::Connect;
    }
    void hitTestFindsTheTask() {
        QFETCH(double, seconds);
        QFETCH(int, lane);
        QFETCH(int, task);
        QFETCH(BarKey, key);
        const RunRecord run = test::sample_run();
        Chart chart(run);
        const QPointF pixel = chart.at(seconds, lane);
        const TimelinePlottable::Hit hit = chart.plottable->hitAt(pixel);
        QVERIFY(hit.bar >= 0);
        QCOMPARE(chart.model.task(hit.bar), task);
        QCOMPARE(chart.model.key(hit.bar), key);
        QVariant details;
        QCOMPARE(chart.plottable->selectTest(pixel, false, &details), 0.0);
        QCOMPARE(details.toInt(), hit.bar);
    }

    void workerIntervalTooltipNamesWorkerStateAndTask() {
        const RunRecord run = test::sample_run();
        Chart chart(run, LaneMode::PerWorker);
        const TimelinePlottable::Hit hit = chart.plottable->hitAt(chart.at(6.0, 0));
        QVERIFY(hit.bar >= 0);
        const QString text = barTooltip(run, chart.model, hit.bar);
        QVERIFY2(text.startsWith(QStringLiteral("thread 0: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<b>Computing</b> 2.00 s")));
        QVERIFY(text.contains(QStringLiteral("Task 2")));
        QVERIFY(text.contains(QStringLiteral("error")));
    }

    void eventLoopTasksOnSubLanesUnderTheBlockedSpan() {
        const RunRecord run = test::sample_async_run();
        Chart chart(run, LaneMode::PerWorker);
        const TimelineGeometry& geometry = chart.plottable->geometry();
        QVERIFY(!geometry.dense());
        QVERIFY(geometry.blocks().empty());  // held tasks never fold
        const auto& held = geometry.bars(BarKey::WorkerInFlight);
        const auto& blocked = geometry.bars(BarKey::WorkerBlocked);
        QCOMPARE(held.size(), std::size_t(5));
        QCOMPARE(blocked.size(), std::size_t(1));
        // The blocked span covers the lane's band; each task a third of it, inside it.
        const QRect band = blocked.front();
        const double third = band.height() / 3.0;
        for (const QRect& rect : held) {
            QVERIFY(rect.height() <= third + 1);
            QVERIFY(rect.top() >= band.top() && rect.bottom() <= band.bottom());
        }
        // Blocked is drawn after (over) the tasks in flight.
        QVERIFY(BarKey::WorkerInFlight < BarKey::WorkerBlocked);

        // A hit test finds the task on the sub-lane under the mouse, the blocked
        // span where it is, and says the lane and time where there is no bar.
        const LaneBand lowest = subLaneBand(0, 2, 3, kBarFill);
        const double middle = (lowest.top + lowest.bottom) / 2;
        QCOMPARE(chart.model.task(chart.plottable->hitAt(chart.at(1.5, middle)).bar), 2);
        const LaneBand highest = subLaneBand(0, 0, 3, kBarFill);
        QCOMPARE(chart.model.task(
                     chart.plottable->hitAt(chart.at(1.5, (highest.top + highest.bottom) / 2)).bar),
                 0);
        const TimelinePlottable::Hit onBlocked = chart.plottable->hitAt(chart.at(2.75, middle));
        QCOMPARE(chart.model.key(onBlocked.bar), BarKey::WorkerBlocked);
        const TimelinePlottable::Hit free = chart.plottable->hitAt(chart.at(4.75, middle));
        QVERIFY(free.empty());
        QCOMPARE(free.lane, 0);
        QVERIFY(qAbs(free.time_s - 4.75) < 0.02);
    }

    void eventLoopTooltipSaysWhatTheLoopDoes() {
        const RunRecord run = test::sample_async_run();
        TimelineModel model;
        model.build(run, LaneMode::PerWorker);
        const QString waiting = heldTasksTooltip(model, 0, 1.5);
        QVERIFY2(waiting.startsWith(QStringLiteral("<b>event loop</b> at 1.50 s")),
                 qPrintable(waiting));
        QVERIFY2(waiting.contains(QStringLiteral("polling 3 sockets</b>: waiting in epoll on 3 tasks in flight")),
                 qPrintable(waiting));
        const QString blocked = heldTasksTooltip(model, 0, 2.75);
        QVERIFY2(blocked.contains(QStringLiteral("<b>blocked</b> by task 2")), qPrintable(blocked));
        QVERIFY(blocked.contains(QStringLiteral("the 2 other tasks in flight cannot move")));
        QVERIFY(
            heldTasksTooltip(model, 0, 5.5).contains(QStringLiteral("polling 1 socket</b>")));
        QVERIFY(heldTasksTooltip(model, 0, 6.5).contains(QStringLiteral("<b>idle</b>")));
    }

    void hitTestMissesBackground() {
        const RunRecord run = test::sample_run();
        Chart chart(run);
        QVERIFY(chart.plottable->hitAt(chart.at(7.5, 0)).empty());    // after task 0
        QVERIFY(chart.plottable->hitAt(chart.at(3.0, 0.5)).empty());  // between lanes 0 and 1
        QVERIFY(chart.plottable->hitAt(QPointF(-5, -5)).empty());     // outside the axis rect
        QCOMPARE(chart.plottable->selectTest(chart.at(7.5, 0), false), -1.0);
        // Not selectable through QCustomPlot: the view does its own selection.
        QCOMPARE(chart.plottable->selectTest(chart.at(3.0, 0), true), -1.0);
    }

    void hitTestFindsAFoldedBlock() {
        const RunRecord run = manyShortTasks(1000);
        Chart chart(run, LaneMode::PerWorker);
        chart.show(0, 2, -0.5, 0.5);
        const TimelinePlottable::Hit hit = chart.plottable->hitAt(chart.at(1.0, 0));
        QVERIFY(hit.block.has_value());
        QCOMPARE(hit.block->bars, 1000);
    }

    void rangesCoverTheModel() {
        const RunRecord run = test::sample_run();
        Chart chart(run);
        bool found = false;
        const QCPRange keys = chart.plottable->getKeyRange(found);
        QVERIFY(found);
        QCOMPARE(keys.lower, 0.0);
        QCOMPARE(keys.upper, 7.0);
        const QCPRange lanes = chart.plottable->getValueRange(found);
        QVERIFY(found);
        QCOMPARE(lanes.lower, -0.5);
        QCOMPARE(lanes.upper, 2.5);
        TimelineModel empty;
        chart.plottable->setModel(&empty);
        chart.plottable->getKeyRange(found);
        QVERIFY(!found);
    }
};

QTEST_MAIN(TimelinePlottableTest)
#include "timeline_plottable_test.moc"
