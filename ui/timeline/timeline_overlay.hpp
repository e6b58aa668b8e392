// Hover and selection outlines for the timeline, drawn on their own buffered
// layer so moving the mouse repaints a few outlines, never the bars beneath.
#pragma once

#include <qcustomplot.h>

#include <optional>
#include <vector>

namespace overlap::ui {

class TimelineOverlay : public QCPLayerable {
    Q_OBJECT
public:
    // A highlighted extent in plot coordinates: a time range over a lane band.
    struct Box {
        double start_s = 0;
        double end_s = 0;
        double lane_low = 0;
        double lane_high = 0;
        bool operator==(const Box&) const = default;
    };

    TimelineOverlay(QCPAxis* timeAxis, QCPAxis* laneAxis, const QString& layer);

    void setHover(std::optional<Box> box) { m_hover = box; }
    void setSelection(std::vector<Box> boxes) { m_selection = std::move(boxes); }
    // A replay's clock, drawn as a line across the plot; none when not replaying.
    void setNow(std::optional<double> t_s) { m_now = t_s; }
    const std::optional<double>& now() const { return m_now; }
    const std::optional<Box>& hover() const { return m_hover; }
    const std::vector<Box>& selection() const { return m_selection; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override;
    void draw(QCPPainter* painter) override;
    QRect clipRect() const override;

private:
    QRectF toPixels(const Box& box) const;

    QPointer<QCPAxis> m_timeAxis;
    QPointer<QCPAxis> m_laneAxis;
    std::optional<Box> m_hover;
    std::vector<Box> m_selection;
    std::optional<double> m_now;
};

}  // namespace overlap::ui
