// The TimelineView widget offscreen: a screenshot checked pixel by pixel
// against the palette (an event loop's lane too), the shared time axis, clicks,
// hover, keys, wheel, rubber band, lane labels and live growth.
#include <qcustomplot.h>
#include <QBuffer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTest>
#include <QToolTip>

#include "support/sample_runs.hpp"
#include "support/synthetic_run.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/timeline/phase_legend.hpp"
#include "ui/timeline/timeline_markers.hpp"
#include "ui/timeline/timeline_plottable.hpp"
#include "ui/timeline/timeline_view.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 300;

QPoint pixelOf(const TimelineView& view, double seconds, double lane) {
    return QPointF(view.plot()->xAxis->coordToPixel(seconds),
                   view.plot()->yAxis->coordToPixel(lane))
        .toPoint();
}

// Lays the view out at the test size and paints it; returns the image.
QImage render(TimelineView& view, QSize size = QSize(kWidth, kHeight)) {
    view.resize(size);
    if (!view.isVisible()) {
        view.show();
        if (!QTest::qWaitForWindowExposed(&view)) return {};
    }
    view.plot()->replot();
    return view.plot()->toPixmap(view.plot()->width(), view.plot()->height()).toImage();
}

void sendWheel(QWidget* widget, QPoint pos, int delta, Qt::KeyboardModifiers modifiers) {
    QWheelEvent wheel(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

void sendMouse(QWidget* widget, QEvent::Type type, QPoint pos, Qt::MouseButton button,
               Qt::MouseButtons buttons) {
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

}  // namespace

class TimelineViewTest : public QObject {
    Q_OBJECT

private slots:
    void screenshotShowsBarsInPaletteColours() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setTitle(QStringLiteral("Thread pool"));
        view.setTimeRange(0, 8);
        const QImage image = render(view);
        if (const QByteArray path = qgetenv("OVERLAP_TIMELINE_SCREENSHOT"); !path.isEmpty()) {
            image.save(QString::fromLocal8Bit(path));
        }

        const auto colourAt = [&](double seconds, double lane) {
            return QColor(image.pixel(pixelOf(view, seconds, lane)));
        };
        QCOMPARE(colourAt(0.5, 0), barColour(BarKey::Queued));
        QCOMPARE(colourAt(1.5, 0), phaseColour(PhaseKind::Connect));
        QCOMPARE(colourAt(3.0, 0), phaseColour(PhaseKind::Wait));
        QCOMPARE(colourAt(4.5, 0), phaseColour(PhaseKind::Receive));
        QCOMPARE(colourAt(2.0, 1), phaseColour(PhaseKind::Wait));
        QCOMPARE(colourAt(5.0, 1), phaseColour(PhaseKind::Receive));
        QCOMPARE(colourAt(6.5, 2), phaseColour(PhaseKind::Wait));
        // Background where no bar is: after task 0, between lanes, below the lanes.
        QCOMPARE(colourAt(6.5, 0), QColor(Qt::white));
        QCOMPARE(colourAt(3.0, 0.5), QColor(Qt::white));
        QCOMPARE(colourAt(3.0, 4), QColor(Qt::white));

        // Task 2 failed: its top edge is drawn in the error colour, not the phase's.
        const QPoint edge = pixelOf(view, 6.5, 2 - 0.4);
        bool outlined = false;
        for (int dy = -1; dy <= 1; ++dy) {
            outlined |= QColor(image.pixel(edge + QPoint(0, dy))) == outcomeColour(Outcome::Error);
        }
        QVERIFY(outlined);
        // And task 0's, which did not, in its phase's colour.
        const QPoint okEdge = pixelOf(view, 3.0, -0.4) + QPoint(0, 1);
        QCOMPARE(QColor(image.pixel(okEdge)), phaseColour(PhaseKind::Wait));
    }

    void screenshotOfWorkerLanes() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setLaneMode(LaneMode::PerWorker);
        view.setTimeRange(0, 8);
        const QImage image = render(view);
        QCOMPARE(QColor(image.pixel(pixelOf(view, 0.25, 1))), barColour(BarKey::WorkerStarting));
        QCOMPARE(QColor(image.pixel(pixelOf(view, 3.0, 1))), barColour(BarKey::WorkerBusy));
        QCOMPARE(QColor(image.pixel(pixelOf(view, 0.5, 0))), QColor(Qt::white));
    }

    void screenshotOfAnEventLoopLane() {
        const RunRecord run = test::sample_async_run();
        TimelineView view;
        view.setRun(&run);
        view.setLaneMode(LaneMode::PerWorker);
        view.setTimeRange(0, 8);
        const QImage image = render(view);
        // The loop's one lane takes the whole height, not an eighth of it.
        QCOMPARE(view.plot()->yAxis->range().size(), 1.0);
        const auto colourAt = [&](double seconds, int subLane) {
            const LaneBand band = subLaneBand(0, subLane, 3, kBarFill);
            return QColor(image.pixel(pixelOf(view, seconds, (band.top + band.bottom) / 2)));
        };
        // Tasks in flight fill the sub-lanes they hold; the blocked span covers them all.
        QCOMPARE(colourAt(1.5, 0), barColour(BarKey::WorkerInFlight));
        QCOMPARE(colourAt(1.5, 2), barColour(BarKey::WorkerInFlight));
        QCOMPARE(colourAt(3.5, 2), QColor(Qt::white));  // task 2 is done, its sub-lane free
        for (int subLane = 0; subLane < 3; ++subLane)
            QCOMPARE(colourAt(2.75, subLane), barColour(BarKey::WorkerBlocked));
        QCOMPARE(colourAt(6.5, 0), QColor(Qt::white));  // idle after the last task
    }

    void hoverOnAnEventLoopSaysWhatTheLoopDoes() {
        const RunRecord run = test::sample_async_run();
        TimelineView view;
        view.setRun(&run);
        view.setLaneMode(LaneMode::PerWorker);
        view.setTimeRange(0, 8);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        render(view);
        const LaneBand top = subLaneBand(0, 0, 3, kBarFill);
        QTest::mouseMove(view.plot(), pixelOf(view, 1.5, (top.top + top.bottom) / 2));
        QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("polling 3 sockets")), qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral("In flight (polled)")));  // then the task under the mouse
        QVERIFY(text.contains(QStringLiteral("Task 0")));
        // Where no task is held the lane still says what the loop was doing.
        const LaneBand bottom = subLaneBand(0, 2, 3, kBarFill);
        QTest::mouseMove(view.plot(), pixelOf(view, 4.75, (bottom.top + bottom.bottom) / 2));
        text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("polling 2 sockets")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Task ")));
    }

    void setTimeRangeDoesNotEmit() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        QSignalSpy spy(&view, &TimelineView::timeRangeChanged);
        view.setTimeRange(1, 3);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(view.plot()->xAxis->range().lower, 1.0);
        QCOMPARE(view.plot()->xAxis->range().upper, 3.0);
        view.fitAll();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toDouble(), 0.0);
        QVERIFY(spy.first().at(1).toDouble() >= 7.0);
        // Handing a view its own range back (a compare view echoing) does nothing.
        const QCPRange range = view.plot()->xAxis->range();
        view.setTimeRange(range.lower, range.upper);
        QCOMPARE(spy.count(), 1);
    }

    void wheelZoomsTimeAndEmits() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        render(view);
        QSignalSpy spy(&view, &TimelineView::timeRangeChanged);
        const QCPRange lanes = view.plot()->yAxis->range();
        const double before = view.plot()->xAxis->range().size();
        sendWheel(view.plot(), pixelOf(view, 3, 1), 120, Qt::NoModifier);
        QVERIFY(view.plot()->xAxis->range().size() < before);
        QCOMPARE(view.plot()->yAxis->range(), lanes);  // lanes untouched
        QCOMPARE(spy.count(), 1);

        QTest::keyClick(view.plot(), Qt::Key_F);
        QVERIFY(qAbs(view.plot()->xAxis->range().size() - before) < 1e-9);
        QCOMPARE(spy.count(), 2);
    }

    void clickSelectsTheTask() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setTimeRange(0, 8);
        render(view);
        QSignalSpy spy(&view, &TimelineView::taskSelected);
        QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, pixelOf(view, 3.0, 1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toInt(), 1);
        QCOMPARE(view.selectedTask(), 1);
        QTest::mouseClick(view.plot(), Qt::LeftButton, Qt::NoModifier, pixelOf(view, 7.5, 0));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toInt(), -1);
        view.setSelectedTask(2);  // from outside: no signal
        QCOMPARE(spy.count(), 2);
        QCOMPARE(view.selectedTask(), 2);
    }

    void hoverAndSelectionLeaveTheBarsAlone() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setTimeRange(0, 8);
        render(view);
        const auto paints = view.plottable()->paints();
        const auto builds = view.plottable()->geometryBuilds();

        view.setSelectedTask(0);
        QTest::mouseMove(view.plot(), pixelOf(view, 5.5, 1));  // hover task 1's receive
        QCOMPARE(view.plottable()->paints(), paints);
        // What the widget shows now: its layer buffers, composed.
        const QImage image = view.plot()->grab().toImage();
        // The selection outline sits just outside task 0's lane band.
        const QPoint above = pixelOf(view, 3.0, -0.45);
        bool outlined = false;
        for (int dy = -1; dy <= 1; ++dy) {
            outlined |= QColor(image.pixel(above + QPoint(0, dy))) == selectionColour();
        }
        QVERIFY(outlined);
        // The hovered bar is tinted, its neighbour lane is not.
        QVERIFY(QColor(image.pixel(pixelOf(view, 5.5, 1))) != phaseColour(PhaseKind::Receive));
        QCOMPARE(QColor(image.pixel(pixelOf(view, 6.5, 2))), phaseColour(PhaseKind::Wait));

        view.plot()->replot();  // a real replot repaints the bars, from the cached draw list
        QCOMPARE(view.plottable()->paints(), paints + 1);
        QCOMPARE(view.plottable()->geometryBuilds(), builds);
    }

    void hoverShowsTheTaskInATooltip() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setTimeRange(0, 8);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        render(view);
        QTest::mouseMove(view.plot(), pixelOf(view, 6.5, 2));
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("Task 2")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Connection reset by peer")));
        QVERIFY(text.contains(QStringLiteral("127.0.0.1:1/delay/2")));
        QVERIFY(text.contains(QStringLiteral("thread 0")));
        QVERIFY(text.contains(QStringLiteral("Queued")));
        QVERIFY(text.contains(QStringLiteral("5.00 s")));  // queued 0-5
        QVERIFY(text.contains(QStringLiteral("Connect")));
        QVERIFY(text.contains(QStringLiteral("500 ms")));  // connect 5-5.5
        QTest::mouseMove(view.plot(), pixelOf(view, 7.5, 0));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void rubberBandZoomsTimeAndLanes() {
        const RunRecord run = test::syntheticRun(50, test::Spread::Threads, 4);
        TimelineView view;
        view.setRun(&run);
        render(view);
        QSignalSpy spy(&view, &TimelineView::timeRangeChanged);
        const QPoint from = pixelOf(view, 1.0, 10);
        const QPoint to = pixelOf(view, 2.0, 19);
        sendMouse(view.plot(), QEvent::MouseButtonPress, from, Qt::RightButton, Qt::RightButton);
        sendMouse(view.plot(), QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::RightButton);
        sendMouse(view.plot(), QEvent::MouseMove, to, Qt::NoButton, Qt::RightButton);
        sendMouse(view.plot(), QEvent::MouseButtonRelease, to, Qt::RightButton, Qt::NoButton);
        const QCPRange time = view.plot()->xAxis->range();
        QVERIFY2(qAbs(time.lower - 1.0) < 0.05 && qAbs(time.upper - 2.0) < 0.05,
                 qPrintable(QStringLiteral("%1 %2").arg(time.lower).arg(time.upper)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.plot()->yAxis->range().lower, 9.5);
        QCOMPARE(view.plot()->yAxis->range().upper, 19.5);
        // Not all lanes show now, so the scrollbar does.
        const auto* scroll = view.findChild<QScrollBar*>();
        QVERIFY(scroll && !scroll->isHidden());
    }

    void shiftWheelScrollsLanes() {
        const RunRecord run = test::syntheticRun(10000, test::Spread::Async, 100);
        TimelineView view;
        view.setRun(&run);
        render(view);
        QCOMPARE(view.plot()->yAxis->range().size(), 10000.0);  // the whole run, as an overview
        sendWheel(view.plot(), pixelOf(view, 1, 100), 120 * 5, Qt::ControlModifier);  // zoom lanes
        const QCPRange zoomed = view.plot()->yAxis->range();
        QVERIFY(zoomed.size() < 10000);
        sendWheel(view.plot(), pixelOf(view, 1, 100), -120, Qt::ShiftModifier);  // scroll down
        const QCPRange scrolled = view.plot()->yAxis->range();
        QVERIFY(scrolled.lower > zoomed.lower);
        QVERIFY(qAbs(scrolled.size() - zoomed.size()) < 1e-6);
        // Scrolling stops at the last lane.
        for (int i = 0; i < 100; ++i)
            sendWheel(view.plot(), pixelOf(view, 1, 100), -1200, Qt::ShiftModifier);
        QCOMPARE(view.plot()->yAxis->range().upper, 9999.5);
    }

    void laneLabelsThinOut() {
        const RunRecord few = test::syntheticRun(10, test::Spread::Threads, 2);
        TimelineView view;
        view.setRun(&few);
        render(view);
        view.plot()->replot();
        const QVector<QString> labels = view.plot()->yAxis->tickVectorLabels();
        QCOMPARE(labels.size(), 10);
        QCOMPARE(labels.front(), QStringLiteral("Task 0"));
        QCOMPARE(labels.back(), QStringLiteral("Task 9"));

        const RunRecord many = test::syntheticRun(10000, test::Spread::Async, 100);
        view.setRun(&many);
        view.plot()->replot();
        const QVector<QString> thinned = view.plot()->yAxis->tickVectorLabels();
        const int fit = view.plot()->axisRect()->height() /
                        QFontMetrics(view.plot()->yAxis->tickLabelFont()).height();
        QVERIFY2(thinned.size() >= 2 && thinned.size() <= fit,
                 qPrintable(QStringLiteral("%1 labels, room for %2").arg(thinned.size()).arg(fit)));
        QCOMPARE(thinned.front(), QStringLiteral("Task 0"));
    }

    void lanesAsTallAsALabelAreEachLabelled() {
        const RunRecord run = test::syntheticRun(10, test::Spread::Threads, 2);
        TimelineView view;
        view.setRun(&run);
        render(view);
        const int margins = kHeight - view.plot()->axisRect()->height();
        const double label = QFontMetricsF(view.plot()->yAxis->tickLabelFont()).height();
        // Each lane a tenth taller than a label: room for every label, so
        // none is left out.
        const QSize size(kWidth, margins + qCeil(10 * 1.1 * label));
        render(view, size);
        render(view, size);
        QCOMPARE(view.plot()->yAxis->tickVectorLabels().size(), 10);
    }

    void liveRefreshGrowsAndFollows() {
        RunRecord run = test::sample_run();
        run.tasks[2].end_s.reset();
        run.tasks[2].outcome = Outcome::Pending;
        run.tasks[2].phases.resize(1);  // queued 0-5 only
        TimelineView view;
        view.setRun(&run);
        QSignalSpy spy(&view, &TimelineView::timeRangeChanged);
        view.refresh(9.0);
        QCOMPARE(view.model().endTime(), 9.0);
        QVERIFY(view.plot()->xAxis->range().upper >= 9.0);
        QCOMPARE(spy.count(), 1);
        // Once the user picks a range, refreshes leave it alone.
        view.setTimeRange(0, 4);
        view.refresh(10.0);
        QCOMPARE(view.plot()->xAxis->range().upper, 4.0);
        QCOMPARE(view.model().endTime(), 10.0);
    }

    void idealMarkerIsDrawn() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setTimeRange(0, 8);
        view.setIdealMarker(7.5);
        const QImage image = render(view);
        const int x = pixelOf(view, 7.5, 0).x();
        int marked = 0;
        for (int y = pixelOf(view, 0, 0).y(); y < pixelOf(view, 0, 2).y(); ++y) {
            for (int dx = -1; dx <= 1; ++dx)
                marked += QColor(image.pixel(x + dx, y)) == idealMarkerColour();
        }
        QVERIFY(marked > 0);
        view.setIdealMarker(std::nullopt);
        const QImage cleared = render(view);
        for (int y = pixelOf(view, 0, 0).y(); y < pixelOf(view, 0, 2).y(); ++y) {
            QVERIFY(QColor(cleared.pixel(x, y)) != idealMarkerColour());
        }
    }

    void idealLabelReadsOverBarsAndStaysInside() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setTimeRange(0, 8);
        const auto* label = [&]() -> const QCPItemText* {
            for (int i = 0; i < view.plot()->itemCount(); ++i) {
                if (auto* text = qobject_cast<QCPItemText*>(view.plot()->item(i))) return text;
            }
            return nullptr;
        }();
        QVERIFY(label);
        const auto box = [&] {
            return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition())
                .toAlignedRect();
        };

        // Over task 0's wait (2-4 s): its own background, no bar colour through it.
        view.setIdealMarker(2.0);
        QImage image = render(view);
        const QRect over = box().adjusted(1, 1, -1, -1);
        QVERIFY(over.left() >= pixelOf(view, 2.0, 0).x());
        int barPixels = 0;
        for (int y = over.top(); y <= over.bottom(); ++y) {
            for (int x = over.left(); x <= over.right(); ++x)
                barPixels += QColor(image.pixel(x, y)) == phaseColour(PhaseKind::Wait);
        }
        QCOMPARE(barPixels, 0);

        // At the right edge it turns to the line's left rather than be clipped.
        view.setIdealMarker(7.95);
        image = render(view);
        const QRect plotArea = view.plot()->axisRect()->rect();
        QVERIFY2(plotArea.contains(box()), qPrintable(QStringLiteral("label at %1..%2, plot to %3")
                                                          .arg(box().left())
                                                          .arg(box().right())
                                                          .arg(plotArea.right())));
        QVERIFY(box().right() <= pixelOf(view, 7.95, 0).x());
    }

    // Presenting makes text large: a caption too wide for either side of its
    // line is broken into lines on the wider side instead of being cut off.
    void aLongMarkerCaptionWrapsInsideThePlot() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setTimeRange(0, 8);
        const std::string caption =
            "the second wave starts as soon as the first one finishes, one worker at a time";
        view.setMarkers({Marker{4.0, kAllRuns, kNoTask, caption}}, 0);
        render(view);
        const MarkerCaption* drawn = view.markers().caption(0);
        QCOMPARE(drawn->caption(), QString::fromStdString(caption));
        QVERIFY2(drawn->text().contains(QLatin1Char('\n')), qPrintable(drawn->text()));
        const QRect box =
            QRectF(drawn->topLeft->pixelPosition(), drawn->bottomRight->pixelPosition())
                .toAlignedRect();
        const QRect plotArea = view.plot()->axisRect()->rect().adjusted(-1, -1, 1, 1);
        QVERIFY2(plotArea.contains(box), qPrintable(QStringLiteral("caption %1..%2, plot %3..%4")
                                                        .arg(box.left())
                                                        .arg(box.right())
                                                        .arg(plotArea.left())
                                                        .arg(plotArea.right())));
    }

    void exportsToSvgWithTheSameDrawing() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        render(view);
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(kWidth, kHeight));
        QCPPainter painter(&generator);
        view.plot()->toPainter(&painter, kWidth, kHeight);
        painter.end();
        const QByteArray text = svg.data();
        for (const PhaseKind kind :
             {PhaseKind::Queued, PhaseKind::Connect, PhaseKind::Wait, PhaseKind::Receive}) {
            QVERIFY2(text.contains(phaseColour(kind).name().toLatin1()),
                     qPrintable(phaseLabel(kind)));
        }
        QVERIFY(text.contains(outcomeColour(Outcome::Error).name().toLatin1()));
    }

    void legendListsThePaletteForEachLaneMode() {
        PhaseLegend legend;
        legend.setLaneMode(LaneMode::PerTask);
        const QSize wide = legend.sizeHint();
        QVERIFY(wide.width() > wide.height());
        // Narrower than its one-row width, it wraps onto more rows.
        QVERIFY(legend.heightForWidth(wide.width() / 3) > legend.heightForWidth(wide.width()));
        const auto shows = [&](const QColor& colour) {
            legend.resize(legend.sizeHint());
            QImage image(legend.size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            legend.render(&image);
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (QColor(image.pixel(x, y)) == colour) return true;
                }
            }
            return false;
        };
        QVERIFY(shows(phaseColour(PhaseKind::Connect)));
        QVERIFY(shows(phaseColour(PhaseKind::Receive)));
        QVERIFY(shows(phaseColour(PhaseKind::Compute)));
        QVERIFY(shows(outcomeColour(Outcome::Timeout)));

        legend.setLaneMode(LaneMode::PerWorker);
        QVERIFY(legend.sizeHint().width() < wide.width());  // worker states, not phases
        // A state wears the colour of the phase it means: computing is
        // Compute's, waiting on I/O is Wait's; no other phase shows.
        QCOMPARE(barColour(BarKey::WorkerBusy), phaseColour(PhaseKind::Compute));
        QCOMPARE(barColour(BarKey::WorkerIoWait), phaseColour(PhaseKind::Wait));
        QVERIFY(shows(barColour(BarKey::WorkerBusy)));
        QVERIFY(shows(barColour(BarKey::WorkerIoWait)));
        QVERIFY(shows(barColour(BarKey::WorkerRunning)));
        QVERIFY(!shows(phaseColour(PhaseKind::Receive)));
    }

    void clearingTheRunEmptiesTheView() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setRun(nullptr);
        QCOMPARE(view.model().count(), 0);
        render(view);
    }
};

QTEST_MAIN(TimelineViewTest)
#include "timeline_view_test.moc"
