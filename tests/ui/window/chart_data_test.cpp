// What the charts plot: latency bins shared across runs, and makespan bars.
#include <QTest>

#include "ui/charts/chart_data.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

TaskRecord task(std::optional<double> start, std::optional<double> end,
                Outcome outcome = Outcome::Ok) {
    TaskRecord record;
    record.start_s = start;
    record.end_s = end;
    record.outcome = outcome;
    return record;
}

}  // namespace

class ChartDataTest : public QObject {
    Q_OBJECT

private slots:
    void latencyIsStartToFinish_data() {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("latency");
        QTest::newRow("first") << 0.0 << 1.0 << 1.0;
        QTest::newRow("queued before start") << 9.0 << 10.0 << 1.0;
        QTest::newRow("instant") << 2.0 << 2.0 << 0.0;
    }
    void latencyIsStartToFinish() {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, latency);
        QCOMPARE(task_latency_s(task(start, end)), std::optional<double>(latency));
    }

    void unfinishedTasksHaveNoLatency() {
        QCOMPARE(task_latency_s(task(std::nullopt, std::nullopt)), std::optional<double>());
        QCOMPARE(task_latency_s(task(1.0, std::nullopt)), std::optional<double>());
    }

    void histogramSharesBinsAcrossRuns() {
        RunRecord slow;
        slow.tasks = {task(0, 1.0), task(1.0, 6.0)};  // 1 s and 5 s
        RunRecord fast;
        fast.tasks = {task(0, 1.0), task(0, 2.0), task(0.5, 2.5), task(0, std::nullopt)};
        const Histogram histogram = latency_histogram({&slow, &fast}, 4);
        QCOMPARE(histogram.bins(), 4);
        QCOMPARE(histogram.lower_s, 1.0);  // from the shortest latency, not from zero
        QCOMPARE(histogram.bin_width_s, 1.0);
        QCOMPARE(histogram.counts[0],
                 (std::vector<int>{1, 0, 0, 1}));  // the maximum lands in the last bin
        QCOMPARE(histogram.counts[1], (std::vector<int>{1, 2, 0, 0}));
        QCOMPARE(histogram.bin_centre(0), 1.5);
    }

    void identicalLatenciesSitInTheMiddleBin() {
        RunRecord run;
        run.tasks = {task(0, 1.0), task(1.0, 2.0), task(2.0, 3.0)};
        const Histogram histogram = latency_histogram({&run}, 5);
        QCOMPARE(histogram.counts[0], (std::vector<int>{0, 0, 3, 0, 0}));
        QVERIFY(histogram.lower_s < 1.0);
        QVERIFY(histogram.lower_s + 5 * histogram.bin_width_s > 1.0);
    }

    void histogramOfNothingIsStillDrawable() {
        RunRecord empty;
        const Histogram histogram = latency_histogram({&empty}, 5);
        QCOMPARE(histogram.bins(), 5);
        QVERIFY(histogram.bin_width_s > 0);
        QCOMPARE(histogram.counts[0], std::vector<int>(5, 0));
        QCOMPARE(latency_histogram({}, 5).bins(), 0);
    }

    void makespanBarsKeepModeOrderAndIdeal() {
        RunRecord sequential;
        sequential.config = {Mode::Sequential, 1};
        sequential.summary.makespan_s = 10.1;
        sequential.summary.ideal_s = 10.0;
        RunRecord async;
        async.config = {Mode::Async, 10};
        async.summary.makespan_s = 1.05;
        const auto bars = makespan_bars({&sequential, &async});
        QCOMPARE(bars.size(), std::size_t{2});
        QCOMPARE(bars[0].config.mode, Mode::Sequential);
        QCOMPARE(bars[0].makespan_s, 10.1);
        QCOMPARE(bars[0].ideal_s, std::optional<double>(10.0));
        QCOMPARE(bars[1].config.mode, Mode::Async);
        QCOMPARE(bars[1].ideal_s, std::optional<double>());
    }
};

QTEST_MAIN(ChartDataTest)
#include "chart_data_test.moc"
