// How a mode is presented everywhere in the window: its name, its label with
// its concurrency, a planned run's caption, and the colour its series use in charts.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include "model/mode.hpp"
#include "model/run_plan.hpp"

namespace overlap::ui {

QString modeName(Mode mode);                        // "Thread pool"
QString modeLabel(const ModeConfig& config);        // "Thread pool · W=10"
QString modeConcurrency(const ModeConfig& config);  // "W=10", "1" for sequential
QColor modeColour(Mode mode);
// One compare-view caption per planned run: its label, then the traits that
// tell two runs in one mode apart, as the text formats name them:
// "Async · C=5", "Async · C=5 · blocking call".
QStringList runCaptions(const RunPlan& plan);

}  // namespace overlap::ui
