#include "ui/timeline/timeline_view.hpp"

#include <qcustomplot.h>
#include <QApplication>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

#include "model/run_record.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/theme/plot_theme.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/ideal_marker_label.hpp"
#include "ui/timeline/lane_axis_ticker.hpp"
#include "ui/timeline/plot_font.hpp"
#include "ui/timeline/time_axis_ticker.hpp"
#include "ui/timeline/timeline_markers.hpp"
#include "ui/timeline/timeline_overlay.hpp"
#include "ui/timeline/timeline_plottable.hpp"
#include "ui/timeline/timeline_tooltip.hpp"

namespace overlap::ui {

namespace {

// Hover, selection and the ideal marker go on QCustomPlot's own buffered
// overlay layer, where its rubber band is drawn. A layer of their own above
// the bars would split the axes off too: two more full-size pixel buffers, each
// allocated with every new timeline and cleared on every replot.
const QString kHighlightLayer = QStringLiteral("overlay");
// How near a marker's line a right-click edits that marker.
constexpr double kMarkerHitPx = 4;

// A run with a handful of lanes still spreads over this many lane heights in
// the window, so three workers do not become three giant slabs.
constexpr double kMinVisibleLanes = 8;
// Never zoom into less than one lane or one microsecond.
constexpr double kMinLaneSpan = 1;
constexpr double kMinTimeSpan_s = 1e-6;
// Empty space after the last bar when fitting, as a share of the span.
constexpr double kFitMargin = 0.02;
// A wheel notch scrolls this share of the visible lanes, and zooms by this factor.
constexpr double kScrollShare = 0.1;
constexpr double kLaneZoomFactor = 0.85;
// Below this many lines of text a timeline shows its time axis and hardly a
// lane label: the axis takes about three, the rest is lanes.
constexpr double kMinimumHeightLines = 10;
// The time axis's tick labels and title take about this many lines of text.
constexpr double kTimeAxisLines = 3;
// A rubber band this tall (logical pixels) zooms lanes too, not only time.
constexpr int kLaneRubberBandPx = 8;

// How many lane heights the lanes spread over at least. A lane split into
// sub-lanes (an event loop's tasks in flight) is no slab: it gets the room.
double laneSpan(const TimelineModel& model, double minimum) {
    const int lanes = model.laneCount();
    for (int lane = 0; lane < lanes; ++lane) {
        if (model.subLaneCount(lane) > 1) return lanes;
    }
    return std::max<double>(lanes, minimum);
}

double wheelSteps(const QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    // Some platforms turn Shift+wheel into a horizontal wheel.
    return (delta.y() != 0 ? delta.y() : delta.x()) / 120.0;
}

}  // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent),
      m_plot(new QCustomPlot(this)),
      m_laneScroll(new QScrollBar(Qt::Vertical, this)),
      m_minLaneSpan(kMinVisibleLanes) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_laneScroll);
    m_laneScroll->hide();

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_plot);

    m_highlightLayer = m_plot->layer(kHighlightLayer);
    m_highlightLayer->setMode(QCPLayer::lmBuffered);

    m_plot->xAxis->setTicker(QSharedPointer<TimeAxisTicker>::create());
    auto laneTicker = QSharedPointer<LaneAxisTicker>::create(m_plot->yAxis);
    m_laneTicker = laneTicker.data();
    m_laneTicker->setLabeler([this](int lane) { return m_model.laneLabel(lane); });
    m_plot->yAxis->setTicker(laneTicker);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->yAxis->setSubTicks(false);

    m_plottable = new TimelinePlottable(m_plot->xAxis, m_plot->yAxis);
    m_plottable->setModel(&m_model);
    m_overlay = new TimelineOverlay(m_plot->xAxis, m_plot->yAxis, kHighlightLayer);

    m_idealLine = new QCPItemStraightLine(m_plot);
    m_idealLine->setLayer(kHighlightLayer);
    m_idealLabel = new IdealMarkerLabel(m_plot);
    m_idealLabel->setLayer(kHighlightLayer);
    m_idealLine->setVisible(false);
    m_idealLabel->setVisible(false);
    m_markers = std::make_unique<TimelineMarkers>(m_plot, kHighlightLayer);
    followTheme();
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        followTheme();
        replot();
    });

    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &TimelineView::onTimeRangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this] { clampLanes(); });
    connect(m_laneScroll, &QScrollBar::valueChanged, this, [this](int value) {
        const double span = m_plot->yAxis->range().size();
        m_plot->yAxis->setRange(value - 0.5, value - 0.5 + span);
        replot();
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        if (event->buttons() != Qt::NoButton) return;
        updateHover(event->pos(), event->globalPosition().toPoint());
    });
    connect(m_plot, &QCustomPlot::mousePress, this, &TimelineView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &TimelineView::onMouseRelease);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect& rect) { onRubberBand(rect); });
    connect(m_plot->selectionRect(), &QCPSelectionRect::canceled, this,
            [this] { m_plot->setSelectionRectMode(QCP::srmNone); });
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TimelineView::followPixelRatio);
    // Lane heights that depend on the label height follow the axis rect's
    // height, known only once QCustomPlot has laid the plot out.
    connect(m_plot, &QCustomPlot::afterLayout, this, &TimelineView::refitLanesToHeight);
    m_plot->installEventFilter(this);
    followWidgetFont(*m_plot);

    fitAll();
}

