// What a timeline bar shows, independent of how it is drawn: the model sorts
// bars by key, the palette (ui/theme/phase_palette) gives each key a colour.
#pragma once

#include <cstdint>

#include "model/event.hpp"

namespace overlap::ui {

// Everything a timeline bar can be; the phases come first, in PhaseKind's
// order, so a phase converts by value. Keys later in the list are drawn on
// top of earlier ones where bars overlap.
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
    Stalled,
    Interpreter,
    Running,         // live: started, its current phase not reported yet
    WorkerInFlight,  // a task an event loop holds while it waits on the task's socket
    WorkerStarting,
    WorkerBusy,  // computing
    WorkerBlocked,
    WorkerLockWait,
    WorkerIoWait,
    WorkerRunning,  // an event loop running callbacks
};
inline constexpr int kBarKeyCount = 19;
static_assert(static_cast<int>(BarKey::Interpreter) + 1 == kPhaseKindCount);

BarKey barKey(PhaseKind kind);
BarKey barKey(WorkerState state);

// Whether a task's end gets an outcome mark (an outline and an end glyph):
// every outcome but ok and pending, cancelled included, so a stopped task
// reads as stopped rather than finished.
bool hasOutcomeMark(Outcome outcome);
inline constexpr int kOutcomeCount = 6;  // Outcome's values, for per-outcome arrays

}  // namespace overlap::ui
