#include "ui/theme/plot_theme.hpp"

#include <qcustomplot.h>

#include "ui/theme/theme.hpp"

namespace overlap::ui {

void applyPlotTheme(QCustomPlot& plot, const Theme& theme) {
    plot.setBackground(theme.background);
    for (QCPAxisRect* rect : plot.axisRects()) {
        rect->setBackground(theme.background);
        for (QCPAxis* axis : rect->axes()) {
            axis->setBasePen(QPen(theme.axis, 0));
            axis->setTickPen(QPen(theme.axis, 0));
            axis->setSubTickPen(QPen(theme.axis, 0));
            axis->setLabelColor(theme.text);
            axis->setTickLabelColor(theme.text);
            // QCustomPlot's own grid style (dotted), in the theme's colour.
            axis->grid()->setPen(QPen(theme.grid, 0, Qt::DotLine));
            axis->grid()->setSubGridPen(QPen(theme.grid, 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(theme.grid, 0));
        }
    }
    if (plot.legend) plot.legend->setTextColor(theme.text);
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i) {
        if (auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i)))
            title->setTextColor(theme.text);
    }
}

}  // namespace overlap::ui
