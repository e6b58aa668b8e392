// Which JSON member holds which field, for every struct a run file contains:
// one list per struct, walked by both the writer and the reader, so the two
// cannot drift apart. Internal to the run file code (docs/run-format.md is the
// user-facing description).
#pragma once

#include <concepts>
#include <string_view>
#include <type_traits>
#include <vector>

#include "model/run_record.hpp"

namespace overlap::run_file {

inline constexpr const char* kFormatName = "overlap-run";

// Self is T or const T: the writer visits const records, the reader fills mutable ones.
template <typename Self, typename T>
concept Of = std::same_as<std::remove_const_t<Self>, T>;

template <Of<Behaviour> Self, typename Visit>
void visit_fields(Self& behaviour, Visit&& visit) {
    visit("timeout_s", behaviour.timeout_s);
    visit("gil", behaviour.gil);
    visit("offload", behaviour.offload);
    visit("blocking_in_async", behaviour.blocking_in_async);
    visit("interpreter_ms", behaviour.interpreter_ms);
}

// Members added after files were first written: a file from before leaves
// them out, and they keep their defaults (0: none). interpreter_ms came late
// in version 1, markers with version 2, a summary's ideal_cap and cores with
// the sweep (readers before it ignore them).
inline bool added_later(std::string_view name) {
    return name == "interpreter_ms" || name == "markers" || name == "ideal_cap" || name == "cores";
}

template <Of<TaskSpec> Self, typename Visit>
void visit_fields(Self& task, Visit&& visit) {
    visit("url", task.url);
    visit("cpu_ms", task.cpu_ms);
    visit("expected_s", task.expected_s);
}

template <Of<Workload> Self, typename Visit>
void visit_fields(Self& workload, Visit&& visit) {
    visit("title", workload.title);
    visit("behaviour", workload.behaviour);
    visit("tasks", workload.tasks);
}

template <Of<Summary> Self, typename Visit>
void visit_fields(Self& summary, Visit&& visit) {
    visit("makespan_s", summary.makespan_s);
    visit("ideal_s", summary.ideal_s);
    visit("ideal_cap", summary.ideal_cap);
    visit("cores", summary.cores);
    visit("efficiency", summary.efficiency);
    visit("throughput_per_s", summary.throughput_per_s);
    visit("latency_p50_s", summary.latency_p50_s);
    visit("latency_p95_s", summary.latency_p95_s);
    visit("latency_p99_s", summary.latency_p99_s);
    visit("latency_max_s", summary.latency_max_s);
    visit("peak_in_flight", summary.peak_in_flight);
    visit("cpu_user_s", summary.resources.cpu_user_s);
    visit("cpu_sys_s", summary.resources.cpu_sys_s);
    visit("peak_rss_mb", summary.resources.peak_rss_mb);
    visit("max_threads", summary.resources.max_threads);
    visit("processes", summary.resources.processes);
    visit("voluntary_switches", summary.resources.voluntary_switches);
    visit("involuntary_switches", summary.resources.involuntary_switches);
    visit("ok", summary.ok);
    visit("http_errors", summary.http_errors);
    visit("errors", summary.errors);
    visit("timeouts", summary.timeouts);
    visit("cancelled", summary.cancelled);
}

template <Of<PhaseSpan> Self, typename Visit>
void visit_fields(Self& phase, Visit&& visit) {
    visit("kind", phase.kind);
    visit("start_s", phase.span.start_s);
    visit("end_s", phase.span.end_s);
}

// `id` and a worker span's `task` are task ids: kNoTask is written as null.
template <Of<TaskRecord> Self, typename Visit>
void visit_fields(Self& task, Visit&& visit) {
    visit("id", task.id);
    visit("url", task.url);
    visit("worker", task.worker);
    visit("status", task.outcome);
    visit("http_status", task.http_status);
    visit("error", task.error);
    visit("queued_s", task.queued_s);
    visit("start_s", task.start_s);
    visit("end_s", task.end_s);
    visit("phases", task.phases);
}

template <Of<WorkerSpan> Self, typename Visit>
void visit_fields(Self& span, Visit&& visit) {
    visit("state", span.state);
    visit("task", span.task);
    visit("start_s", span.span.start_s);
    visit("end_s", span.span.end_s);
}

template <Of<WorkerRecord> Self, typename Visit>
void visit_fields(Self& worker, Visit&& visit) {
    visit("id", worker.id);
    visit("label", worker.label);
    visit("spans", worker.spans);
}

template <Of<RunRecord> Self, typename Visit>
void visit_fields(Self& run, Visit&& visit) {
    visit("mode", run.config.mode);
    visit("concurrency", run.config.concurrency);
    visit("cancelled", run.cancelled);
    visit("behaviour", run.behaviour);
    visit("summary", run.summary);
    visit("tasks", run.tasks);
    visit("workers", run.workers);
}

// `run` is an index into the file's runs, null for every run; `task` a task id or null.
template <Of<Marker> Self, typename Visit>
void visit_fields(Self& marker, Visit&& visit) {
    visit("time_s", marker.time_s);
    visit("run", marker.run);
    visit("task", marker.task);
    visit("caption", marker.caption);
}

// A preset check's verdict as it was measured; in the file's "preset" object.
template <Of<CheckResult> Self, typename Visit>
void visit_fields(Self& result, Visit&& visit) {
    visit("verdict", result.verdict);
    visit("measurement", result.measurement);
    visit("expectation", result.expectation);
}

// In the file's "preset" object, whose other members are the preset file's
// own (read by formats/preset_file).
template <Of<PresetRecord> Self, typename Visit>
void visit_fields(Self& record, Visit&& visit) {
    visit("verdicts", record.verdicts);
}

// After "format" and "version", which the writer and reader handle first, and
// before "preset", which is written in the preset file's own form
// (run_file_preset.hpp).
template <Of<RunSet> Self, typename Visit>
void visit_fields(Self& runs, Visit&& visit) {
    visit("recorded_at", runs.recorded_at);
    visit("server", runs.server);
    visit("workload", runs.workload);
    visit("runs", runs.runs);
    visit("markers", runs.markers);
}

// A struct written as a JSON object of its fields.
template <typename T>
concept Record = requires(T& record) {
    visit_fields(record, [](const char*, auto&) {});
};

template <typename T>
inline constexpr bool kIsVector = false;
template <typename T>
inline constexpr bool kIsVector<std::vector<T>> = true;

}  // namespace overlap::run_file
