// The diff window on its own, offscreen, on two hand-made pool runs whose
// every number is known (pool_runs.hpp): the table's deltas and tints, one
// lane per task both ran with the regressions in the fail colour, the warning
// strip when the workloads differ, and one time axis covering both runs.
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <qcustomplot.h>

#include <algorithm>

#include "pool_runs.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/diff/diff_table_model.hpp"
#include "ui/diff/diff_view.hpp"
#include "ui/diff/task_delta_chart.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/timeline_view.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

using Direction = DiffTableModel::Direction;

QString cell(const DiffTableModel& model, DiffTableModel::Measure measure, int column) {
    return model.index(DiffTableModel::row(0, measure), column).data().toString();
}

Direction direction(const DiffTableModel& model, DiffTableModel::Measure measure) {
    return static_cast<Direction>(model.index(DiffTableModel::row(0, measure), 0)
                                      .data(DiffTableModel::DirectionRole)
                                      .toInt());
}

QColor background(const DiffTableModel& model, DiffTableModel::Measure measure, int column) {
    return model.index(DiffTableModel::row(0, measure), column)
        .data(Qt::BackgroundRole)
        .value<QColor>();
}

// The keys of the bars of `colour` in one of the chart's panels.
QList<double> barKeys(QCPAxisRect* panel, const QColor& colour) {
    QList<double> keys;
    for (QCPAbstractPlottable* plottable : panel->plottables()) {
        auto* bars = qobject_cast<QCPBars*>(plottable);
        if (!bars || bars->brush().color() != colour) continue;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            keys << it->key;
    }
    return keys;
}

}  // namespace

class DiffViewTest : public QObject {
    Q_OBJECT

private slots:
    void tableShowsEachChangeAndTintsWorseAndBetter() {
        DiffView view;
        new QAbstractItemModelTester(view.tableModel(), &view);
        view.setRuns(test::poolOfFour(), QStringLiteral("four.json"), test::poolOfEight(),
                     QStringLiteral("eight.json"));
        const DiffTableModel& model = *view.tableModel();
        QCOMPARE(model.rowCount(), static_cast<int>(DiffTableModel::MeasureCount));
        QCOMPARE(cell(model, DiffTableModel::Makespan, DiffTableModel::RunColumn),
                 QStringLiteral("Thread pool \u00b7 W=4 \u2192 W=8"));

        QCOMPARE(cell(model, DiffTableModel::Makespan, DiffTableModel::BeforeColumn),
                 QStringLiteral("2.00 s"));
        QCOMPARE(cell(model, DiffTableModel::Makespan, DiffTableModel::AfterColumn),
                 QStringLiteral("1.50 s"));
        QCOMPARE(cell(model, DiffTableModel::Makespan, DiffTableModel::ChangeColumn),
                 QStringLiteral("\u2212500 ms"));
        QCOMPARE(cell(model, DiffTableModel::Makespan, DiffTableModel::RelativeColumn),
                 QStringLiteral("-25.0% \u2714"));
        QCOMPARE(cell(model, DiffTableModel::P95, DiffTableModel::ChangeColumn),
                 QStringLiteral("\u2212500 ms"));
        QCOMPARE(cell(model, DiffTableModel::Efficiency, DiffTableModel::ChangeColumn),
                 QStringLiteral("\u221233.3 pts"));
        QCOMPARE(cell(model, DiffTableModel::Errors, DiffTableModel::BeforeColumn),
                 QStringLiteral("0"));
        QCOMPARE(cell(model, DiffTableModel::Errors, DiffTableModel::AfterColumn),
                 QStringLiteral("1"));
        QCOMPARE(cell(model, DiffTableModel::Errors, DiffTableModel::ChangeColumn),
                 QStringLiteral("+1"));
        // No relative change from nothing.
        QCOMPARE(cell(model, DiffTableModel::Errors, DiffTableModel::RelativeColumn),
                 QStringLiteral("\u2013"));

        // Shorter times and more throughput are better; lost efficiency and a
        // new failure are worse, whichever way their numbers went.
        QCOMPARE(direction(model, DiffTableModel::Makespan), Direction::Better);
        QCOMPARE(direction(model, DiffTableModel::P50), Direction::Better);
        QCOMPARE(direction(model, DiffTableModel::Throughput), Direction::Better);
        QCOMPARE(direction(model, DiffTableModel::Efficiency), Direction::Worse);
        QCOMPARE(direction(model, DiffTableModel::Errors), Direction::Worse);

        const Theme& theme = currentTheme();
        for (const int column : {DiffTableModel::AfterColumn, DiffTableModel::ChangeColumn,
                                 DiffTableModel::RelativeColumn}) {
            QCOMPARE(background(model, DiffTableModel::Makespan, column).rgb(),
                     theme.verdicts[0].rgb());
            QCOMPARE(background(model, DiffTableModel::Errors, column).rgb(),
                     theme.verdicts[1].rgb());
        }
        // A is what B is measured from: never tinted.
        QVERIFY(!model.index(0, DiffTableModel::BeforeColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(DiffTableModel::row(0, DiffTableModel::Errors),
                            DiffTableModel::ChangeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("worse")));
    }

    void unchangedRunsAreNotTinted() {
        DiffView view;
        view.setRuns(test::poolOfFour(), QStringLiteral("a.json"), test::poolOfFour(),
                     QStringLiteral("b.json"));
        const DiffTableModel& model = *view.tableModel();
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(static_cast<Direction>(
                         model.index(row, 0).data(DiffTableModel::DirectionRole).toInt()),
                     Direction::Same);
            QVERIFY(!model.index(row, DiffTableModel::ChangeColumn)
                         .data(Qt::BackgroundRole)
                         .isValid());
        }
    }