QSize TimelineView::minimumSizeHint() const {
    const double line = fontMetrics().height();
    if (m_labelEveryLane) {
        const int lanes = std::clamp(m_model.laneCount(), 1, kPresentedLanes);
        return {QWidget::minimumSizeHint().width(),
                qCeil(line * kTimeAxisLines + lanes * labelledLanePixels())};
    }
    return {QWidget::minimumSizeHint().width(), qCeil(line * kMinimumHeightLines)};
}

void TimelineView::setLabelEveryLane(bool on) {
    if (on == m_labelEveryLane) return;
    m_labelEveryLane = on;
    m_lanesFitted = true;
    fitLanes();
    updateGeometry();
    replot();
}

// One lane label's height: the lane ticker labels every lane from this height up.
double TimelineView::labelledLanePixels() const {
    return QFontMetricsF(m_plot->yAxis->tickLabelFont()).height();
}

// The most lanes the view shows at once.
double TimelineView::laneSpanLimit() const {
    const double span = laneSpan(m_model, m_minLaneSpan);
    if (!m_labelEveryLane) return span;
    const int height = m_plot->axisRect()->height();
    if (height <= 0) return span;
    return std::clamp(std::floor(height / labelledLanePixels()), kMinLaneSpan, span);
}

void TimelineView::refitLanesToHeight() {
    if (!m_labelEveryLane || !m_lanesFitted) return;
    const double span = laneSpanLimit();
    if (std::abs(m_plot->yAxis->range().size() - span) < 1e-9) return;
    fitLanes();
    // The ticks were made for the old range: lay out and draw once more.
    replot();
}

void TimelineView::setRun(const RunRecord* run) {
    m_run = run;
    m_now = -1;
    m_selectedTask = -1;
    rebuildModel();
    clearHover();
    updateSelection();
    fitAll();
}

void TimelineView::refresh(double now_s) {
    m_now = now_s;
    rebuildModel();
    if (m_followData) fitTime();
    if (m_lanesFitted) {
        fitLanes();
    } else {
        clampLanes();
    }
    updateSelection();
    replot();
}

void TimelineView::setLaneMode(LaneMode mode) {
    if (mode == m_mode) return;
    m_mode = mode;
    rebuildModel();
    clearHover();
    fitLanes();
    m_lanesFitted = true;
    updateSelection();
    replot();
}

void TimelineView::setTimeRange(double lower_s, double upper_s) {
    const QCPRange range(lower_s, upper_s);
    if (range == m_plot->xAxis->range()) return;
    m_followData = false;
    m_applyingShared = true;
    m_plot->xAxis->setRange(range);
    m_applyingShared = false;
    replot();
}

