// Tasks in flight over time, one step line per mode: sequential stays at 1,
// a pool plateaus at W, async climbs to C.
#pragma once

#include <qcustomplot.h>

#include <vector>

#include "model/run_record.hpp"

namespace overlap::ui {

class InFlightChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit InFlightChart(QWidget* parent = nullptr);
    void setRuns(const std::vector<const RunRecord*>& runs);
};

}  // namespace overlap::ui
