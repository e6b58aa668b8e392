// The sweep chart drawn from hand-made cells, whose every number is known: a
// line and a dashed ideal per mode in the mode's colour, error bars from the
// fastest to the slowest repeat, a log2 axis for doubling values, the caption
// naming the caps, a click reporting its point and run, and a theme switch
// restyling it all.
#include <QSignalSpy>
#include <QTest>

#include "ui/sweep/sweep_chart.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/sweep/sweep_plot.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/theme.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

struct Made {
    double value;
    Mode mode;
    double median, min, max;
    std::optional<double> ideal;
    IdealCap cap = IdealCap::Concurrency;
};

// Value-major, modes in the given order, two repeats each, as sweep_cells()
// lays them out: at each point the first mode's runs are 0 and 1, the next's 2 and 3.
std::vector<SweepCell> cellsOf(const std::vector<Made>& made) {
    std::vector<double> values;
    for (const Made& m : made)
        if (std::find(values.begin(), values.end(), m.value) == values.end())
            values.push_back(m.value);
    std::vector<SweepCell> cells;
    for (const Made& m : made) {
        SweepCell cell;
        cell.value = m.value;
        cell.mode = m.mode;
        cell.point = static_cast<std::size_t>(std::find(values.begin(), values.end(), m.value) -
                                              values.begin());
        const auto before = std::count_if(
            cells.begin(), cells.end(), [&](const SweepCell& c) { return c.point == cell.point; });
        cell.runs = {static_cast<std::size_t>(before) * 2,
                     static_cast<std::size_t>(before) * 2 + 1};
        cell.makespan_median_s = m.median;
        cell.makespan_min_s = m.min;
        cell.makespan_max_s = m.max;
        cell.ideal_s = m.ideal;
        cell.ideal_cap = m.cap;
        cell.cores = 2;
        cells.push_back(cell);
    }
    // Speed-ups over the first value of the same mode, as sweep_cells() defines them.
    for (SweepCell& cell : cells) {
        const auto first = std::find_if(cells.begin(), cells.end(),
                                        [&](const SweepCell& c) { return c.mode == cell.mode; });
        cell.speed_up = first->makespan_median_s / cell.makespan_median_s;
        if (cell.ideal_s && first->ideal_s) cell.ideal_speed_up = *first->ideal_s / *cell.ideal_s;
    }
    return cells;
}

// Threads and async at concurrency 1, 2, 4, 8: threads on 8 tasks of 0.1 s
// near their ideal, async on 8 tasks of 75 ms flattening out, so the two
// lines stay apart for clicks.
std::vector<SweepCell> concurrencySweep() {
    return cellsOf({
        {1, Mode::Threads, 0.82, 0.81, 0.84, 0.8},
        {1, Mode::Async, 0.61, 0.60, 0.63, 0.6},
        {2, Mode::Threads, 0.42, 0.41, 0.45, 0.4},
        {2, Mode::Async, 0.45, 0.44, 0.47, 0.3},
        {4, Mode::Threads, 0.22, 0.21, 0.26, 0.2},
        {4, Mode::Async, 0.40, 0.39, 0.42, 0.15},
        {8, Mode::Threads, 0.12, 0.11, 0.15, 0.1},
        {8, Mode::Async, 0.38, 0.37, 0.40, 0.075},
    });
}

QPoint pixelOf(SweepPlot* plot, double key, double value) {
    return QPoint(qRound(plot->xAxis->coordToPixel(key)), qRound(plot->yAxis->coordToPixel(value)));
}

}  // namespace

class SweepChartTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { setCurrentTheme(kDefaultTheme); }

    void oneLineAndOneDashedIdealPerMode() {
        SweepChart chart;
        chart.setCells(SweepParam::Concurrency, concurrencySweep());
        for (SweepPlot* plot : {chart.makespanPlot(), chart.speedUpPlot()}) {
            QCOMPARE(plot->graphCount(), 4);      // two modes, each a line and its ideal
            QCOMPARE(plot->plottableCount(), 6);  // and its error bars
            QCOMPARE(plot->legend->itemCount(), 2);
            for (Mode mode : {Mode::Threads, Mode::Async}) {
                QCOMPARE(plot->modeGraph(mode)->pen().color(), modeColour(mode));
                QCOMPARE(plot->modeGraph(mode)->name(), modeName(mode));
                QCOMPARE(plot->idealGraph(mode)->pen().color(), modeColour(mode));
                QCOMPARE(plot->idealGraph(mode)->pen().style(), Qt::DashLine);
                QCOMPARE(plot->modeGraph(mode)->dataCount(), 4);
            }
        }
        QCPGraph* threads = chart.makespanPlot()->modeGraph(Mode::Threads);
        QCOMPARE(threads->data()->at(2)->key, 4.0);
        QCOMPARE(threads->data()->at(2)->value, 0.22);
        QCOMPARE(chart.makespanPlot()->idealGraph(Mode::Threads)->data()->at(2)->value, 0.2);
        QCPGraph* speedUp = chart.speedUpPlot()->modeGraph(Mode::Async);
        QCOMPARE(speedUp->data()->at(3)->value, 0.61 / 0.38);
        QCOMPARE(chart.speedUpPlot()->idealGraph(Mode::Async)->data()->at(3)->value, 8.0);
    }

    void errorBarsSpanTheRepeats() {
        SweepChart chart;
        const std::vector<SweepCell> cells = concurrencySweep();
        chart.setCells(SweepParam::Concurrency, cells);
        QCPErrorBars* makespan = chart.makespanPlot()->errorBars(Mode::Threads);
        QCPErrorBars* speedUp = chart.speedUpPlot()->errorBars(Mode::Threads);
        QCOMPARE(makespan->dataCount(), 4);
        for (int i = 0; i < 4; ++i) {
            const SweepCell& cell = cells[static_cast<std::size_t>(i) * 2];  // threads at value i
            QCOMPARE(makespan->data()->at(i).errorMinus,
                     cell.makespan_median_s - cell.makespan_min_s);
            QCOMPARE(makespan->data()->at(i).errorPlus,
                     cell.makespan_max_s - cell.makespan_median_s);
            // Speed-up: the first median over the slowest repeat, then over the fastest.
            const double first = cells[0].makespan_median_s;
            const double median = first / cell.makespan_median_s;
            QVERIFY(qFuzzyCompare(median - speedUp->data()->at(i).errorMinus,
                                  first / cell.makespan_max_s));
            QVERIFY(qFuzzyCompare(median + speedUp->data()->at(i).errorPlus,
                                  first / cell.makespan_min_s));
        }
    }

    void doublingValuesGetALog2Axis() {
        SweepChart chart;
        chart.resize(1000, 400);
        chart.setCells(SweepParam::Concurrency, concurrencySweep());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.makespanPlot()->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(chart.makespanPlot()->xAxis->label().contains(QStringLiteral("concurrency")));
        // Evenly spaced: each doubling is the same distance across.
        SweepPlot* plot = chart.makespanPlot();
        plot->replot();
        const double step = plot->xAxis->coordToPixel(2) - plot->xAxis->coordToPixel(1);
        QVERIFY(step > 10);
        QVERIFY(qAbs(plot->xAxis->coordToPixel(8) - plot->xAxis->coordToPixel(4) - step) < 0.5);

        chart.setCells(SweepParam::Delay, cellsOf({{0.1, Mode::Async, 1, 1, 1, 1},
                                                   {0.3, Mode::Async, 2, 2, 2, 2},
                                                   {0.5, Mode::Async, 3, 3, 3, 3}}));
        QCOMPARE(chart.makespanPlot()->xAxis->scaleType(), QCPAxis::stLinear);
        QVERIFY(chart.speedUpPlot()->xAxis->label().contains(QStringLiteral("(s)")));
    }

    void isGeometric_data() {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<bool>("geometric");
        QTest::newRow("doubling") << std::vector<double>{1, 2, 4, 8, 16} << true;
        QTest::newRow("tripling, any order") << std::vector<double>{9, 1, 3} << true;
        QTest::newRow("halving seconds") << std::vector<double>{0.125, 0.25, 0.5} << true;
        QTest::newRow("evenly spaced") << std::vector<double>{1, 2, 3} << false;
        QTest::newRow("two values") << std::vector<double>{1, 2} << false;
        QTest::newRow("from zero") << std::vector<double>{0, 1, 2} << false;
        QTest::newRow("one off") << std::vector<double>{1, 2, 4, 9} << false;
    }
    void isGeometric() {
        QFETCH(std::vector<double>, values);
        QFETCH(bool, geometric);
        QCOMPARE(ui::isGeometric(values), geometric);
    }

    void captionNamesEachCap() {
        SweepChart chart;
        chart.setCells(SweepParam::Concurrency,
                       cellsOf({{1, Mode::Threads, 1, 1, 1, 1, IdealCap::Gil},
                                {1, Mode::Processes, 1, 1, 1, 1, IdealCap::Concurrency},
                                {2, Mode::Threads, 1, 1, 1, 1, IdealCap::Gil},
                                {2, Mode::Processes, 0.5, 0.5, 0.5, 0.5, IdealCap::Concurrency},
                                {4, Mode::Threads, 1, 1, 1, 1, IdealCap::Gil},
                                {4, Mode::Processes, 0.5, 0.5, 0.5, 0.5, IdealCap::Cores}}));
        QCOMPARE(chart.caption(),
                 QStringLiteral("Ideal (dashed): Thread pool: ideal capped by GIL: one at a time"
                                " \u00b7 Processes: ideal capped by 2 cores from 4"));
        const QString caps = chart.caption();
        chart.setEmulationNote(QStringLiteral("Emulated: the GIL."));
        QCOMPARE(chart.caption(), caps + QStringLiteral("\nEmulated: the GIL."));
        chart.setCells(SweepParam::Concurrency, concurrencySweep());
        QVERIFY(chart.caption().contains(QStringLiteral("no core or lock cap")));
    }

    void clickingAPointSaysWhichPointAndRun() {
        SweepChart chart;
        chart.resize(1000, 400);
        chart.setCells(SweepParam::Concurrency, concurrencySweep());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy clicked(&chart, &SweepChart::pointClicked);

        // Threads at 4 workers: the third point, its runs 0 and 1 (threads first).
        SweepPlot* makespan = chart.makespanPlot();
        QTest::mouseClick(makespan, Qt::LeftButton, {}, pixelOf(makespan, 4, 0.22));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 2);
        QCOMPARE(clicked.at(0).at(1).toInt(), 0);

        // Async's speed-up at 8: the last point, async's first run there is 2.
        SweepPlot* speedUp = chart.speedUpPlot();
        QTest::mouseClick(speedUp, Qt::LeftButton, {}, pixelOf(speedUp, 8, 0.61 / 0.38));
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(1).at(0).toInt(), 3);
        QCOMPARE(clicked.at(1).at(1).toInt(), 2);

        // Empty plot area, far from every line: nothing.
        QTest::mouseClick(makespan, Qt::LeftButton, {}, pixelOf(makespan, 8, 0.8));
        QCOMPARE(clicked.size(), 2);
    }

    void themeSwitchRestyles() {
        SweepChart chart;
        chart.setCells(SweepParam::Concurrency, concurrencySweep());
        setCurrentTheme(ThemeId::Dark);
        const Theme& dark = theme(ThemeId::Dark);
        for (SweepPlot* plot : {chart.makespanPlot(), chart.speedUpPlot()}) {
            QCOMPARE(plot->xAxis->tickLabelColor(), dark.text);
            QCOMPARE(plot->axisRect()->backgroundBrush().color(), dark.background);
            for (Mode mode : {Mode::Threads, Mode::Async}) {
                const QColor colour = dark.modes[static_cast<std::size_t>(mode)];
                QCOMPARE(plot->modeGraph(mode)->pen().color(), colour);
                QCOMPARE(plot->idealGraph(mode)->pen().color(), colour);
                QCOMPARE(plot->errorBars(mode)->pen().color(), colour);
            }
        }
        QVERIFY(dark.modes != theme(ThemeId::Light).modes);
    }
};

QTEST_MAIN(SweepChartTest)
#include "sweep_chart_test.moc"
