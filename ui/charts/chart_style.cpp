#include "ui/charts/chart_style.hpp"

#include <qcustomplot.h>

#include "ui/theme/plot_theme.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/plot_font.hpp"

namespace overlap::ui {

void styleChart(QCustomPlot& plot, const QString& title) {
    plot.setNoAntialiasingOnDrag(true);
    plot.plotLayout()->insertRow(0);
    QFont titleFont = plot.font();
    titleFont.setBold(true);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, titleFont));
    followWidgetFont(plot);
    plot.setMinimumHeight(180);
    themeChart(plot);
}

void themeChart(QCustomPlot& plot) { applyPlotTheme(plot, currentTheme()); }

void placeLegendBelowTitle(QCustomPlot& plot, int columns) {
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.plotLayout()->insertRow(1);
    plot.plotLayout()->addElement(1, 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(1, 0.001);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.legend->setWrap(columns);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setBrush(Qt::NoBrush);
    plot.legend->setVisible(true);
}

}  // namespace overlap::ui
