// Table-driven tests of the timeline's pure maths: time and lanes to pixels
// and back, sub-lanes, the axis unit and its tick labels, label thinning.
#include <QTest>

#include "ui/timeline/time_mapping.hpp"

using namespace overlap::ui;

class TimeMappingTest : public QObject {
    Q_OBJECT

private slots:
    void timeToPixel_data() {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("pixel");
        QTest::newRow("start") << 0.0 << 10.0 << 50.0 << 1000.0 << 0.0 << 50.0;
        QTest::newRow("end") << 0.0 << 10.0 << 50.0 << 1000.0 << 10.0 << 1050.0;
        QTest::newRow("middle") << 0.0 << 10.0 << 50.0 << 1000.0 << 5.0 << 550.0;
        QTest::newRow("left of range") << 2.0 << 4.0 << 0.0 << 200.0 << 1.0 << -100.0;
        QTest::newRow("milliseconds") << 1.0 << 1.002 << 10.0 << 200.0 << 1.0015 << 160.0;
        QTest::newRow("negative lower") << -1.0 << 1.0 << 0.0 << 100.0 << 0.0 << 50.0;
    }
    void timeToPixel() {
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(double, left);
        QFETCH(double, width);
        QFETCH(double, seconds);
        QFETCH(double, pixel);
        const TimeWindow window{lower, upper, left, width};
        QVERIFY(qAbs(overlap::ui::timeToPixel(window, seconds) - pixel) < 1e-6);
        QVERIFY(qAbs(pixelToTime(window, pixel) - seconds) < 1e-9);
        QVERIFY(qAbs(secondsPerPixel(window) - (upper - lower) / width) < 1e-15);
    }

    void chooseUnit_data() {
        QTest::addColumn<double>("span");
        QTest::addColumn<AxisUnit>("unit");
        QTest::newRow("1 ms") << 0.001 << AxisUnit::Milliseconds;
        QTest::newRow("500 ms") << 0.5 << AxisUnit::Milliseconds;
        QTest::newRow("just under 2 s") << 1.999 << AxisUnit::Milliseconds;
        QTest::newRow("2 s") << 2.0 << AxisUnit::Seconds;
        QTest::newRow("10 min") << 600.0 << AxisUnit::Seconds;
    }
    void chooseUnit() {
        QFETCH(double, span);
        QFETCH(AxisUnit, unit);
        QCOMPARE(overlap::ui::chooseUnit(span), unit);
    }

