#include "ui/charts/chart_style.hpp"

#include <qcustomplot.h>

namespace overlap::ui {

void styleChart(QCustomPlot& plot, const QString& title) {
    plot.setNoAntialiasingOnDrag(true);
    plot.plotLayout()->insertRow(0);
    QFont titleFont = plot.font();
    titleFont.setBold(true);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, titleFont));
    plot.legend->setFont(plot.font());
    plot.legend->setBrush(QColor(255, 255, 255, 220));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot.setMinimumHeight(180);
}

}  // namespace overlap::ui
