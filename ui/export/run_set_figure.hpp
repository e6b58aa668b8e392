// One picture of a RunSet to share: a title, the legend, and one timeline per
// run stacked on a shared time axis, each headed by its label and a caption
// (makespan, speed-up against sequential, efficiency). The timelines are the
// window's own TimelineViews kept offscreen and painted through QCustomPlot,
// so a figure looks like the window, stays vector on vector devices, and
// folds large runs the same way.
#pragma once

#include <QRect>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "model/run_record.hpp"
#include "ui/export/figure.hpp"
#include "ui/timeline/timeline_model.hpp"

class QCPPainter;
class QCPRange;

namespace overlap::ui {

class PhaseLegend;
class TimelineView;

// A RunSet's name on a figure: the workload's title, else what its tasks do
// ("10 × /delay/1"). The charts figure is headed by it too.
QString runSetTitle(const RunSet& runs);

class RunSetFigure : public Figure {
public:
    // Needs a QApplication (the timelines are widgets); an offscreen one will do.
    explicit RunSetFigure(RunSet runs, LaneMode lanes = LaneMode::PerTask);
    ~RunSetFigure() override;
    RunSetFigure(const RunSetFigure&) = delete;
    RunSetFigure& operator=(const RunSetFigure&) = delete;

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }

    // The seconds the timelines show: by default from 0 to just past the
    // longest run; nullopt puts that back. A zoomed window exports its zoom.
    void setTimeRange(std::optional<QCPRange> range);
    QCPRange fullTimeRange() const;
    // Above the timelines, the preset's title, claim and verdicts: only a
    // preset's runs have them (hasClaim). Below, the summary table.
    bool hasClaim() const { return m_runs.preset.has_value(); }
    void setClaimShown(bool shown) { m_claimShown = shown; }
    void setTableShown(bool shown) { m_tableShown = shown; }

    const RunSet& runs() const { return m_runs; }
    int runCount() const { return static_cast<int>(m_runs.runs.size()); }

    QString title() const override;     // the workload's title, else "10 × /delay/1"
    QString subtitle() const;           // "10 tasks · one lane per task · recorded …"
    QString runLabel(int run) const;    // "Async · C=10 · blocking call", as runCaptions()
    QString runCaption(int run) const;  // "makespan 1.02 s · ideal 1.00 s · speed-up 9.83× vs …"
    // Captions painted instead of runCaption, one per run (a replay's "3 of 10
    // done"); empty: runCaption again.
    void setCaptions(QStringList captions) { m_captions = std::move(captions); }

    void paint(QCPPainter& painter, QSize size) override;
    int logicalDpi() const override;
    QString description() const override;

    // Run `run`'s timeline and where the last paint put it, in logical pixels:
    // a time and lane land at rect.topLeft() + the view's axis coordToPixel.
    const TimelineView& timeline(int run) const;
    TimelineView& timeline(int run);
    QRect timelineRect(int run) const;

private:
    struct Layout;
    Layout layout(QSize size) const;
    void alignTimeAxes(const std::vector<QRect>& plots);

    RunSet m_runs;  // the views point into it
    LaneMode m_laneMode;
    // Never shown: gives the legend and the timelines the figure's font and
    // palette, and owns them.
    std::unique_ptr<QWidget> m_host;
    PhaseLegend* m_legend;
    std::vector<TimelineView*> m_views;
    std::vector<QRect> m_plotRects;
    QStringList m_captions;
    double m_fullEnd = 1;  // the default range's upper bound
    bool m_claimShown = false;
    bool m_tableShown = false;
};

}  // namespace overlap::ui
