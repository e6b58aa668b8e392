// Task latency distribution per mode, side-by-side bars in shared bins: with no
// contention every mode piles up at the server's delay; contention spreads it.
#pragma once

#include <qcustomplot.h>

#include <vector>

#include "model/run_record.hpp"

namespace overlap::ui {

class LatencyHistogramChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit LatencyHistogramChart(QWidget* parent = nullptr);
    void setRuns(const std::vector<const RunRecord*>& runs);

private:
    QCPBarsGroup* m_group;
};

}  // namespace overlap::ui