void TimelineView::setIdealMarker(std::optional<double> seconds) {
    m_ideal = seconds;
    m_idealLine->setVisible(seconds.has_value());
    m_idealLabel->setVisible(seconds.has_value());
    if (seconds) {
        m_idealLine->point1->setCoords(*seconds, 0);
        m_idealLine->point2->setCoords(*seconds, 1);
        m_idealLabel->position->setCoords(*seconds, 0);
    }
    replot();
}

void TimelineView::setReplayTime(std::optional<double> t_s) {
    const double until = t_s.value_or(std::numeric_limits<double>::infinity());
    m_plottable->setVisibleUntil(until);
    m_markers->showUntil(until);
    m_overlay->setNow(t_s);
    replot();
}

TimelineView::~TimelineView() = default;

void TimelineView::setMarkers(const std::vector<Marker>& markers, std::uint32_t run) {
    m_markers->set(markers, run);
    replot();
}

void TimelineView::setSelectedTask(int task) {
    m_selectedTask = task;
    updateSelection();
    m_highlightLayer->replot();
}

void TimelineView::setTitle(const QString& title) {
    QCPLayoutGrid* layout = m_plot->plotLayout();
    if (title.isEmpty()) {
        if (m_title) {
            layout->remove(m_title);
            layout->simplify();
            m_title = nullptr;
        }
    } else if (m_title) {
        m_title->setText(title);
    } else {
        QFont bold = font();
        bold.setBold(true);
        layout->insertRow(0);
        m_title = new QCPTextElement(m_plot, title, bold);
        m_title->setTextColor(currentTheme().text);
        layout->addElement(0, 0, m_title);
    }
    replot();
}

void TimelineView::setMinimumSideMargins(int left, int right) {
    // QCustomPlot drops a tick label that would cross the plot's top edge, and
    // lane 0 is centred half a lane below the axis rect's top: keep half a
    // label's height above it, so the first lane keeps its name at any height.
    const int labelRoom = QFontMetrics(m_plot->yAxis->tickLabelFont()).height() / 2 + 1;
    m_plot->axisRect()->setMinimumMargins(QMargins(left, labelRoom, right, 0));
}

void TimelineView::setMinimumLaneSpan(double lanes) {
    m_minLaneSpan = std::max(kMinLaneSpan, lanes);
    fitLanes();
    replot();
}

void TimelineView::fitAll() {
    m_followData = true;
    m_lanesFitted = true;
    fitTime();
    fitLanes();
    replot();
}

// The bars read the theme as they are drawn; the axes, the grid and the
// ideal marker keep the colours they are given.
void TimelineView::followTheme() {
    applyPlotTheme(*m_plot, currentTheme());
    m_idealLine->setPen(QPen(idealMarkerColour(), 1.5, Qt::DashLine));
    m_idealLabel->followTheme();
    m_markers->followTheme();
}

void TimelineView::rebuildModel() {
    if (m_run) {
        m_model.build(*m_run, m_mode, m_now);
    } else {
        m_model.clear();
    }
    m_laneTicker->setLaneCount(m_model.laneCount());
    if (m_labelEveryLane) updateGeometry();  // the room asked for follows the lane count
}

void TimelineView::fitTime() {
    double lower = std::min(0.0, m_model.startTime());
    double upper = std::max(m_model.endTime(), m_ideal.value_or(lower));
    if (upper <= lower) upper = lower + 1;
    upper += (upper - lower) * kFitMargin;
    m_fitting = true;
    m_plot->xAxis->setRange(lower, upper);
    m_fitting = false;
}

void TimelineView::fitLanes() {
    const double span = laneSpanLimit();
    m_plot->yAxis->setRange(-0.5, span - 0.5);
    updateScrollBar();
}

void TimelineView::clampLanes() {
    const QCPRange range = m_plot->yAxis->range();
    const double limit = laneSpan(m_model, m_minLaneSpan);
    const double span = std::clamp(range.size(), kMinLaneSpan, laneSpanLimit());
    const double lower = std::clamp(range.lower, -0.5, limit - 0.5 - span);
    if (lower != range.lower || span != range.size()) {
        // Re-enters through rangeChanged once, with a range that needs no clamping.
        m_plot->yAxis->setRange(lower, lower + span);
        return;
    }
    updateScrollBar();
}

