#include "formats/run_file.hpp"

#include <concepts>
#include <limits>
#include <nlohmann/json.hpp>
#include <type_traits>

#include "formats/enum_names.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/json_syntax.hpp"

namespace overlap {

namespace {

using nlohmann::json;
// Written in field order, so the file reads top-down like the documentation.
using nlohmann::ordered_json;

constexpr const char* kFormatName = "overlap-run";

// ---- Field lists: one per struct, shared by the writer and the reader ----

template <typename Self, typename T>
concept Of = std::same_as<std::remove_const_t<Self>, T>;

template <Of<Behaviour> Self, typename Visit>
void visit_fields(Self& behaviour, Visit&& visit) {
    visit("timeout_s", behaviour.timeout_s);
    visit("gil", behaviour.gil);
    visit("offload", behaviour.offload);
    visit("blocking_in_async", behaviour.blocking_in_async);
}

template <Of<TaskSpec> Self, typename Visit>
void visit_fields(Self& task, Visit&& visit) {
    visit("url", task.url);
    visit("cpu_ms", task.cpu_ms);
    visit("expected_s", task.expected_s);
}

template <Of<Summary> Self, typename Visit>
void visit_fields(Self& summary, Visit&& visit) {
    visit("makespan_s", summary.makespan_s);
    visit("ideal_s", summary.ideal_s);
    visit("efficiency", summary.efficiency);
    visit("throughput_per_s", summary.throughput_per_s);
    visit("latency_p50_s", summary.latency_p50_s);
    visit("latency_p95_s", summary.latency_p95_s);
    visit("latency_p99_s", summary.latency_p99_s);
    visit("latency_max_s", summary.latency_max_s);
    visit("peak_in_flight", summary.peak_in_flight);
    visit("cpu_user_s", summary.cpu_user_s);
    visit("cpu_sys_s", summary.cpu_sys_s);
    visit("peak_rss_mb", summary.peak_rss_mb);
    visit("max_threads", summary.max_threads);
    visit("processes", summary.processes);
    visit("voluntary_switches", summary.voluntary_switches);
    visit("involuntary_switches", summary.involuntary_switches);
    visit("ok", summary.ok);
    visit("http_errors", summary.http_errors);
    visit("errors", summary.errors);
    visit("timeouts", summary.timeouts);
    visit("cancelled", summary.cancelled);
}

template <Of<RunRecord> Self, typename Visit>
void visit_fields(Self& run, Visit&& visit) {
    visit("mode", run.config.mode);
    visit("concurrency", run.config.concurrency);
    visit("cancelled", run.cancelled);
}

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
}

template <Of<PhaseSpan> Self, typename Visit>
void visit_fields(Self& phase, Visit&& visit) {
    visit("kind", phase.kind);
    visit("start_s", phase.span.start_s);
    visit("end_s", phase.span.end_s);
}

template <Of<WorkerRecord> Self, typename Visit>
void visit_fields(Self& worker, Visit&& visit) {
    visit("id", worker.id);
    visit("label", worker.label);
}

template <Of<WorkerSpan> Self, typename Visit>
void visit_fields(Self& span, Visit&& visit) {
    visit("state", span.state);
    visit("task", span.task);
    visit("start_s", span.span.start_s);
    visit("end_s", span.span.end_s);
}

// ---- Writing ----

template <typename T>
ordered_json to_value(const T& value) {
    if constexpr (std::is_same_v<T, std::optional<double>>) {
        return value ? ordered_json(*value) : ordered_json(nullptr);
    } else if constexpr (std::is_same_v<T, std::uint32_t>) {
        // A task id; kNoTask (a worker span outside any task) is written as null.
        return value == kNoTask ? ordered_json(nullptr) : ordered_json(value);
    } else if constexpr (std::is_enum_v<T>) {
        return to_string(value);
    } else {
        return value;
    }
}

template <typename Self>
ordered_json object_of(const Self& self) {
    ordered_json object = ordered_json::object();
    visit_fields(self, [&](const char* key, const auto& value) { object[key] = to_value(value); });
    return object;
}

template <typename Item, typename Convert>
ordered_json array_of(const std::vector<Item>& items, Convert&& convert) {
    ordered_json array = ordered_json::array();
    for (const Item& item : items) array.push_back(convert(item));
    return array;
}

ordered_json task_to_json(const TaskRecord& task) {
    ordered_json object = object_of(task);
    object["phases"] = array_of(task.phases, object_of<PhaseSpan>);
    return object;
}

ordered_json worker_to_json(const WorkerRecord& worker) {
    ordered_json object = object_of(worker);
    object["spans"] = array_of(worker.spans, object_of<WorkerSpan>);
    return object;
}

ordered_json run_to_json(const RunRecord& run) {
    ordered_json object = object_of(run);
    object["behaviour"] = object_of(run.behaviour);
    object["summary"] = object_of(run.summary);
    object["tasks"] = array_of(run.tasks, task_to_json);
    object["workers"] = array_of(run.workers, worker_to_json);
    return object;
}

// ---- Reading ----

// Where a value sits in the document, as a chain on the stack: the path text
// ("runs[2].tasks[5].start_s") is only built when something is wrong.
struct Where {
    const Where* parent = nullptr;
    const char* key = "";  // nullptr: the element `index` of an array
    std::size_t index = 0;

