// A QCustomPlot in a theme's colours: background, axes, tick labels, grid,
// legend and title text. The timelines and the charts share it, so a theme
// switch restyles them alike.
#pragma once

class QCustomPlot;

namespace overlap::ui {

struct Theme;

void applyPlotTheme(QCustomPlot& plot, const Theme& theme);

}  // namespace overlap::ui
