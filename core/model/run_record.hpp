// A finished (or growing) run as data: every task with its phases, every worker
// with its intervals, and the run's summary. Views are drawn from this, files
// are written from it, and nothing in it points back at the runner.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/check_result.hpp"
#include "model/event.hpp"
#include "model/marker.hpp"
#include "model/mode.hpp"
#include "model/preset.hpp"
#include "model/workload.hpp"

namespace overlap {

// Times in a record are seconds relative to the run's start.
struct Span {
    double start_s = 0;
    double end_s = 0;
    double duration() const { return end_s - start_s; }
};

struct PhaseSpan {
    PhaseKind kind = PhaseKind::Queued;
    Span span;
};

struct TaskRecord {
    std::uint32_t id = 0;
    std::string url;  // resolved; empty for CPU-only tasks
    int worker = -1;  // -1 until started
    Outcome outcome = Outcome::Pending;
    int http_status = 0;
    std::string error;  // curl's message, the timeout, the dead worker...
    double queued_s = 0;
    std::optional<double> start_s;
    std::optional<double> end_s;
    std::vector<PhaseSpan> phases;  // in time order
};

struct WorkerSpan {
    WorkerState state = WorkerState::Busy;
    Span span;
    std::uint32_t task = kNoTask;
};

struct WorkerRecord {
    int id = 0;
    std::string label;  // "thread 3", "process 2 (pid 1234)", "event loop"
    std::vector<WorkerSpan> spans;  // in time order
};

// What the operating system says the run cost; filled by the engine.
struct ResourceUsage {
    double cpu_user_s = 0;
    double cpu_sys_s = 0;
    double peak_rss_mb = 0;
    int max_threads = 0;
    int processes = 0;
    long voluntary_switches = 0;
    long involuntary_switches = 0;
};

// What held the ideal makespan back: the run's concurrency (tasks wait for a
// free worker), or for CPU work the cores that can compute at once.
enum class IdealCap {
    Concurrency,  // list scheduling over the run's workers
    Cores,        // CPU work spread over Summary::cores cores at best
    Gil,          // the emulated GIL: one thread computes at a time
    EventLoop,    // one thread (the loop, or its one offload helper) computes
};

// The name a file gives the cap: "concurrency", "cores", "gil", "event_loop".
inline const char* to_string(IdealCap cap) {
    switch (cap) {
        case IdealCap::Concurrency: return "concurrency";
        case IdealCap::Cores: return "cores";
        case IdealCap::Gil: return "gil";
        case IdealCap::EventLoop: return "event_loop";
    }
    return "unknown";
}

struct Summary {
    double makespan_s = 0;
    std::optional<double> ideal_s;     // list-scheduling bound when task durations are known
    std::optional<double> efficiency;  // ideal / makespan
    double throughput_per_s = 0;
    double latency_p50_s = 0;
    double latency_p95_s = 0;
    double latency_p99_s = 0;
    double latency_max_s = 0;
    int peak_in_flight = 0;
    ResourceUsage resources;
    int ok = 0;
    int http_errors = 0;
    int errors = 0;
    int timeouts = 0;
    int cancelled = 0;
    // In run files since the sweep (older files read as Concurrency and 0):
    IdealCap ideal_cap = IdealCap::Concurrency;
    int cores = 0;  // the cores the ideal allowed for; 0 unknown
    // Not in run files (a loaded run shows no pressure):
    // How contended the cores were, in percent (Linux PSI "some avg10", the
    // highest of the readings before and at the end of the run); 0 unknown.
    double cpu_pressure_pct = 0;
};

struct RunRecord {
    ModeConfig config;
    Behaviour behaviour;
    std::vector<TaskRecord> tasks;
    std::vector<WorkerRecord> workers;
    Summary summary;
    bool cancelled = false;
};

// The preset a comparison ran, kept with its runs: its claim and checks, and
// the verdicts as they were when the runs were measured (the machine's load,
// which can excuse a check, is not in the file to work them out again).
struct PresetRecord {
    Preset preset;
    std::vector<CheckResult> verdicts;  // one per check
};

// One file's worth: the workload and its runs, one per mode.
struct RunSet {
    Workload workload;
    std::string server;       // base URL the workload ran against, if the embedded server
    std::string recorded_at;  // ISO 8601, UTC
    std::vector<RunRecord> runs;
    std::vector<Marker> markers;
    std::optional<PresetRecord> preset;  // when the runs are a preset's
};

}  // namespace overlap
