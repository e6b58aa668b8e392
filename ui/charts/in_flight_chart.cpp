#include "ui/charts/in_flight_chart.hpp"

#include <algorithm>

#include "analysis/statistics.hpp"
#include "ui/charts/chart_style.hpp"
#include "ui/theme/mode_style.hpp"

namespace overlap::ui {

InFlightChart::InFlightChart(QWidget* parent) : QCustomPlot(parent) {
    styleChart(*this, tr("Tasks in flight over time"));
    placeLegendBelowTitle(*this, 4);
    xAxis->setLabel(tr("time since start (s)"));
    yAxis->setLabel(tr("tasks in flight"));
    setToolTip(
        tr("How many tasks were running at each moment: the concurrency each mode "
           "actually achieved"));
}

void InFlightChart::setRuns(const std::vector<const RunRecord*>& runs) {
    clearGraphs();
    themeChart(*this);
    const QStringList captions = runCaptions(runIdentities(runs));
    const std::vector<QColor> colours = runColours(runIdentities(runs));
    std::size_t index = 0;
    double end = 0;
    double peak = 0;
    for (const RunRecord* run : runs) {
        const std::size_t r = index++;
        // Steps start at the first task; the chart starts at t = 0 with nothing in flight.
        QVector<double> time{0};
        QVector<double> count{0};
        for (const auto& [t, n] : in_flight_steps(*run)) {
            time << t;
            count << n;
            peak = std::max(peak, static_cast<double>(n));
        }
        QCPGraph* graph = addGraph();
        graph->setName(captions[static_cast<qsizetype>(r)]);
        graph->setPen(QPen(colours[r], 2));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setData(time, count, true);
        end = std::max(end, time.back());
    }
    xAxis->setRange(0, std::max(end, 1e-3) * 1.02);
    yAxis->setRange(0, std::max(peak, 1.0) * 1.1);
    replot();
}

}  // namespace overlap::ui