    void formatTick_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("step");
        QTest::addColumn<AxisUnit>("unit");
        QTest::addColumn<QString>("label");
        QTest::newRow("whole ms") << 0.25 << 0.05 << AxisUnit::Milliseconds
                                  << QStringLiteral("250");
        QTest::newRow("fraction of ms")
            << 0.0004 << 0.0002 << AxisUnit::Milliseconds << QStringLiteral("0.4");
        QTest::newRow("2.5 ms step")
            << 0.0075 << 0.0025 << AxisUnit::Milliseconds << QStringLiteral("7.5");
        QTest::newRow("half seconds") << 1.5 << 0.5 << AxisUnit::Seconds << QStringLiteral("1.5");
        QTest::newRow("whole seconds") << 10.0 << 5.0 << AxisUnit::Seconds << QStringLiteral("10");
        QTest::newRow("quarter seconds")
            << 0.75 << 0.25 << AxisUnit::Seconds << QStringLiteral("0.75");
        QTest::newRow("no negative zero")
            << -1e-17 << 0.5 << AxisUnit::Seconds << QStringLiteral("0.0");
        QTest::newRow("minutes") << 120.0 << 20.0 << AxisUnit::Seconds << QStringLiteral("120");
    }
    void formatTick() {
        QFETCH(double, seconds);
        QFETCH(double, step);
        QFETCH(AxisUnit, unit);
        QFETCH(QString, label);
        QCOMPARE(overlap::ui::formatTick(seconds, step, unit), label);
    }

    void laneAtPixel_data() {
        // Ten lanes over 100 px: 10 px each, lane 0 on top.
        QTest::addColumn<double>("y");
        QTest::addColumn<int>("lane");
        QTest::newRow("top edge") << 0.0 << 0;
        QTest::newRow("inside lane 0") << 9.9 << 0;
        QTest::newRow("lane 1 starts") << 10.0 << 1;
        QTest::newRow("lane 5 centre") << 55.0 << 5;
        QTest::newRow("last lane") << 99.9 << 9;
        QTest::newRow("below all lanes") << 100.0 << -1;
        QTest::newRow("above all lanes") << -0.1 << -1;
    }
    void laneAtPixel() {
        QFETCH(double, y);
        QFETCH(int, lane);
        const LaneWindow window{-0.5, 9.5, 0, 100};
        QCOMPARE(overlap::ui::laneAt(window, y, 10), lane);
        QCOMPARE(pixelsPerLane(window), 10.0);
        if (lane >= 0) QCOMPARE(laneToPixel(window, lane), lane * 10.0 + 5);
    }

    void visibleLanes_data() {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("all") << -0.5 << 9.5 << 10 << 0 << 9;
        QTest::newRow("more room than lanes") << -0.5 << 19.5 << 10 << 0 << 9;
        QTest::newRow("half lanes at edges") << 2.0 << 5.0 << 10 << 2 << 5;
        QTest::newRow("edges only touch") << 2.5 << 5.5 << 10 << 3 << 5;
        QTest::newRow("past the end") << 20.0 << 30.0 << 10 << 10 << 9;
        QTest::newRow("no lanes") << -0.5 << 7.5 << 0 << 0 << -1;
    }
    void visibleLanes() {
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(int, count);
        QFETCH(int, first);
        QFETCH(int, last);
        const LaneWindow window{lower, upper, 0, 300};
        QCOMPARE(firstVisibleLane(window, count), first);
        QCOMPARE(lastVisibleLane(window, count), last);
    }

    void subLanes_data() {
        // Lane 2's band at fill 0.8 is [1.6, 2.4]; four sub-lanes of 0.2 each.
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("subLane");
        QTest::newRow("band top") << 1.6 << 0;
        QTest::newRow("inside the first") << 1.75 << 0;
        QTest::newRow("inside the second") << 1.85 << 1;
        QTest::newRow("last") << 2.35 << 3;
        QTest::newRow("above the band clamps") << 1.5 << 0;
        QTest::newRow("below the band clamps") << 2.45 << 3;
    }
    void subLanes() {
        QFETCH(double, value);
        QFETCH(int, subLane);
        QCOMPARE(subLaneAt(value, 2, 4, 0.8), subLane);
        const LaneBand band = subLaneBand(2, subLane, 4, 0.8);
        QVERIFY(qAbs(band.top - (1.6 + 0.2 * subLane)) < 1e-12);
        QVERIFY(qAbs(band.bottom - band.top - 0.2) < 1e-12);
        QCOMPARE(subLaneAt(value, 2, 1, 0.8), 0);  // one sub-lane: the whole band
    }

    void labelLeftOfMarker_data() {
        QTest::addColumn<double>("x");
        QTest::addColumn<bool>("left");
        // A 40 px label in a plot from 100 to 500 px.
        QTest::newRow("mid plot: right of the line") << 300.0 << false;
        QTest::newRow("just fits on the right") << 460.0 << false;
        QTest::newRow("near the right edge: flips") << 470.0 << true;
        QTest::newRow("on the right edge") << 500.0 << true;
        QTest::newRow("near the left edge") << 110.0 << false;
    }
    void labelLeftOfMarker() {
        QFETCH(double, x);
        QFETCH(bool, left);
        QCOMPARE(overlap::ui::labelLeftOfMarker(x, 40, 100, 500), left);
        // A plot narrower than two labels: the side with more room.
        QCOMPARE(overlap::ui::labelLeftOfMarker(x, 300, 100, 500), x > 300);
    }

    void laneLabelStep_data() {
        QTest::addColumn<double>("laneHeight");
        QTest::addColumn<double>("labelHeight");
        QTest::addColumn<int>("step");
        QTest::newRow("lanes taller than labels") << 30.0 << 17.0 << 1;
        QTest::newRow("exactly a label tall") << 17.0 << 17.0 << 1;
        // 10 lanes in a 120 px compare row: every other lane, not every fifth.
        QTest::newRow("a bit shorter") << 12.0 << 17.0 << 2;
        QTest::newRow("half a label") << 8.5 << 17.0 << 2;
        QTest::newRow("under half") << 8.0 << 17.0 << 5;
        QTest::newRow("a fifth") << 3.4 << 17.0 << 5;
        QTest::newRow("under a fifth") << 3.3 << 17.0 << 10;
        QTest::newRow("ten thousand lanes in 500 px") << 0.05 << 17.0 << 500;
        QTest::newRow("not laid out") << 0.0 << 17.0 << 1'000'000'000;
    }
    void laneLabelStep() {
        QFETCH(double, laneHeight);
        QFETCH(double, labelHeight);
        QFETCH(int, step);
        QCOMPARE(overlap::ui::laneLabelStep(laneHeight, labelHeight), step);
    }
};

QTEST_APPLESS_MAIN(TimeMappingTest)
#include "time_mapping_test.moc"
