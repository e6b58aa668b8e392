// QCustomPlot copies its widget's font into its axes, legend and text items
// once, when they are made. followWidgetFont keeps them following it, so a
// plot's text grows with the window's text zoom and the presentation view
// like every other widget's.
#pragma once

class QCustomPlot;

namespace overlap::ui {

// From now on, whenever the plot's font changes (set on it, or inherited from
// a parent), every text in it takes that font; titles stay bold. Replots.
void followWidgetFont(QCustomPlot& plot);

}  // namespace overlap::ui
