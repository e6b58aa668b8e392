#include "ui/charts/latency_histogram_chart.hpp"

#include <algorithm>

#include "ui/charts/chart_data.hpp"
#include "ui/charts/chart_style.hpp"
#include "ui/theme/mode_style.hpp"

namespace overlap::ui {

namespace {
constexpr int kBins = 20;
}

LatencyHistogramChart::LatencyHistogramChart(QWidget* parent)
    : QCustomPlot(parent), m_group(new QCPBarsGroup(this)) {
    styleChart(*this, tr("Task latency"));
    placeLegendBelowTitle(*this, 2);
    xAxis->setLabel(tr("latency: started to finished (s)"));
    yAxis->setLabel(tr("tasks"));
    m_group->setSpacing(0);
    setToolTip(
        tr("How long each task took once a worker picked it up: contention (the GIL, "
           "a blocked event loop, too few cores) stretches it"));
}

void LatencyHistogramChart::setRuns(const std::vector<const RunRecord*>& runs) {
    clearPlottables();
    themeChart(*this);
    const QStringList captions = runCaptions(runIdentities(runs));
    const std::vector<QColor> colours = runColours(runIdentities(runs));
    const Histogram histogram = latency_histogram(runs, kBins);
    int peak = 0;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        auto* bars = new QCPBars(xAxis, yAxis);
        bars->setName(captions[static_cast<qsizetype>(r)]);
        const QColor colour = colours[r];
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        bars->setWidth(histogram.bin_width_s / static_cast<double>(runs.size()));
        bars->setBarsGroup(m_group);
        QVector<double> keys;
        QVector<double> values;
        for (int bin = 0; bin < histogram.bins(); ++bin) {
            keys << histogram.bin_centre(bin);
            values << histogram.counts[r][static_cast<std::size_t>(bin)];
            peak = std::max(peak, histogram.counts[r][static_cast<std::size_t>(bin)]);
        }
        bars->setData(keys, values, true);
    }
    // Half a bin either side, so the outer bars are not cut by the axes.
    xAxis->setRange(histogram.lower_s - histogram.bin_width_s / 2,
                    histogram.lower_s + histogram.bin_width_s * (kBins + 0.5));
    yAxis->setRange(0, std::max(peak, 1) * 1.15);
    replot();
}

}  // namespace overlap::ui
