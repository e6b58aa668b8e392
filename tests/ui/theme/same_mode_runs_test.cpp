// Two runs of the same mode with the same concurrency and behaviour, as a
// comparison that runs async twice has: each gets a shade and a name of its
// own in the summary table, the charts' series and the compare view's captions.
#include <QTest>

#include <qcustomplot.h>

#include "support/sample_runs.hpp"
#include "ui/charts/charts_view.hpp"
#include "ui/charts/in_flight_chart.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/compare/summary_table_model.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/theme.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

// Sequential, then the same async run twice.
std::vector<RunRecord> twoAsyncRuns() {
    return {test::sample_sequential_run(), test::sample_async_run(), test::sample_async_run()};
}

}  // namespace

class SameModeRunsTest : public QObject {
    Q_OBJECT

private slots:
    void captionsAreNumberedOnlyWhenStillEqual() {
        const QStringList captions = runCaptions(runIdentities(twoAsyncRuns()));
        QCOMPARE(captions,
                 (QStringList{QStringLiteral("Sequential"), QStringLiteral("Async \u00b7 C=3 #1"),
                              QStringLiteral("Async \u00b7 C=3 #2")}));
        std::vector<RunRecord> differ = twoAsyncRuns();
        differ[2].behaviour.blocking_in_async = true;
        QCOMPARE(runCaptions(runIdentities(differ))[1], QStringLiteral("Async \u00b7 C=3"));
    }

    void coloursAreShadesOfTheMode() {
        const std::vector<QColor> colours = runColours(runIdentities(twoAsyncRuns()));
        const QColor async = modeColour(Mode::Async);
        QCOMPARE(colours[0], modeColour(Mode::Sequential));  // alone in its mode: as it is
        QVERIFY(colours[1] != colours[2]);
        // Both still the async hue, one darker and one lighter.
        for (const QColor& shade : {colours[1], colours[2]})
            QVERIFY(std::abs(shade.hslHueF() - async.hslHueF()) < 0.01);
        QVERIFY(colours[1].lightnessF() < async.lightnessF());
        QVERIFY(colours[2].lightnessF() > async.lightnessF());
    }

    void theTableTellsThemApart() {
        SummaryTableModel model;
        for (const RunRecord& run : twoAsyncRuns()) model.addRun(run);
        const auto cell = [&](int row, int role) {
            return model.index(row, SummaryTableModel::ModeColumn).data(role);
        };
        QCOMPARE(cell(1, Qt::DisplayRole).toString(), QStringLiteral("Async \u00b7 C=3 #1"));
        QCOMPARE(cell(2, Qt::DisplayRole).toString(), QStringLiteral("Async \u00b7 C=3 #2"));
        QVERIFY(cell(1, Qt::DecorationRole).value<QColor>() !=
                cell(2, Qt::DecorationRole).value<QColor>());
    }

    void theChartsTellThemApart() {
        const std::vector<RunRecord> runs = twoAsyncRuns();
        ChartsView charts;
        charts.setRuns({&runs[0], &runs[1], &runs[2]});
        const QCustomPlot* plot = charts.inFlightChart();
        QCOMPARE(plot->graphCount(), 3);
        QVERIFY(plot->graph(1)->name() != plot->graph(2)->name());
        QVERIFY(plot->graph(1)->pen().color() != plot->graph(2)->pen().color());
    }

    void theCompareViewTellsThemApart() {
        const std::vector<RunRecord> runs = twoAsyncRuns();
        std::vector<ModeConfig> configs;
        for (const RunRecord& run : runs) configs.push_back(run.config);
        CompareView compare;
        compare.setModes(configs, runCaptions(runIdentities(runs)));
        const std::vector<QColor> colours = runColours(runIdentities(runs));
        QVERIFY(compare.caption(1).contains(QStringLiteral("#1")));
        QVERIFY(compare.caption(2).contains(QStringLiteral("#2")));
        QVERIFY(compare.caption(1).contains(colours[1].name()));
        QVERIFY(compare.caption(2).contains(colours[2].name()));
    }
};

QTEST_MAIN(SameModeRunsTest)
#include "same_mode_runs_test.moc"
