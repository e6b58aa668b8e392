// How each task moved from run A to run B, one lane per task id both ran, in
// id order: on the left how much later (or earlier) it started, on the right
// how much longer (or shorter) it took. Bars diverge from zero, later and
// longer in the theme's fail colour, earlier and shorter in its pass colour,
// so the tasks that regressed stand out at a glance; changes within a
// percent of the task's duration in A are grey. Wheel and drag scroll
// the lanes of both panels together; hovering a lane names its task's times.
#pragma once

#include <qcustomplot.h>

#include <optional>
#include <vector>

#include "analysis/run_diff.hpp"
#include "model/run_record.hpp"

namespace overlap::ui {

class LaneAxisTicker;

class TaskDeltaChart : public QCustomPlot {
    Q_OBJECT

public:
    // One task both runs ran, with what the tooltip says about it.
    struct Lane {
        std::uint32_t id = 0;
        std::optional<double> startShift;      // B − A, seconds
        std::optional<double> durationChange;  // B − A, seconds
        std::optional<Span> before;            // A's start to end, when it ran
        std::optional<Span> after;
    };

    explicit TaskDeltaChart(QWidget* parent = nullptr);

    // The tasks of matched pair `pair`, whose runs are `before` (A) and `after` (B).
    void setPair(const ModeDiff& pair, const RunRecord& before, const RunRecord& after);
    void clear();

    const std::vector<Lane>& lanes() const { return m_lanes; }
    // The start-shift panel, then the duration-change panel.
    QCPAxisRect* shiftRect() const { return m_shiftRect; }
    QCPAxisRect* durationRect() const { return m_durationRect; }
    // What hovering lane `lane` shows.
    QString laneToolTip(int lane) const;

protected:
    bool event(QEvent* event) override;

private:
    void redraw();
    void setupPanel(QCPAxisRect* rect);
    void fillPanel(QCPAxisRect* rect, std::optional<double> Lane::*value, const QString& label,
                   double reach);

    QCPAxisRect* m_shiftRect;
    QCPAxisRect* m_durationRect;
    std::vector<Lane> m_lanes;
};

}  // namespace overlap::ui
