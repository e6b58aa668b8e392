// Makespan per mode as horizontal bars, with the ideal makespan marked on each:
// the distance between bar end and mark is the overhead.
#pragma once

#include <qcustomplot.h>

#include <vector>

#include "model/run_record.hpp"

namespace overlap::ui {

class MakespanChart : public QCustomPlot {
    Q_OBJECT

public:
    explicit MakespanChart(QWidget* parent = nullptr);
    void setRuns(const std::vector<const RunRecord*>& runs);
};

}  // namespace overlap::ui