    std::string path() const {
        const std::string prefix = parent ? parent->path() : std::string();
        if (key) return prefix.empty() ? std::string(key) : prefix + "." + key;
        return prefix + "[" + std::to_string(index) + "]";
    }
};

[[noreturn]] void damaged(const Where& where, const std::string& problem) {
    throw FormatError("Damaged run file: " + where.path() + " " + problem);
}

[[noreturn]] void wrong_type(const Where& where, const char* expected, const json& value) {
    damaged(where, std::string("should be ") + expected + ", not " + value.type_name());
}

const json& member(const json& object, const Where& here) {
    const auto found = object.find(here.key);
    if (found == object.end()) damaged(here, "is missing");
    return *found;
}

const json& expect_object(const json& value, const Where& where) {
    if (!value.is_object()) wrong_type(where, "an object", value);
    return value;
}

const json& expect_array(const json& value, const Where& where) {
    if (!value.is_array()) wrong_type(where, "an array", value);
    return value;
}

template <std::integral T>
void read_integer(const json& value, const Where& where, T& out) {
    if (!value.is_number_integer()) wrong_type(where, "a whole number", value);
    const bool fits = value.is_number_unsigned() ? value.get<std::uint64_t>() <=
                                                       std::uint64_t{std::numeric_limits<T>::max()}
                                                 : std::in_range<T>(value.get<std::int64_t>());
    if (!fits) damaged(where, "is out of range: " + value.dump());
    out = static_cast<T>(value.get<std::int64_t>());
}

template <typename Enum>
void read_enum(const json& value, const Where& where, Enum& out) {
    if (!value.is_string()) wrong_type(where, "a name", value);
    const auto& name = value.get_ref<const std::string&>();
    std::optional<Enum> parsed;
    if constexpr (std::is_same_v<Enum, Mode>) parsed = mode_from_string(name);
    if constexpr (std::is_same_v<Enum, PhaseKind>) parsed = phase_kind_from_string(name);
    if constexpr (std::is_same_v<Enum, WorkerState>) parsed = worker_state_from_string(name);
    if constexpr (std::is_same_v<Enum, Outcome>) parsed = outcome_from_string(name);
    if (!parsed) damaged(where, "has an unknown value \"" + name + "\"");
    out = *parsed;
}

template <typename T>
void read_value(const json& value, const Where& where, T& out) {
    if constexpr (std::is_same_v<T, double>) {
        if (!value.is_number()) wrong_type(where, "a number", value);
        out = value.get<double>();
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        if (value.is_null()) {
            out.reset();
        } else {
            read_value(value, where, out.emplace());
        }
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!value.is_boolean()) wrong_type(where, "true or false", value);
        out = value.get<bool>();
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!value.is_string()) wrong_type(where, "a string", value);
        out = value.get_ref<const std::string&>();
    } else if constexpr (std::is_same_v<T, std::uint32_t>) {
        if (value.is_null()) {
            out = kNoTask;
        } else {
            read_integer(value, where, out);
        }
    } else if constexpr (std::is_enum_v<T>) {
        read_enum(value, where, out);
    } else {
        read_integer(value, where, out);
    }
}

// Optional values may be null or left out; everything else must be there.
template <typename T>
void read_member(const json& object, const Where& where, const char* key, T& out) {
    const Where here{&where, key};
    const auto found = object.find(key);
    if (found != object.end()) {
        read_value(*found, here, out);
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        out.reset();
    } else {
        damaged(here, "is missing");
    }
}

