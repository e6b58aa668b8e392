// The look the charts share: a title row, a legend, fonts that follow the
// application's, colours from the current theme, so the three plots read as one page.
#pragma once

#include <QString>

class QCustomPlot;

namespace overlap::ui {

void styleChart(QCustomPlot& plot, const QString& title);
// The current theme's colours on the axes and text; each chart calls it as it
// draws its runs, which is also how a theme switch reaches it.
void themeChart(QCustomPlot& plot);
// A legend of `columns` entries a line between title and plot, so it never hides data.
void placeLegendBelowTitle(QCustomPlot& plot, int columns);

}  // namespace overlap::ui
