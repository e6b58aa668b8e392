// The compare view on its own, offscreen: timelines lined up on one time axis
// still name their first lane; in a window too small for its rows each keeps
// a readable height and the stack scrolls, while zoom and fit-all still move
// every timeline's time axis together.
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

#include <qcustomplot.h>

#include "support/sample_runs.hpp"
#include "support/synthetic_run.hpp"
#include "ui/compare/compare_view.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

QCPRange timeRange(const CompareView& compare, int row) {
    return compare.timeline(row)->plot()->xAxis->range();
}

int axisLeft(const CompareView& compare, int row) {
    const QCustomPlot* plot = compare.timeline(row)->plot();
    return plot->mapTo(&compare, plot->axisRect()->rect().topLeft()).x();
}

RunRecord finishedRun(int tasks, test::Spread spread, int concurrency) {
    RunRecord run = test::syntheticRun(tasks, spread, concurrency);
    run.summary.makespan_s = run.tasks.empty() ? 0 : 1;
    for (const TaskRecord& task : run.tasks)
        run.summary.makespan_s = std::max(run.summary.makespan_s, task.end_s.value_or(0));
    return run;
}

// Dark pixels in `area` of `image`.
int inkIn(const QImage& image, const QRect& area) {
    int ink = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) ink += qGray(image.pixel(x, y)) < 128;
    }
    return ink;
}

}  // namespace

class CompareViewTest : public QObject {
    Q_OBJECT

private slots:
    // Lane labels of different widths make the view pad its timelines' margins
    // to line their time axes up. QCustomPlot keeps a label in
    // tickVectorLabels() even when it drops it for crossing the plot's top
    // edge, so look for each one's ink left of the lanes.
    void everyChosenLaneLabelIsDrawn_data() {
        QTest::addColumn<bool>("perWorker");
        QTest::addColumn<int>("height");
        QTest::newRow("task lanes") << false << 600;
        QTest::newRow("task lanes, short window") << false << 400;
        QTest::newRow("worker lanes") << true << 600;
        QTest::newRow("worker lanes, short window") << true << 400;
    }
    void everyChosenLaneLabelIsDrawn() {
        QFETCH(bool, perWorker);
        QFETCH(int, height);
        // The second run's lanes are named "Task 99", wider than "Task 9".
        const RunRecord sequential = finishedRun(10, test::Spread::Threads, 1);
        const RunRecord async = finishedRun(100, test::Spread::Async, 10);
        CompareView compare;
        compare.setModes({{Mode::Sequential, 1}, {Mode::Async, 10}});
        compare.setLaneMode(perWorker ? LaneMode::PerWorker : LaneMode::PerTask);
        compare.showFinished(0, &sequential);
        compare.showFinished(1, &async);
        compare.resize(800, height);
        compare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compare));
        QTRY_COMPARE(axisLeft(compare, 1), axisLeft(compare, 0));

        for (int row = 0; row < compare.rowCount(); ++row) {
            QCustomPlot* plot = compare.timeline(row)->plot();
            const QImage image = plot->toPixmap(plot->width(), plot->height()).toImage();
            const QCPAxis* lanes = plot->yAxis;
            const int quarter = QFontMetrics(lanes->tickLabelFont()).height() / 4;
            QVERIFY(!lanes->tickVector().isEmpty());
            for (qsizetype i = 0; i < lanes->tickVector().size(); ++i) {
                const int y = qRound(lanes->coordToPixel(lanes->tickVector()[i]));
                const QRect label(0, y - quarter, plot->axisRect()->left() - 1, 2 * quarter);
                QVERIFY2(inkIn(image, label) > 5,
                         qPrintable(QStringLiteral("row %1 does not show \"%2\"")
                                        .arg(row)
                                        .arg(lanes->tickVectorLabels()[i])));
            }
        }
    }

    void smallWindowScrollsReadableTimelinesOnOneAxis() {
        RunRecord run = test::sample_run();
        run.summary.makespan_s = 7;
        CompareView compare;
        compare.setModes(
            {{Mode::Sequential, 1}, {Mode::Threads, 2}, {Mode::Processes, 2}, {Mode::Async, 10}});
        for (int row = 0; row < compare.rowCount(); ++row) compare.showFinished(row, &run);
        compare.resize(800, 300);
        compare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compare));

        for (int row = 0; row < compare.rowCount(); ++row) {
            const TimelineView* view = compare.timeline(row);
            QVERIFY2(view->height() >= 8 * view->fontMetrics().height(),
                     qPrintable(QStringLiteral("row %1 is %2 px").arg(row).arg(view->height())));
        }
        const auto* scroll = compare.findChild<QScrollArea*>();
        QVERIFY(scroll);
        QVERIFY(scroll->verticalScrollBar()->isVisible());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());

        // The shared time axis still lines up and follows one timeline's zoom.
        QTRY_COMPARE(axisLeft(compare, 3), axisLeft(compare, 0));
        QCustomPlot* last = compare.timeline(3)->plot();
        const QPoint centre = last->axisRect()->rect().center();
        QWheelEvent wheel(centre, last->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(last, &wheel);
        const QCPRange zoomed = timeRange(compare, 3);
        QVERIFY(zoomed.size() < 7);
        for (int row = 0; row < 3; ++row) QCOMPARE(timeRange(compare, row), zoomed);

        compare.fitAll();
        for (int row = 0; row < compare.rowCount(); ++row) {
            QCOMPARE(timeRange(compare, row).lower, 0.0);
            QCOMPARE(timeRange(compare, row).upper, 7 * 1.03);
        }
    }
};

QTEST_MAIN(CompareViewTest)
#include "compare_view_test.moc"
