// What a replay draws, read from the rendered pixels: half-way through the
// race every row shows bars only left of its "now" line, in task lanes and
// in worker lanes, and each caption says what its run has done by then; the
// frames for the video export do the same.
#include <QTest>

#include <qcustomplot.h>

#include <set>

#include "support/sample_runs.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/replay/replay_frames.hpp"
#include "ui/replay/replay_player.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/timeline_markers.hpp"
#include "ui/timeline/timeline_view.hpp"

using namespace overlap;
using namespace overlap::ui;

Q_DECLARE_METATYPE(overlap::ui::LaneMode)

namespace {

// Some pixels either side of the line are its own width and antialiasing.
constexpr int kLineMarginPx = 4;

std::set<QRgb> barColours() {
    std::set<QRgb> colours;
    for (int k = 0; k < kBarKeyCount; ++k) colours.insert(barColour(static_cast<BarKey>(k)).rgb());
    return colours;
}

struct BarPixels {
    int left = 0;   // bar-coloured pixels left of the now line
    int right = 0;  // and right of it
};

// Bar-coloured pixels of `view`'s plot area on either side of time t.
BarPixels barPixelsAround(TimelineView& view, double t) {
    QCustomPlot* plot = view.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = plot->toPixmap(plot->width(), plot->height(), 1).toImage();
    const QRect area = plot->axisRect()->rect();
    const int now = qRound(plot->xAxis->coordToPixel(t));
    const std::set<QRgb> colours = barColours();
    BarPixels pixels;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (!colours.count(image.pixel(x, y))) continue;
            if (x < now - kLineMarginPx) ++pixels.left;
            if (x > now + kLineMarginPx) ++pixels.right;
        }
    }
    return pixels;
}

}  // namespace

class ReplayViewTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_runs = test::sample_run_set();
        m_view = std::make_unique<CompareView>();
        m_view->resize(1000, 800);
        m_view->setModes({m_runs.runs[0].config, m_runs.runs[1].config});
        for (int i = 0; i < 2; ++i)
            m_view->showFinished(i, &m_runs.runs[static_cast<std::size_t>(i)]);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_player = std::make_unique<ReplayPlayer>(*m_view);
    }

    void cleanup() {
        m_player.reset();
        m_view.reset();
    }

    void barsStopAtTheNowLine_data() {
        QTest::addColumn<LaneMode>("lanes");
        QTest::newRow("task lanes") << LaneMode::PerTask;
        QTest::newRow("worker lanes") << LaneMode::PerWorker;
    }

    void barsStopAtTheNowLine() {
        QFETCH(LaneMode, lanes);
        m_view->setLaneMode(lanes);
        QVERIFY(m_player->start());
        m_player->togglePlaying();                              // paused: the test moves the clock
        const double half = m_player->clock()->duration() / 2;  // 3.75 s
        m_player->seek(half);
        for (int i = 0; i < m_view->rowCount(); ++i) {
            const BarPixels pixels = barPixelsAround(*m_view->timeline(i), half);
            QVERIFY2(pixels.left > 0, qPrintable(QStringLiteral("row %1 drew nothing").arg(i)));
            QCOMPARE(pixels.right, 0);
        }
        // Closed, the whole run is there again, also right of where the line was.
        m_player->stop();
        for (int i = 0; i < m_view->rowCount(); ++i)
            QVERIFY(barPixelsAround(*m_view->timeline(i), half).right > 0);
    }

    void captionsSayWhatEachRunHasDone() {
        QVERIFY(m_player->start());
        m_player->togglePlaying();
        m_player->seek(5.5);
        // Sequential: task 0 done at 2.5, task 1 at 5, task 2 running.
        QVERIFY2(m_view->caption(0).contains(QStringLiteral("2 of 3 done \u00b7 1 in flight")),
                 qPrintable(m_view->caption(0)));
        m_player->toEnd();
        QVERIFY2(m_view->caption(0).contains(QStringLiteral("finished 2nd")),
                 qPrintable(m_view->caption(0)));
        QVERIFY2(m_view->caption(1).contains(QStringLiteral("finished 1st")),
                 qPrintable(m_view->caption(1)));
        const QString finished = m_view->caption(1);
        m_player->stop();
        QVERIFY(m_view->caption(1) != finished);
        QVERIFY(m_view->caption(1).contains(QStringLiteral("makespan")));
    }

    // A lecturer's caption appears when the now line reaches it, not before.
    void markersAppearAsTheClockPassesThem() {
        m_view->setMarkers({Marker{5.0, kAllRuns, kNoTask, "the second task ends"}});
        const TimelineMarkers& markers = m_view->timeline(0)->markers();
        QCOMPARE(markers.count(), 1);
        QVERIFY(m_player->start());
        m_player->togglePlaying();
        m_player->seek(4.0);
        QVERIFY(!markers.caption(0)->visible());
        m_player->seek(5.5);
        QVERIFY(markers.caption(0)->visible());
        m_player->seek(1.0);
        QVERIFY(!markers.caption(0)->visible());
        // Out of the replay every marker shows.
        m_player->stop();
        QVERIFY(markers.caption(0)->visible());
    }

    // The video's frames carry the markers too, from the moment they are passed.
    void framesShowMarkersOnceTheClockPassesThem() {
        RunSet marked = m_runs;
        marked.markers = {Marker{5.0, kAllRuns, kNoTask, "the second task ends"}};
        ReplayFrames frames(marked);
        const auto markerPixels = [](const QImage& image) {
            const QRgb marker = currentTheme().marker.rgb();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) count += image.pixel(x, y) == marker;
            }
            return count;
        };
        QCOMPARE(markerPixels(frames.render(4.0, QSize(1280, 720))), 0);
        QVERIFY(markerPixels(frames.render(6.0, QSize(1280, 720))) > 100);
    }

    void framesCutBarsAtTheClock() {
        ReplayFrames frames(m_runs);
        QCOMPARE(frames.duration(), 7.5);
        const QImage start = frames.render(0, QSize(1280, 720));
        const QImage middle = frames.render(3.75, QSize(1280, 720));
        const QImage end = frames.render(7.5, QSize(1280, 720));
        QCOMPARE(middle.size(), QSize(1280, 720));
        const auto barCount = [](const QImage& image) {
            const std::set<QRgb> colours = barColours();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) count += colours.count(image.pixel(x, y));
            }
            return count;
        };
        // More of each run is drawn as the clock moves on.
        QVERIFY(barCount(start) < barCount(middle));
        QVERIFY(barCount(middle) < barCount(end));
    }

private:
    RunSet m_runs;
    std::unique_ptr<CompareView> m_view;
    std::unique_ptr<ReplayPlayer> m_player;
};

QTEST_MAIN(ReplayViewTest)
#include "replay_view_test.moc"