void TimelineView::updateScrollBar() {
    const QCPRange range = m_plot->yAxis->range();
    const int lanes = m_model.laneCount();
    const QSignalBlocker blocker(m_laneScroll);
    if (range.size() >= lanes) {
        m_laneScroll->hide();
        return;
    }
    const int visible = std::max(1, static_cast<int>(range.size()));
    m_laneScroll->setRange(0, std::max(0, static_cast<int>(std::ceil(lanes - range.size()))));
    m_laneScroll->setPageStep(visible);
    m_laneScroll->setSingleStep(std::max(1, visible / 10));
    m_laneScroll->setValue(static_cast<int>(std::lround(range.lower + 0.5)));
    m_laneScroll->show();
}

void TimelineView::updateSelection() {
    std::vector<TimelineOverlay::Box> boxes;
    const std::vector<int> bars = m_model.barsOfTask(m_selectedTask);
    const double half = kBarFill / 2 + 0.05;
    if (m_mode == LaneMode::PerTask && !bars.empty()) {
        // One outline round the whole task reads better than one per phase.
        const TimelineBar& first = m_model.bar(bars.front());
        double end = first.end;
        for (const int i : bars) end = std::max(end, m_model.end(i));
        boxes.push_back({first.start, end, first.lane - half, first.lane + half});
    } else {
        for (const int i : bars) {
            const TimelineBar& b = m_model.bar(i);
            const LaneBand band = barBand(m_model, i);
            const double margin = half - kBarFill / 2;
            boxes.push_back({b.start, b.end, band.top - margin, band.bottom + margin});
        }
    }
    m_overlay->setSelection(std::move(boxes));
}

void TimelineView::followPixelRatio() {
    // Follow the screen the widget is on, so bars stay crisp at any pixel ratio.
    if (m_plot->bufferDevicePixelRatio() != m_plot->devicePixelRatioF()) {
        m_plot->setBufferDevicePixelRatio(m_plot->devicePixelRatioF());
    }
}

void TimelineView::updateHover(const QPoint& pos, const QPoint& globalPos) {
    const TimelinePlottable::Hit hit = m_plottable->hitAt(pos);
    // An event loop's lane says what the loop was doing then, over a task or not.
    const bool holdsTasks = m_model.subLaneCount(hit.lane) > 0;
    if (hit.empty() && !holdsTasks) {
        clearHover();
        return;
    }
    const double half = kBarFill / 2;
    std::optional<TimelineOverlay::Box> box;
    QString text;
    if (hit.block) {
        const FoldedBlock& block = *hit.block;
        box = {block.start_s, block.end_s, block.lane - half, block.lane + half};
        if (m_run) text = foldedTooltip(*m_run, m_model, block);
    } else if (hit.bar >= 0) {
        const TimelineBar& bar = m_model.bar(hit.bar);
        const LaneBand band = barBand(m_model, hit.bar);
        box = {bar.start, bar.end, band.top, band.bottom};
        if (m_run) text = barTooltip(*m_run, m_model, hit.bar);
    }
    if (holdsTasks) {
        const QString moment = heldTasksTooltip(m_model, hit.lane, hit.time_s);
        text = text.isEmpty() ? moment : moment + QStringLiteral("<hr>") + text;
    }
    if (m_overlay->hover() != box) {
        m_overlay->setHover(box);
        m_highlightLayer->replot();
    }
    QToolTip::showText(globalPos, text, m_plot);
}

void TimelineView::clearHover() {
    QToolTip::hideText();
    if (!m_overlay->hover()) return;
    m_overlay->setHover(std::nullopt);
    m_highlightLayer->replot();
}

void TimelineView::scrollLanes(const QWheelEvent* event) {
    const double span = m_plot->yAxis->range().size();
    m_plot->yAxis->moveRange(-wheelSteps(event) * std::max(1.0, span * kScrollShare));
    replot();
}

