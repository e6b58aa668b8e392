// How a mode is presented everywhere in the window: its name, its label with
// its concurrency, and the colour its series use in charts.
#pragma once

#include <QColor>
#include <QString>

#include "model/mode.hpp"

namespace overlap::ui {

QString modeName(Mode mode);                        // "Thread pool"
QString modeLabel(const ModeConfig& config);        // "Thread pool · W=10"
QString modeConcurrency(const ModeConfig& config);  // "W=10", "1" for sequential
QColor modeColour(Mode mode);

}  // namespace overlap::ui
