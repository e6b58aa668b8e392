// The look the charts share: a title row, a legend, fonts that follow the
// application's, so the three plots read as one page.
#pragma once

#include <QString>

class QCustomPlot;

namespace overlap::ui {

void styleChart(QCustomPlot& plot, const QString& title);
// A legend of `columns` entries a line between title and plot, so it never hides data.
void placeLegendBelowTitle(QCustomPlot& plot, int columns);

}  // namespace overlap::ui
