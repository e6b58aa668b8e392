// Stable names for the event enums: used in run files, CSV, traces and the UI legend.
#include "model/event.hpp"

namespace overlap {

const char* to_string(PhaseKind kind) {
    switch (kind) {
        case PhaseKind::Queued: return "queued";
        case PhaseKind::Dns: return "dns";
        case PhaseKind::Connect: return "connect";
        case PhaseKind::Tls: return "tls";
        case PhaseKind::Send: return "send";
        case PhaseKind::Wait: return "wait";
        case PhaseKind::Receive: return "receive";
        case PhaseKind::Compute: return "compute";
        case PhaseKind::LockWait: return "lock_wait";
        case PhaseKind::Stalled: return "stalled";
        case PhaseKind::Interpreter: return "interpreter";
    }
    return "unknown";
}

const char* to_string(WorkerState state) {
    switch (state) {
        case WorkerState::Starting: return "starting";
        case WorkerState::Busy: return "busy";
        case WorkerState::Blocked: return "blocked";
        case WorkerState::LockWait: return "lock_wait";
        case WorkerState::IoWait: return "io_wait";
        case WorkerState::Running: return "running";
        case WorkerState::Polling: return "polling";
    }
    return "unknown";
}

const char* to_string(Outcome outcome) {
    switch (outcome) {
        case Outcome::Pending: return "pending";
        case Outcome::Ok: return "ok";
        case Outcome::HttpError: return "http_error";
        case Outcome::Error: return "error";
        case Outcome::Timeout: return "timeout";
        case Outcome::Cancelled: return "cancelled";
    }
    return "unknown";
}

}  // namespace overlap
