#include "ui/timeline/ideal_marker_label.hpp"

#include "ui/theme/phase_palette.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/time_mapping.hpp"

namespace overlap::ui {

IdealMarkerLabel::IdealMarkerLabel(QCustomPlot* plot) : QCPItemText(plot) {
    setText(QStringLiteral("ideal"));
    followTheme();
    setPadding(QMargins(4, 2, 4, 2));
    setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setAxisRect(plot->axisRect());
}

void IdealMarkerLabel::followTheme() {
    setColor(idealMarkerColour());
    // The plot's background, a little translucent so the bar beneath still shows.
    QColor background = currentTheme().background;
    background.setAlpha(230);
    setBrush(background);
}

void IdealMarkerLabel::draw(QCPPainter* painter) {
    const QCPAxisRect* rect = clipAxisRect();
    if (rect) {
        const double width = QFontMetricsF(mainFont()).horizontalAdvance(text()) +
                             padding().left() + padding().right();
        const bool flip =
            labelLeftOfMarker(position->pixelPosition().x(), width, rect->left(), rect->right());
        setPositionAlignment((flip ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    }
    QCPItemText::draw(painter);
}

}  // namespace overlap::ui
