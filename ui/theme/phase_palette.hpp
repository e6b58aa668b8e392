// The one place the timeline's colours and legend labels live: task phases,
// worker states, the live "running" tail and the outcome markers. The timeline,
// its legend, the window and the exports all read from here so they agree.
#pragma once

#include <QColor>
#include <QString>

#include <cstdint>

#include "model/event.hpp"

namespace overlap::ui {

// Everything a timeline bar can be coloured as; the phases come first, in
// PhaseKind's (legend) order, so a phase converts by value.
enum class BarKey : std::uint8_t {
    Queued,
    Dns,
    Connect,
    Tls,
    Send,
    Wait,
    Receive,
    Compute,
    LockWait,
    Running,         // live: started, its current phase not reported yet
    WorkerInFlight,  // a task an event loop holds while it waits on the task's socket
    WorkerStarting,
    WorkerBusy,
    WorkerBlocked,
    WorkerLockWait,
};
inline constexpr int kBarKeyCount = 15;
inline constexpr int kOutcomeCount = 6;

BarKey barKey(PhaseKind kind);
BarKey barKey(WorkerState state);

QColor barColour(BarKey key);
QString barLabel(BarKey key);  // "Connect", "Busy", ...

QColor phaseColour(PhaseKind kind);
QString phaseLabel(PhaseKind kind);

// Failed tasks get an outline and an end glyph in this colour; ok and pending
// tasks are not marked at all.
bool isFailure(Outcome outcome);
QColor outcomeColour(Outcome outcome);
QString outcomeLabel(Outcome outcome);  // "ok", "HTTP error", "timeout", ...

// Folded blocks (many sub-pixel bars merged) are hatched with this on top of
// their dominant phase's colour.
QColor foldHatchColour();
QColor selectionColour();
QColor hoverColour();
QColor idealMarkerColour();

}  // namespace overlap::ui
