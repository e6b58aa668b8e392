// The raw record every runner emits: one fixed-size, trivially copyable event.
// Events are cheap to write (no allocation, no lock) and are folded into a
// RunRecord afterwards, or live, by RunBuilder.
#pragma once

#include <cstdint>
#include <type_traits>

namespace overlap {

// What a task or worker spent an interval doing. New kinds are appended (the
// legend lists them in its own order), so existing values never change.
enum class PhaseKind : std::uint8_t {
    Queued,    // waiting for a worker or a concurrency slot
    Dns,       // resolving the host name
    Connect,   // TCP handshake
    Tls,       // TLS handshake
    Send,      // request being written
    Wait,      // waiting for the server's first byte (TTFB)
    Receive,   // first byte to last byte
    Compute,   // CPU work
    LockWait,  // waiting for the emulated GIL
    // Started, yet neither on the network nor computing: the client (libcurl,
    // the event loop) had not got to it, before its connection began or
    // after its response was complete and before the task went on.
    Stalled,
    // The emulated interpreter's own CPU work per request (Behaviour::
    // interpreter_ms), apart from the task's CPU work so the timeline tells
    // CPython's per-request overhead from the work the task asked for.
    Interpreter,
};
inline constexpr int kPhaseKindCount = 11;

// What a worker was doing; no interval means idle. Appended, like PhaseKind.
enum class WorkerState : std::uint8_t {
    Starting,  // process start-up: real overhead, shown as its own interval
    Busy,      // computing a task (the event's task field says which)
    Blocked,   // an event loop stuck in CPU work or a blocking call
    LockWait,  // waiting for the emulated GIL
    IoWait,    // a thread inside a blocking transfer: waiting, not computing
    Running,   // an event loop running callbacks (libcurl's and its tasks')
    Polling,   // an event loop waiting in epoll on the sockets of its transfers
};
inline constexpr int kWorkerStateCount = 7;

enum class Outcome : std::uint8_t {
    Pending,    // not finished (yet)
    Ok,         // transfer done, HTTP status < 400 (or CPU-only task)
    HttpError,  // the server answered 4xx/5xx
    Error,      // transport failure: DNS, refused, TLS, reset, too large, worker died
    Timeout,    // the task's timeout elapsed
    Cancelled,  // the user cancelled the run
};

// Every task counts as queued from the run's start (like asyncio.gather or
// Executor.map), so there is no queued event: the queued phase ends at TaskStarted.
enum class EventKind : std::uint8_t {
    TaskStarted,   // begin = when a worker picked it up
    TaskPhase,     // [begin, end) of one PhaseKind (detail)
    TaskFinished,  // begin = end time; detail = Outcome; value = HTTP status
    WorkerSpan,    // [begin, end) of one WorkerState (detail) on a worker; task may be kNoTask
};

inline constexpr std::uint32_t kNoTask = 0xFFFFFFFFu;

// Times are steady_clock nanoseconds since the clock's epoch. On Linux that clock
// is system-wide, so events from child processes line up with the parent's.
struct Event {
    std::int64_t begin_ns = 0;
    std::int64_t end_ns = 0;  // == begin_ns for instants
    std::uint32_t task = kNoTask;
    std::uint16_t worker = 0;
    EventKind kind = EventKind::TaskStarted;
    std::uint8_t detail = 0;  // PhaseKind, Outcome or WorkerState, by kind
    std::int32_t value = 0;   // HTTP status for TaskFinished
    std::uint32_t reserved = 0;
};
static_assert(sizeof(Event) == 32);
static_assert(std::is_trivially_copyable_v<Event>);

const char* to_string(PhaseKind kind);
const char* to_string(WorkerState state);
const char* to_string(Outcome outcome);

}  // namespace overlap