    void laneViewHasOneLanePerTaskBothRanWithRegressionsInTheFailColour() {
        DiffView view;
        // B runs twice the tasks: only the eight both ran get a lane.
        RunSet after = test::poolRuns(8, 16);
        after.runs.front().tasks[3].end_s = 1.5;
        view.setRuns(test::poolOfFour(), QStringLiteral("four.json"), after,
                     QStringLiteral("sixteen.json"));
        const TaskDeltaChart& chart = *view.taskChart();
        QCOMPARE(chart.lanes().size(), std::size_t{8});
        for (std::size_t i = 0; i < chart.lanes().size(); ++i)
            QCOMPARE(chart.lanes()[i].id, static_cast<std::uint32_t>(i));

        const Theme& theme = currentTheme();
        // Task 3 took half a second longer; tasks 4 to 7 no longer waited for
        // the first wave, so started a second earlier.
        QCOMPARE(barKeys(chart.durationRect(), theme.verdicts[1]), QList<double>{3});
        QCOMPARE(barKeys(chart.shiftRect(), theme.verdicts[0]), (QList<double>{4, 5, 6, 7}));
        QVERIFY(barKeys(chart.shiftRect(), theme.verdicts[1]).isEmpty());
        QVERIFY(chart.laneToolTip(3).contains(QStringLiteral("takes +500 ms")));
        QVERIFY(chart.laneToolTip(5).contains(QStringLiteral("starts \u22121.00 s")));
        // Both panels centre zero, so earlier and later read at one scale.
        const QCPRange shift = chart.shiftRect()->axis(QCPAxis::atBottom)->range();
        QCOMPARE(shift.lower, -shift.upper);
        QVERIFY(shift.upper >= 1.0);
    }

    void differentWorkloadsShowTheWarningStrip() {
        DiffView view;
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRuns(test::poolOfFour(), QStringLiteral("a.json"), test::poolOfEight(),
                     QStringLiteral("b.json"));
        QVERIFY(view.diff().workload_differences.empty());
        QVERIFY(!view.warningStrip()->isVisible());

        view.setRuns(test::poolOfFour(), QStringLiteral("a.json"), test::poolRuns(8, 16),
                     QStringLiteral("b.json"));
        QVERIFY(!view.diff().workload_differences.empty());
        QVERIFY(view.warningStrip()->isVisible());
        const QString text = view.warningStrip()->text();
        QVERIFY2(text.contains(QStringLiteral("The workloads differ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("16")), qPrintable(text));
    }

    void runsWithoutAPartnerAreNamedInTheStrip() {
        DiffView view;
        RunSet after = test::poolOfFour();
        RunRecord async = after.runs.front();
        async.config = {Mode::Async, 10};
        after.runs.push_back(async);
        view.setRuns(test::poolOfFour(), QStringLiteral("a.json"), after,
                     QStringLiteral("b.json"));
        QCOMPARE(view.diff().unmatched.size(), std::size_t{1});
        QVERIFY(!view.warningStrip()->isHidden());
        QVERIFY(view.warningStrip()->text().contains(QStringLiteral("Not compared")));
        // Still drawn, below the pair.
        QCOMPARE(view.compareView()->rowCount(), 3);
        QVERIFY(view.compareView()->caption(2).contains(QStringLiteral("B \u00b7 Async")));
    }

    void bothRunsShareOneTimeAxisThatCoversThem() {
        DiffView view;
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRuns(test::poolOfFour(), QStringLiteral("four.json"), test::poolOfEight(),
                     QStringLiteral("eight.json"));
        const CompareView& compare = *view.compareView();
        QCOMPARE(compare.rowCount(), 2);
        QVERIFY(compare.caption(0).contains(QStringLiteral("A \u00b7 Thread pool \u00b7 W=4")));
        QVERIFY(compare.caption(1).contains(QStringLiteral("B \u00b7 Thread pool \u00b7 W=8")));
        const QCPRange a = compare.timeline(0)->plot()->xAxis->range();
        const QCPRange b = compare.timeline(1)->plot()->xAxis->range();
        QCOMPARE(a.lower, b.lower);
        QCOMPARE(a.upper, b.upper);
        QVERIFY(a.lower <= 0);
        QVERIFY(a.upper >= 2.0);  // A's makespan, the longer
    }

    void swappingMakesBTheBaseline() {
        DiffView view;
        view.setRuns(test::poolOfFour(), QStringLiteral("four.json"), test::poolOfEight(),
                     QStringLiteral("eight.json"));
        view.swap();
        const DiffTableModel& model = *view.tableModel();
        QCOMPARE(cell(model, DiffTableModel::Makespan, DiffTableModel::BeforeColumn),
                 QStringLiteral("1.50 s"));
        QCOMPARE(direction(model, DiffTableModel::Makespan), Direction::Worse);
        QVERIFY(view.windowTitle().startsWith(QStringLiteral("eight.json")));
    }

    void escapeClosesTheWindow() {
        DiffView view;
        view.setRuns(test::poolOfFour(), QStringLiteral("a.json"), test::poolOfEight(),
                     QStringLiteral("b.json"));
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTest::keyClick(&view, Qt::Key_Escape);
        QTRY_VERIFY(!view.isVisible());
    }
};

QTEST_MAIN(DiffViewTest)
#include "diff_view_test.moc"
