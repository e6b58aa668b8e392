#include "ui/timeline/timeline_overlay.hpp"

#include <algorithm>

#include "ui/theme/phase_palette.hpp"

namespace overlap::ui {

namespace {

// A highlighted bar of zero or sub-pixel size (a dense overview) must still show.
constexpr double kMinimumSizePx = 3.0;
constexpr double kSelectionPenWidth = 2.0;
// Thick enough to find at a glance from the back of a lecture hall.
constexpr double kNowPenWidth = 2.0;

}  // namespace

TimelineOverlay::TimelineOverlay(QCPAxis* timeAxis, QCPAxis* laneAxis, const QString& layer)
    : QCPLayerable(timeAxis->parentPlot(), layer), m_timeAxis(timeAxis), m_laneAxis(laneAxis) {}

void TimelineOverlay::applyDefaultAntialiasingHint(QCPPainter* painter) const {
    painter->setAntialiasing(false);
}

QRect TimelineOverlay::clipRect() const {
    return m_timeAxis ? m_timeAxis->axisRect()->rect() : QCPLayerable::clipRect();
}

QRectF TimelineOverlay::toPixels(const Box& box) const {
    QRectF rect(
        QPointF(m_timeAxis->coordToPixel(box.start_s), m_laneAxis->coordToPixel(box.lane_low)),
        QPointF(m_timeAxis->coordToPixel(box.end_s), m_laneAxis->coordToPixel(box.lane_high)));
    rect = rect.normalized();
    const double grow_x = std::max(0.0, kMinimumSizePx - rect.width()) / 2;
    const double grow_y = std::max(0.0, kMinimumSizePx - rect.height()) / 2;
    return rect.adjusted(-grow_x, -grow_y, grow_x, grow_y);
}

void TimelineOverlay::draw(QCPPainter* painter) {
    if (!m_timeAxis || !m_laneAxis) return;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(selectionColour(), kSelectionPenWidth));
    for (const Box& box : m_selection) painter->drawRect(toPixels(box));
    if (m_hover) {
        QColor fill = hoverColour();
        fill.setAlpha(40);
        painter->setBrush(fill);
        painter->setPen(QPen(hoverColour(), 1));
        painter->drawRect(toPixels(*m_hover));
    }
    if (m_now) {
        const QRect area = m_timeAxis->axisRect()->rect();
        const double x = m_timeAxis->coordToPixel(*m_now);
        painter->setPen(QPen(nowLineColour(), kNowPenWidth));
        painter->drawLine(QLineF(x, area.top(), x, area.bottom()));
    }
}

}  // namespace overlap::ui
