// The compare view on its own, offscreen: timelines lined up on one time axis
// still name their first lane.
#include <QTest>

#include <qcustomplot.h>

#include "synthetic_run.hpp"
#include "ui/compare_view.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

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
        const auto left = [&](int row) {
            const QCustomPlot* plot = compare.timeline(row)->plot();
            return plot->mapTo(&compare, plot->axisRect()->rect().topLeft()).x();
        };
        QTRY_COMPARE(left(1), left(0));

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
};

QTEST_MAIN(CompareViewTest)
#include "compare_view_test.moc"
