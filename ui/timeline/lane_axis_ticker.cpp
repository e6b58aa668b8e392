#include "ui/timeline/lane_axis_ticker.hpp"

#include <cmath>

#include "ui/timeline/time_mapping.hpp"

namespace overlap::ui {

double LaneAxisTicker::axisHeight() const {
    // Ticks are generated before the layout settles: before the first one the
    // axis rect has no height yet, and the viewport is the better estimate.
    const int rectHeight = m_axis->axisRect()->height();
    const int viewportHeight = m_axis->parentPlot()->viewport().height();
    return rectHeight > 0 ? std::min(rectHeight, viewportHeight) : viewportHeight;
}

double LaneAxisTicker::getTickStep(const QCPRange& range) {
    if (!m_axis) return 1;
    // The range's size, not the lane count: lanes a view pads with take room too.
    return laneLabelStep(axisHeight() / range.size(),
                         QFontMetricsF(m_axis->tickLabelFont()).height());
}

int LaneAxisTicker::getSubTickCount(double /*tickStep*/) { return 0; }

QString LaneAxisTicker::getTickLabel(double tick, const QLocale& /*locale*/, QChar /*formatChar*/,
                                     int /*precision*/) {
    const int lane = static_cast<int>(std::lround(tick));
    if (!m_labeler || lane < 0 || lane >= m_laneCount) return {};
    return m_labeler(lane);
}

QVector<double> LaneAxisTicker::createTickVector(double tickStep, const QCPRange& range) {
    QVector<double> ticks;
    const int step = std::max(1, static_cast<int>(std::lround(tickStep)));
    const double first = std::max(0.0, std::ceil(range.lower / step) * step);
    const double last = std::min(static_cast<double>(m_laneCount - 1), std::floor(range.upper));
    for (double lane = first; lane <= last; lane += step) ticks.append(lane);
    return ticks;
}

}  // namespace overlap::ui