void TimelineView::zoomLanes(const QWheelEvent* event) {
    const double centre = m_plot->yAxis->pixelToCoord(event->position().y());
    m_plot->yAxis->scaleRange(std::pow(kLaneZoomFactor, wheelSteps(event)), centre);
    m_lanesFitted = false;
    replot();
}

void TimelineView::onTimeRangeChanged(const QCPRange& range) {
    if (range.size() < kMinTimeSpan_s) {
        m_plot->xAxis->setRange(range.center(), kMinTimeSpan_s, Qt::AlignCenter);
        return;
    }
    if (!m_fitting) m_followData = false;
    m_plot->xAxis->setLabel(
        QStringLiteral("Time since start (%1)").arg(unitSymbol(chooseUnit(range.size()))));
    clearHover();
    if (!m_applyingShared) emit timeRangeChanged(range.lower, range.upper);
}

void TimelineView::onMousePress(QMouseEvent* event) {
    m_pressPos = event->pos();
    clearHover();
    const bool rubberBand =
        event->button() == Qt::RightButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier));
    // QCustomPlot decides between dragging and a selection rectangle right after
    // this signal, from the mode set here.
    m_plot->setSelectionRectMode(rubberBand ? QCP::srmCustom : QCP::srmNone);
}

void TimelineView::onMouseRelease(QMouseEvent* event) {
    const bool click =
        (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance();
    if (event->button() == Qt::RightButton && click) {
        // A right-drag zooms (onRubberBand); a right-click is about markers.
        m_plot->setSelectionRectMode(QCP::srmNone);
        const TimelinePlottable::Hit hit = m_plottable->hitAt(event->pos());
        emit markerMenuRequested(m_plot->xAxis->pixelToCoord(event->pos().x()),
                                 hit.bar >= 0 ? m_model.task(hit.bar) : -1,
                                 m_markers->markerNear(event->pos().x(), kMarkerHitPx),
                                 event->globalPosition().toPoint());
        return;
    }
    if (event->button() != Qt::LeftButton || (event->modifiers() & Qt::ControlModifier)) return;
    if ((event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) return;
    const TimelinePlottable::Hit hit = m_plottable->hitAt(event->pos());
    const int task = hit.bar >= 0 ? m_model.task(hit.bar) : -1;
    setSelectedTask(task);
    emit taskSelected(task);
}

void TimelineView::onRubberBand(const QRect& rect) {
    m_plot->setSelectionRectMode(QCP::srmNone);
    const QRect band = rect.normalized();
    if (band.width() < 3) return;
    m_plot->xAxis->setRange(m_plot->xAxis->pixelToCoord(band.left()),
                            m_plot->xAxis->pixelToCoord(band.right()));
    if (band.height() >= kLaneRubberBandPx) {
        const double top = m_plot->yAxis->pixelToCoord(band.top());
        const double bottom = m_plot->yAxis->pixelToCoord(band.bottom());
        // Whole lanes only: snap outwards to lane boundaries.
        const double lower = std::floor(std::min(top, bottom) + 0.5) - 0.5;
        const double upper = std::ceil(std::max(top, bottom) - 0.5) + 0.5;
        m_plot->yAxis->setRange(lower, std::max(upper, lower + kMinLaneSpan));
        m_lanesFitted = false;
    }
    replot();
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::Wheel: {
            const auto* wheel = static_cast<QWheelEvent*>(event);
            if (wheel->modifiers() & Qt::ShiftModifier) {
                scrollLanes(wheel);
                return true;
            }
            if (wheel->modifiers() & Qt::ControlModifier) {
                zoomLanes(wheel);
                return true;
            }
            break;
        }
        case QEvent::KeyPress: {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_F && !(key->modifiers() & ~Qt::KeypadModifier)) {
                fitAll();
                return true;
            }
            break;
        }
        case QEvent::Leave:
            clearHover();
            break;
        default:
            break;
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineView::replot() { m_plot->replot(QCustomPlot::rpQueuedReplot); }

}  // namespace overlap::ui
