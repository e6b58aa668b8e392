#include "ui/timeline/timeline_plottable.hpp"

#include <cmath>
#include <limits>

#include "ui/theme/phase_palette.hpp"

namespace overlap::ui {

namespace {

// How far from a bar (pixels) a hover or click still counts as on it.
constexpr double kHitTolerancePx = 2.0;

QCPRange inDomain(QCPRange range, QCP::SignDomain domain, bool& found) {
    if (domain == QCP::sdPositive) {
        if (range.upper <= 0) found = false;
        range.lower = std::max(range.lower, range.upper * 1e-9);
    } else if (domain == QCP::sdNegative) {
        if (range.lower >= 0) found = false;
        range.upper = std::min(range.upper, range.lower * 1e-9);
    }
    return range;
}

}  // namespace

TimelinePlottable::TimelinePlottable(QCPAxis* timeAxis, QCPAxis* laneAxis)
    : QCPAbstractPlottable(timeAxis, laneAxis) {
    // Clicks select tasks through the view's own hit test, not QCustomPlot's
    // data selection.
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
    // Lane 0 at the top, like every Gantt chart; the pixel maths assume it.
    laneAxis->setRangeReversed(true);
}

void TimelinePlottable::setModel(const TimelineModel* model) {
    m_model = model;
    m_cacheValid = false;
}

void TimelinePlottable::setVisibleUntil(double t_s) { m_until = t_s; }

TimelineViewport TimelinePlottable::viewport() const {
    TimelineViewport viewport;
    viewport.until_s = m_until;
    if (!mKeyAxis || !mValueAxis) return viewport;
    const QRect rect = mKeyAxis->axisRect()->rect();
    const QCPRange time = mKeyAxis->range();
    const QCPRange lanes = mValueAxis->range();
    const double sx = m_toDevice.m11();
    const double sy = m_toDevice.m22();
    // QCPAxis maps a vertical range onto [bottom() - height, bottom()], one
    // pixel above top(); match it so bars, overlays and hit tests agree.
    const double top = rect.bottom() - rect.height();
    viewport.time = {time.lower, time.upper, rect.left() * sx + m_toDevice.dx(), rect.width() * sx};
    viewport.lanes = {lanes.lower, lanes.upper, top * sy + m_toDevice.dy(), rect.height() * sy};
    viewport.pixel_ratio = sx;
    return viewport;
}

const TimelineGeometry& TimelinePlottable::geometry() const {
    const TimelineViewport current = viewport();
    const std::uint64_t revision = m_model ? m_model->revision() : 0;
    if (!m_cacheValid || !(current == m_cachedViewport) || revision != m_cachedRevision) {
        if (m_model) {
            m_geometry.build(*m_model, current);
        } else {
            m_geometry = TimelineGeometry();
        }
        m_cachedViewport = current;
        m_cachedRevision = revision;
        m_cacheValid = true;
        ++m_builds;
    }
    return m_geometry;
}

TimelinePlottable::Hit TimelinePlottable::hitAt(const QPointF& pixel) const {
    Hit hit;
    if (!m_model || !mKeyAxis || !mValueAxis) return hit;
    if (!mKeyAxis->axisRect()->rect().contains(pixel.toPoint())) return hit;
    const TimelineViewport view = viewport();
    const QPointF device = m_toDevice.map(pixel);
    const int lane = laneAt(view.lanes, device.y(), m_model->laneCount());
    if (lane < 0) return hit;
    hit.lane = lane;
    hit.time_s = pixelToTime(view.time, device.x());
    // Right of a replay's "now" nothing is drawn yet, so nothing is under the mouse.
    if (hit.time_s > m_until) return hit;
    const TimelineGeometry& drawn = geometry();
    const double laneHeight = pixelsPerLane(view.lanes);
    const double value = pixelToLane(view.lanes, device.y());
    if (!drawn.dense()) {
        // Between two lanes' bars is background.
        const double offset = std::abs(value - lane) * laneHeight;
        if (offset > kBarFill / 2 * laneHeight + view.pixel_ratio) return hit;
    }
    if (const FoldedBlock* block = drawn.blockAt(lane, device.x(), view.pixel_ratio / 2)) {
        hit.block = *block;
        return hit;
    }
    // Sub-lanes thinner than a pixel share rows: any within a pixel counts.
    int firstSubLane = 0;
    int lastSubLane = std::numeric_limits<int>::max();
    if (const int subLanes = drawn.dense() ? 0 : m_model->subLaneCount(lane); subLanes > 0) {
        const double onePixel = view.pixel_ratio / laneHeight;
        firstSubLane = subLaneAt(value - onePixel, lane, subLanes, kBarFill);
        lastSubLane = subLaneAt(value + onePixel, lane, subLanes, kBarFill);
    }
    hit.bar = m_model->barAt(lane, hit.time_s,
                             kHitTolerancePx * view.pixel_ratio * secondsPerPixel(view.time),
                             firstSubLane, lastSubLane);
    return hit;
}

double TimelinePlottable::selectTest(const QPointF& pos, bool onlySelectable,
                                     QVariant* details) const {
    if (onlySelectable && !selectable()) return -1;
    const Hit hit = hitAt(pos);
    if (hit.empty()) return -1;
    if (hit.block) return 0;
    if (details) details->setValue(hit.bar);
    const TimelineBar& bar = m_model->bar(hit.bar);
    const double left = mKeyAxis->coordToPixel(bar.start);
    const double right = mKeyAxis->coordToPixel(bar.end);
    return pos.x() < left ? left - pos.x() : (pos.x() > right ? pos.x() - right : 0);
}

QCPRange TimelinePlottable::getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain) const {
    foundRange = m_model && (m_model->count() > 0 || m_model->marks().size() > 0);
    if (!foundRange) return {};
    return inDomain(QCPRange(m_model->startTime(), m_model->endTime()), inSignDomain, foundRange);
}

