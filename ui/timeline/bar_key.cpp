#include "ui/timeline/bar_key.hpp"

namespace overlap::ui {

BarKey barKey(PhaseKind kind) { return static_cast<BarKey>(kind); }

BarKey barKey(WorkerState state) {
    switch (state) {
        case WorkerState::Starting:
            return BarKey::WorkerStarting;
        case WorkerState::Busy:
            return BarKey::WorkerBusy;
        case WorkerState::Blocked:
            return BarKey::WorkerBlocked;
        case WorkerState::LockWait:
            return BarKey::WorkerLockWait;
        case WorkerState::IoWait:
            return BarKey::WorkerIoWait;
        case WorkerState::Running:
            return BarKey::WorkerRunning;
        case WorkerState::Polling:
            // What a polling loop waits on: the tasks it holds in flight.
            return BarKey::WorkerInFlight;
    }
    return BarKey::WorkerBusy;
}

bool hasOutcomeMark(Outcome outcome) { return outcome != Outcome::Ok && outcome != Outcome::Pending; }

}  // namespace overlap::ui
