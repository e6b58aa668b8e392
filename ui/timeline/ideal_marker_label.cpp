#include "ui/timeline/ideal_marker_label.hpp"

#include "ui/theme/phase_palette.hpp"
#include "ui/timeline/time_mapping.hpp"

namespace overlap::ui {

namespace {

// The plot's white, a little translucent so the bar beneath still shows.
const QColor kBackground(255, 255, 255, 230);

}  // namespace

IdealMarkerLabel::IdealMarkerLabel(QCustomPlot* plot) : QCPItemText(plot) {
    setText(QStringLiteral("ideal"));
    setColor(idealMarkerColour());
    setBrush(kBackground);
    setPadding(QMargins(4, 2, 4, 2));
    setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    position->setAxisRect(plot->axisRect());
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