QCPRange TimelinePlottable::getValueRange(bool& foundRange, QCP::SignDomain inSignDomain,
                                          const QCPRange& /*inKeyRange*/) const {
    foundRange = m_model && m_model->laneCount() > 0;
    if (!foundRange) return {};
    return inDomain(QCPRange(-0.5, m_model->laneCount() - 0.5), inSignDomain, foundRange);
}

void TimelinePlottable::draw(QCPPainter* painter) {
    if (!m_model || !mKeyAxis || !mValueAxis) return;
    ++m_paints;
    // Draw in device pixels: whole-pixel rectangles stay crisp at any pixel
    // ratio or export scale, and the raster engine fills them on its fast path.
    const QTransform device = painter->deviceTransform();
    const bool axisAligned = device.type() <= QTransform::TxScale;
    m_toDevice = axisAligned ? device : QTransform();
    const TimelineGeometry& drawn = geometry();
    painter->save();
    if (axisAligned) painter->setWorldTransform(device.inverted() * painter->worldTransform());

    // Axis-aligned fills gain nothing from antialiasing and cost a lot with it.
    painter->setAntialiasing(false);
    painter->setPen(Qt::NoPen);
    for (int k = 0; k < kBarKeyCount; ++k) {
        const auto key = static_cast<BarKey>(k);
        for (const auto* rects : {&drawn.bars(key), &drawn.folded(key)}) {
            if (rects->empty()) continue;
            painter->setBrush(barColour(key));
            painter->drawRects(rects->data(), static_cast<int>(rects->size()));
        }
    }
    if (!drawn.hatched().empty()) {
        painter->setBrush(QBrush(foldHatchColour(), Qt::BDiagPattern));
        painter->drawRects(drawn.hatched().data(), static_cast<int>(drawn.hatched().size()));
    }

    for (int o = 0; o < kOutcomeCount; ++o) {
        const auto outcome = static_cast<Outcome>(o);
        const auto& outlines = drawn.outlines(outcome);
        const auto& glyphs = drawn.glyphs(outcome);
        if (outlines.empty() && glyphs.empty()) continue;
        painter->setAntialiasing(false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(outcomeColour(outcome));
        painter->drawRects(outlines.data(), static_cast<int>(outlines.size()));
        // Flat caps: round ones cost ten times more to rasterise.
        painter->setAntialiasing(true);
        painter->setPen(
            QPen(outcomeColour(outcome), drawn.glyphWidth(), Qt::SolidLine, Qt::FlatCap));
        painter->drawLines(glyphs.data(), static_cast<int>(glyphs.size()));
    }
    painter->restore();
}

void TimelinePlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    // A miniature task: connect, wait, receive.
    painter->setAntialiasing(false);
    painter->setPen(Qt::NoPen);
    const QRectF bar = rect.adjusted(0, rect.height() * 0.2, 0, -rect.height() * 0.2);
    const double w = bar.width();
    painter->setBrush(barColour(BarKey::Connect));
    painter->drawRect(QRectF(bar.left(), bar.top(), w * 0.2, bar.height()));
    painter->setBrush(barColour(BarKey::Wait));
    painter->drawRect(QRectF(bar.left() + w * 0.2, bar.top(), w * 0.5, bar.height()));
    painter->setBrush(barColour(BarKey::Receive));
    painter->drawRect(QRectF(bar.left() + w * 0.7, bar.top(), w * 0.3, bar.height()));
}

}  // namespace overlap::ui
