#include "ui/timeline/timeline_markers.hpp"

#include <QStringList>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

#include "ui/theme/theme.hpp"
#include "ui/timeline/time_mapping.hpp"

namespace overlap::ui {

namespace {

// Captions of markers close in time step down this share of the plot's
// height, three rows deep, then start at the top again.
constexpr double kCaptionRowStep = 0.11;
constexpr int kCaptionRows = 3;

// The caption's box lets a little of the bars under it show through.
constexpr int kCaptionBackgroundAlpha = 235;

QPen markerLinePen() { return QPen(currentTheme().marker, 2); }

// `text` broken at word boundaries into lines no wider than `width_px`.
QString wrapped(const QString& text, const QFont& font, double width_px) {
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width_px);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

MarkerCaption::MarkerCaption(QCustomPlot* plot, const Marker& marker, int row)
    : QCPItemText(plot), m_caption(QString::fromStdString(marker.caption)) {
    setText(m_caption);
    followTheme();
    setPadding(QMargins(4, 2, 4, 2));
    setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setAxisRect(plot->axisRect());
    position->setCoords(marker.time_s, (row % kCaptionRows) * kCaptionRowStep);
}

void MarkerCaption::followTheme() {
    const Theme& theme = currentTheme();
    QColor background = theme.background;
    background.setAlpha(kCaptionBackgroundAlpha);
    setColor(theme.marker);
    setBrush(background);
    setPen(QPen(theme.marker, 1));
}

void MarkerCaption::draw(QCPPainter* painter) {
    if (const QCPAxisRect* rect = clipAxisRect()) {
        // Large text (presenting) can make a caption wider than the room on
        // either side of its line: it wraps to the wider side rather than run
        // off the plot.
        const double pad = padding().left() + padding().right();
        const double x = position->pixelPosition().x();
        const double full = QFontMetricsF(mainFont()).horizontalAdvance(m_caption);
        const double room = std::max(rect->right() - x, x - rect->left()) - pad;
        const bool fits = full <= room || room <= 0;
        setText(fits ? m_caption : wrapped(m_caption, mainFont(), room));
        const double width = (fits ? full : room) + pad;
        const bool flip = labelLeftOfMarker(x, width, rect->left(), rect->right());
        setPositionAlignment((flip ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    }
    QCPItemText::draw(painter);
}

void TimelineMarkers::set(const std::vector<Marker>& markers, std::uint32_t run) {
    clear();
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < markers.size(); ++i) {
        if (markers[i].run == kAllRuns || markers[i].run == run) shown.push_back(i);
    }
    // In time order, so caption rows step down from left to right.
    std::stable_sort(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) {
        return markers[a].time_s < markers[b].time_s;
    });
    for (const std::size_t index : shown) {
        const Marker& marker = markers[index];
        auto* line = new QCPItemStraightLine(m_plot);
        line->setLayer(m_layer);
        line->setPen(markerLinePen());
        line->point1->setCoords(marker.time_s, 0);
        line->point2->setCoords(marker.time_s, 1);
        auto* caption = new MarkerCaption(m_plot, marker, static_cast<int>(m_drawn.size()));
        caption->setLayer(m_layer);
        m_drawn.push_back({index, marker.time_s, line, caption});
    }
    showUntil(m_until);
}

void TimelineMarkers::showUntil(double t_s) {
    m_until = t_s;
    for (const Drawn& drawn : m_drawn) {
        const bool passed = drawn.time_s <= t_s;
        drawn.line->setVisible(passed);
        drawn.caption->setVisible(passed);
    }
}

int TimelineMarkers::markerNear(double x_px, double tolerance_px) const {
    for (const Drawn& drawn : m_drawn) {
        if (!drawn.line->visible()) continue;
        if (std::abs(m_plot->xAxis->coordToPixel(drawn.time_s) - x_px) <= tolerance_px)
            return static_cast<int>(drawn.index);
    }
    return -1;
}

void TimelineMarkers::followTheme() {
    for (const Drawn& drawn : m_drawn) {
        drawn.line->setPen(markerLinePen());
        drawn.caption->followTheme();
    }
}

void TimelineMarkers::clear() {
    for (const Drawn& drawn : m_drawn) {
        m_plot->removeItem(drawn.line);
        m_plot->removeItem(drawn.caption);
    }
    m_drawn.clear();
}

}  // namespace overlap::ui
