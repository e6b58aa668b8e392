// The Gantt timeline widget: one run's tasks (or workers) as lanes of phase
// bars over a time axis. Wheel zooms time, drag pans it, right-drag or
// Ctrl+drag zooms into a rectangle, Shift+wheel scrolls lanes and Ctrl+wheel
// zooms them (a scrollbar appears when not all lanes show), F fits everything.
// Hovering shows the task under the mouse; clicking selects it.
#pragma once

#include <QPoint>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "model/marker.hpp"
#include "ui/timeline/timeline_model.hpp"

class QCustomPlot;
class QCPItemStraightLine;
class QCPLayer;
class QCPRange;
class QCPTextElement;
class QMouseEvent;
class QScrollBar;
class QWheelEvent;

namespace overlap {
struct RunRecord;
}

namespace overlap::ui {

class IdealMarkerLabel;
class LaneAxisTicker;
class TimelineMarkers;
class TimelineOverlay;
class TimelinePlottable;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setRun(const overlap::RunRecord* run);  // not owned; nullptr clears
    // The run grew (live); now_s = current run time, to draw what is still going.
    // Keeps fitting the data until the user zooms or pans (or setTimeRange is called).
    void refresh(double now_s = -1);
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    // For a shared axis across views: does not emit timeRangeChanged.
    void setTimeRange(double lower_s, double upper_s);
    void setIdealMarker(std::optional<double> seconds);  // dashed line labelled "ideal"
    // The comparison's markers; this view draws those for run `run` and every run.
    void setMarkers(const std::vector<Marker>& markers, std::uint32_t run);
    const TimelineMarkers& markers() const { return *m_markers; }
    void setSelectedTask(int task);                      // -1 = none; does not emit taskSelected
    // A replay at clock time t_s: bars drawn only up to it, a "now" line there;
    // nullopt draws the whole run again.
    void setReplayTime(std::optional<double> t_s);
    void setTitle(const QString& title);
    // The plot area's least left and right margins, so several views can line
    // their time axes up. The top margin is then room for lane 0's label.
    void setMinimumSideMargins(int left, int right);
    // Lanes spread over at least this many lane heights: a window's three
    // workers do not become three slabs, but a figure's panels, sized for the
    // figure rather than by the user, are better filled by their lanes.
    void setMinimumLaneSpan(double lanes);
    // The presentation layout: every lane at least one lane label tall, so
    // each is labelled and its bars are thick; the view asks for room for up
    // to kPresentedLanes such lanes and scrolls the rest rather than
    // shrinking them. Off: lanes share out whatever height the view gets.
    static constexpr int kPresentedLanes = 20;
    void setLabelEveryLane(bool on);
    bool labelsEveryLane() const { return m_labelEveryLane; }
    void fitAll();
    QCustomPlot* plot() const { return m_plot; }  // for exports (savePng/saveSvg)
    // Room for the time axis and a few labelled lanes, so layouts never
    // squeeze a timeline below readable; a figure's resize() still can.
    QSize minimumSizeHint() const override;

    int selectedTask() const { return m_selectedTask; }
    const TimelineModel& model() const { return m_model; }
    TimelinePlottable* plottable() const { return m_plottable; }

signals:
    // The visible time range changed by the user, fitAll, or live following.
    void timeRangeChanged(double lower_s, double upper_s);
    void taskSelected(int task);  // click; -1 = background
    // A right-click that did not drag: at `time_s`, on `task` (-1: none), on
    // the marker with index `marker` in the list given to setMarkers (-1: none).
    void markerMenuRequested(double time_s, int task, int marker, const QPoint& globalPos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followTheme();
    void rebuildModel();
    void fitTime();
    void fitLanes();
    void clampLanes();
    double laneSpanLimit() const;
    double labelledLanePixels() const;
    void refitLanesToHeight();
    void updateScrollBar();
    void updateSelection();
    void followPixelRatio();
    void updateHover(const QPoint& pos, const QPoint& globalPos);
    void clearHover();
    void scrollLanes(const QWheelEvent* event);
    void zoomLanes(const QWheelEvent* event);
    void onTimeRangeChanged(const QCPRange& range);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onRubberBand(const QRect& rect);
    void replot();

    QCustomPlot* m_plot;
    QScrollBar* m_laneScroll;
    QCPLayer* m_highlightLayer = nullptr;
    TimelinePlottable* m_plottable = nullptr;
    TimelineOverlay* m_overlay = nullptr;
    LaneAxisTicker* m_laneTicker = nullptr;  // owned by the axis
    QCPItemStraightLine* m_idealLine = nullptr;
    IdealMarkerLabel* m_idealLabel = nullptr;
    std::unique_ptr<TimelineMarkers> m_markers;
    QCPTextElement* m_title = nullptr;

    const RunRecord* m_run = nullptr;
    TimelineModel m_model;
    LaneMode m_mode = LaneMode::PerTask;
    double m_minLaneSpan;
    double m_now = -1;
    std::optional<double> m_ideal;
    int m_selectedTask = -1;
    QPoint m_pressPos;
    bool m_followData = true;       // refit time on refresh until the user takes over
    bool m_lanesFitted = true;      // refit lanes on refresh until the user zooms them
    bool m_fitting = false;         // the range change is ours, not the user's
    bool m_applyingShared = false;  // the range change came through setTimeRange
    bool m_labelEveryLane = false;
};

}  // namespace overlap::ui
