// The product's front page: one timeline per mode, stacked, on one shared time
// axis so ten seconds of sequential and one second of async are seen at the
// same scale. Each row says how far its run came from the ideal makespan.
// Rows too many for the window's height scroll.
#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

#include "model/run_record.hpp"
#include "ui/timeline/timeline_view.hpp"

class QLabel;
class QScrollArea;
class QSplitter;

namespace overlap::ui {

class PhaseLegend;

class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);

    // Starts a comparison: one empty row per mode, in order. `labels`, when
    // given, name the rows instead of their modes: two runs in one mode differ.
    void setModes(const std::vector<ModeConfig>& configs, const QStringList& labels = {});
    // Row `index` shows the growing record of its running mode.
    void showLive(int index, const RunRecord* live);
    void refreshLive(int index, double now_s, int finished_tasks, int total_tasks);
    // Row `index` shows its final record, its ideal marker and its caption.
    void showFinished(int index, const RunRecord* run);

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }
    // Every row to [0, longest run]; the axis follows running modes again.
    void fitAll();
    // The seconds on screen once the user has zoomed or panned (what an export
    // of "what I see" shows); nullopt while the rows fit the runs.
    std::optional<QCPRange> zoomedRange() const;
    // The presentation layout in every row (TimelineView::setLabelEveryLane).
    void setLabelEveryLane(bool on);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    TimelineView* timeline(int index) const { return m_rows[static_cast<std::size_t>(index)].view; }
    QString caption(int index) const;
    // Each row draws the markers for its run and for every run.
    void setMarkers(const std::vector<Marker>& markers);
    // Above the legend and the rows: the preset's claim and checks.
    void setHeader(QWidget* header);
    // Below the rows: a replay's controls, which go wherever the view goes.
    void setFooter(QWidget* footer);

    // Row `index`'s finished run, nullptr until showFinished.
    const RunRecord* finishedRun(int index) const {
        return m_rows[static_cast<std::size_t>(index)].run;
    }
    // A replay's words for row `index` in place of its status; nullopt puts
    // the status back.
    void setReplayStatus(int index, const std::optional<QString>& status);

signals:
    // The rows are about to be replaced: nothing may hold on to them.
    void rowsReset();

signals:
    // A right-click on row `row`'s timeline (TimelineView::markerMenuRequested).
    void markerMenuRequested(int row, double time_s, int task, int marker, const QPoint& globalPos);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        ModeConfig config;
        QString label;
        QString status;  // the caption's text after the label
        QLabel* caption = nullptr;
        TimelineView* view = nullptr;
        double end_s = 0;  // how far the row's run has got
        const RunRecord* run = nullptr;  // once finished
    };
    void setCaption(Row& row, const QString& status);
    void onTimeRangeChanged(TimelineView* source, double lower_s, double upper_s);
    void onTaskSelected(int task);
    void applyRange(double lower_s, double upper_s, TimelineView* except = nullptr);
    void followRuns();
    void scheduleAlignment();
    void alignTimeAxes();

    QScrollArea* m_scroll;
    QSplitter* m_splitter;  // in m_scroll
    QLabel* m_placeholder;
    PhaseLegend* m_legend;
    std::vector<Row> m_rows;
    LaneMode m_laneMode = LaneMode::PerTask;
    bool m_syncing = false;   // true while this view moves the axes itself
    bool m_following = true;  // false once the user zooms or pans
    bool m_alignmentPending = false;
    bool m_labelEveryLane = false;
};

}  // namespace overlap::ui
