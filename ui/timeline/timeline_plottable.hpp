// The Gantt chart as one QCustomPlot plottable: every bar of the model in one
// pass, culled per lane by binary search, sub-pixel runs folded, rectangles
// filled in one batch per colour with antialiasing off. The draw list is cached
// per (visible range, pixel size, model revision) and replayed, so replots that
// change nothing else (a hover on another layer, an export) cost only the fills.
#pragma once

#include <qcustomplot.h>

#include <QTransform>

#include <cstdint>
#include <limits>
#include <optional>

#include "ui/timeline/timeline_geometry.hpp"
#include "ui/timeline/timeline_model.hpp"

namespace overlap::ui {

class TimelinePlottable : public QCPAbstractPlottable {
    Q_OBJECT
public:
    // Time runs along `timeAxis`, lanes down `laneAxis` (lane i at value i;
    // the axis is reversed so lane 0 is at the top).
    TimelinePlottable(QCPAxis* timeAxis, QCPAxis* laneAxis);

    void setModel(const TimelineModel* model);  // not owned
    // A replay's clock: draw only what has happened by then (infinity: all).
    void setVisibleUntil(double t_s);
    double visibleUntil() const { return m_until; }
    const TimelineModel* model() const { return m_model; }

    // What is under a pixel: a bar of the model, or a folded block; and the
    // lane and time there, bar or not (-1: outside every lane).
    struct Hit {
        int bar = -1;
        std::optional<FoldedBlock> block;
        int lane = -1;
        double time_s = 0;
        bool empty() const { return bar < 0 && !block; }
    };
    Hit hitAt(const QPointF& pixel) const;

    // The viewport as the axes stand now (in the device pixels of the last
    // paint), and the draw list built for it.
    TimelineViewport viewport() const;
    const TimelineGeometry& geometry() const;
    // Forget the cached draw list (benchmarks measure the full path with it).
    void invalidateGeometry() { m_cacheValid = false; }
    // How often the draw list was built rather than replayed, and how often the
    // bars were painted at all (hover and selection must not repaint them).
    std::uint64_t geometryBuilds() const { return m_builds; }
    std::uint64_t paints() const { return m_paints; }

    double selectTest(const QPointF& pos, bool onlySelectable,
                      QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    const TimelineModel* m_model = nullptr;
    double m_until = std::numeric_limits<double>::infinity();
    // Logical to device pixels, as the last painter had it (pixel ratio, export scale).
    QTransform m_toDevice;
    // The draw list is derived data; hit tests between replots need it too.
    mutable TimelineGeometry m_geometry;
    mutable TimelineViewport m_cachedViewport;
    mutable std::uint64_t m_cachedRevision = 0;
    mutable bool m_cacheValid = false;
    mutable std::uint64_t m_builds = 0;
    std::uint64_t m_paints = 0;
};

}  // namespace overlap::ui
