// A comparison's markers drawn on one timeline: a vertical line at each
// marker's time with its caption at the top, flipped to the line's left near
// the plot's right edge. The replay draws its passing captions with
// MarkerCaption too, so a caption looks the same wherever it shows.
#pragma once

#include <qcustomplot.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "model/marker.hpp"

namespace overlap::ui {

class MarkerCaption : public QCPItemText {
public:
    // At `time_s` on the plot's time axis, `row` captions down from the top,
    // so captions of nearby markers do not cover one another.
    MarkerCaption(QCustomPlot* plot, const Marker& marker, int row);
    // Takes the current theme's marker colour and background.
    void followTheme();
    // The marker's caption as written; text() is it as drawn, broken into
    // lines when it fits on neither side of its line in one.
    const QString& caption() const { return m_caption; }

protected:
    void draw(QCPPainter* painter) override;

private:
    QString m_caption;
};

class TimelineMarkers {
public:
    TimelineMarkers(QCustomPlot* plot, QString layer) : m_plot(plot), m_layer(std::move(layer)) {}
    TimelineMarkers(const TimelineMarkers&) = delete;
    TimelineMarkers& operator=(const TimelineMarkers&) = delete;
    ~TimelineMarkers() { clear(); }

    // Draws the markers that show in run `run` (its own and every run's);
    // the caller replots.
    void set(const std::vector<Marker>& markers, std::uint32_t run);
    // The index in the list given to set() of the marker drawn within
    // `tolerance_px` of `x_px`, or -1: what a right-click on a line edits.
    int markerNear(double x_px, double tolerance_px) const;
    // A replay's clock: only the markers at or before it show, so each caption
    // appears as the now line reaches it. Infinity shows them all. The caller replots.
    void showUntil(double t_s);
    // Restyles the drawn markers in the current theme; the caller replots.
    void followTheme();
    int count() const { return static_cast<int>(m_drawn.size()); }
    // The caption drawn for the i-th marker shown, for tests and the replay.
    const MarkerCaption* caption(int i) const {
        return m_drawn[static_cast<std::size_t>(i)].caption;
    }

private:
    struct Drawn {
        std::size_t index;  // in the list given to set()
        double time_s;
        QCPItemStraightLine* line;
        MarkerCaption* caption;
    };
    void clear();

    QCustomPlot* m_plot;
    QString m_layer;
    std::vector<Drawn> m_drawn;
    double m_until = std::numeric_limits<double>::infinity();
};

}  // namespace overlap::ui
