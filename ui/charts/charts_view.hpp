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

private:
    InFlightChart* m_inFlight;
    LatencyHistogramChart* m_latency;
    MakespanChart* m_makespan;
};

}  // namespace overlap::ui
