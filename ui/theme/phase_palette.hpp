// The timeline's colours (the current theme's) and legend labels: task phases,
// worker states, the live "running" tail and the outcome markers. The timeline,
// its legend, the window and the exports all read from here so they agree.
#pragma once

#include <QColor>
#include <QString>

#include "model/event.hpp"
#include "ui/timeline/bar_key.hpp"

namespace overlap::ui {

QColor barColour(BarKey key);
QString barLabel(BarKey key);  // "Connect", "Busy", ...

QColor phaseColour(PhaseKind kind);
QString phaseLabel(PhaseKind kind);

// The colour of a task's outcome mark (see hasOutcomeMark).
QColor outcomeColour(Outcome outcome);
QString outcomeLabel(Outcome outcome);  // "ok", "HTTP error", "timeout", ...

// Folded blocks (many sub-pixel bars merged) are hatched with this on top of
// their dominant phase's colour.
QColor foldHatchColour();
QColor selectionColour();
QColor hoverColour();
QColor idealMarkerColour();
// A replay's "now" line: apart from every phase colour and the ideal marker.
QColor nowLineColour();

}  // namespace overlap::ui