template <typename Self>
void read_fields(const json& object, const Where& where, Self& self) {
    visit_fields(self, [&](const char* key, auto& out) { read_member(object, where, key, out); });
}

template <typename Item, typename ReadItem>
void read_array(const json& object, const Where& where, const char* key, std::vector<Item>& out,
                ReadItem&& read_item) {
    const Where here{&where, key};
    const json& array = expect_array(member(object, here), here);
    out.resize(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        const Where item{&here, nullptr, i};
        read_item(expect_object(array[i], item), item, out[i]);
    }
}

template <typename Self>
void read_object(const json& parent, const Where& where, const char* key, Self& self) {
    const Where here{&where, key};
    read_fields(expect_object(member(parent, here), here), here, self);
}

void read_task(const json& object, const Where& where, TaskRecord& task) {
    read_fields(object, where, task);
    read_array(object, where, "phases", task.phases, read_fields<PhaseSpan>);
}

void read_worker(const json& object, const Where& where, WorkerRecord& worker) {
    read_fields(object, where, worker);
    read_array(object, where, "spans", worker.spans, read_fields<WorkerSpan>);
}

void read_run(const json& object, const Where& where, RunRecord& run) {
    read_fields(object, where, run);
    read_object(object, where, "behaviour", run.behaviour);
    read_object(object, where, "summary", run.summary);
    read_array(object, where, "tasks", run.tasks, read_task);
    read_array(object, where, "workers", run.workers, read_worker);
}

void read_workload(const json& parent, const Where& where, Workload& workload) {
    const Where here{&where, "workload"};
    const json& object = expect_object(member(parent, here), here);
    read_member(object, here, "title", workload.title);
    read_object(object, here, "behaviour", workload.behaviour);
    read_array(object, here, "tasks", workload.tasks, read_fields<TaskSpec>);
}

// Says whether this is our file at all, and one this version can read.
void check_header(const json& root) {
    if (root.is_object() && root.contains("traceEvents")) {
        throw FormatError("This is a Chrome trace, not an Overlap run file: import it as a trace");
    }
    const auto format = root.is_object() ? root.find("format") : root.end();
    if (format == root.end() || *format != kFormatName) {
        throw FormatError("Not an Overlap run file (it has no \"format\": \"overlap-run\")");
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) {
        throw FormatError("Damaged run file: version is missing or not a whole number");
    }
    const auto number = version->get<std::int64_t>();
    if (number > kRunFileVersion) {
        throw FormatError("This run file was made by a newer Overlap: version " +
                          std::to_string(number) + ", this reads up to " +
                          std::to_string(kRunFileVersion));
    }
    if (number < 1)
        throw FormatError("Damaged run file: unknown version " + std::to_string(number));
}

}  // namespace

std::string run_set_to_json(const RunSet& runs) {
    ordered_json root = ordered_json::object();
    root["format"] = kFormatName;
    root["version"] = kRunFileVersion;
    root["recorded_at"] = runs.recorded_at;
    root["server"] = runs.server;
    ordered_json workload = ordered_json::object();
    workload["title"] = runs.workload.title;
    workload["behaviour"] = object_of(runs.workload.behaviour);
    workload["tasks"] = array_of(runs.workload.tasks, object_of<TaskSpec>);
    root["workload"] = std::move(workload);
    root["runs"] = array_of(runs.runs, run_to_json);
    return root.dump() + "\n";
}

RunSet run_set_from_json(std::string_view text) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& error) {
        throw FormatError("Cannot read the run file: " +
                          describe_json_syntax_error(error.byte, text.size(), error.what()));
    }
    check_header(root);
    RunSet runs;
    const Where top;
    read_member(root, top, "recorded_at", runs.recorded_at);
    read_member(root, top, "server", runs.server);
    read_workload(root, top, runs.workload);
    read_array(root, top, "runs", runs.runs, read_run);
    return runs;
}

void save_run_file(const RunSet& runs, const std::filesystem::path& path) {
    write_file_atomically(path, run_set_to_json(runs));
}

RunSet load_run_file(const std::filesystem::path& path) {
    const std::string text = read_text_file(path);
    try {
        return run_set_from_json(text);
    } catch (const FormatError& error) {
        throw FormatError("'" + path.string() + "': " + error.what());
    }
}

}  // namespace overlap
