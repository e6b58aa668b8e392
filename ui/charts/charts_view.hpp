// The "Charts" tab: in-flight over time across the top, latency histogram and
// makespan bars below, all fed the same finished runs.
#pragma once

#include <QWidget>

#include <vector>

#include "model/run_record.hpp"

namespace overlap::ui {

class InFlightChart;
class LatencyHistogramChart;
class MakespanChart;

class ChartsView : public QWidget {
    Q_OBJECT

public:
    explicit ChartsView(QWidget* parent = nullptr);
    void setRuns(const std::vector<const RunRecord*>& runs);
    // The charts as drawn, for tests: series names and colours.
    InFlightChart* inFlightChart() const { return m_inFlight; }

private:
    InFlightChart* m_inFlight;
    LatencyHistogramChart* m_latency;
    MakespanChart* m_makespan;
    std::vector<const RunRecord*> m_runs;  // redrawn when the theme changes
};

}  // namespace overlap::ui
