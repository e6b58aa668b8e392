// One plot of a sweep against its parameter: the makespan, or the speed-up
// over the first value. One line per mode in the mode's colour through each
// value's median, error bars from the fastest to the slowest repeat, and the
// mode's ideal as a dashed line of the same colour beside it. Geometric values
// (1, 2, 4, ...) get a log2 axis, so each doubling is one step.
#pragma once

#include <qcustomplot.h>

#include <cstddef>
#include <vector>

#include "analysis/sweep_table.hpp"
#include "model/sweep.hpp"

namespace overlap::ui {

class SweepPlot : public QCustomPlot {
    Q_OBJECT

public:
    enum class Quantity { Makespan, SpeedUp };

    explicit SweepPlot(Quantity quantity, QWidget* parent = nullptr);

    // Draws the cells in the current theme; again on every call.
    void setCells(SweepParam param, std::vector<SweepCell> cells);
    Quantity quantity() const { return m_quantity; }

    // What is drawn, for tests and the figure: per mode, in the cells' order.
    QCPGraph* modeGraph(Mode mode) const;
    QCPGraph* idealGraph(Mode mode) const;
    QCPErrorBars* errorBars(Mode mode) const;

signals:
    // A mode's point was clicked: the cell's point (index into the sweep's
    // points) and that mode's first run at it (index into the point's runs).
    void pointClicked(int point, int run);

private:
    struct Line {
        Mode mode;
        QCPGraph* graph;
        QCPGraph* ideal;
        QCPErrorBars* bars;
        std::vector<std::size_t> cells;  // by data index: the graph's points in value order
    };
    void onPlottableClick(QCPAbstractPlottable* plottable, int dataIndex);
    void setParameterAxis(SweepParam param);

    Quantity m_quantity;
    std::vector<SweepCell> m_cells;
    std::vector<Line> m_lines;
};

}  // namespace overlap::ui
