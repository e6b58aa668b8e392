// Reads Chrome Trace Event JSON into runs (see chrome_trace.hpp for the
// mapping). A SAX handler keeps only the few members it needs from each event,
// so a million-event trace never exists as a JSON tree in memory.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "analysis/statistics.hpp"
#include "formats/chrome_trace.hpp"
#include "formats/enum_names.hpp"
#include "formats/format_error.hpp"
#include "formats/json_syntax.hpp"
#include "model/run_name.hpp"

namespace overlap {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& problem) {
    throw FormatError("Cannot import the trace: " + problem);
}

// Parsing is most of the work; building the runs is the rest.
constexpr double kParseShare = 0.9;

void report(const std::function<bool(double)>& on_progress, double progress) {
    if (on_progress && !on_progress(progress)) throw FormatError("import cancelled");
}

// What Overlap's export says about a task in its slice's args.
struct TaskArgs {
    std::optional<std::string> url;  // present but empty for a CPU-only task
    Outcome outcome = Outcome::Ok;
    int http_status = 0;
    std::string error;
};

constexpr std::uint32_t kNoArgs = std::numeric_limits<std::uint32_t>::max();

struct RawSlice {
    double start_us = 0;
    double end_us = 0;
    std::uint32_t name = 0;        // index into the name table
    std::uint32_t args = kNoArgs;  // index into the task args, for the few slices with them
};

// A "B" or "E" event, paired up once the whole track is read (events need not
// be in time order in the file).
struct Mark {
    double ts_us = 0;
    std::uint32_t name = 0;
    bool begin = false;
};

struct Track {
    std::string tid;
    std::string label;  // from thread_name metadata
    std::vector<RawSlice> slices;
    std::vector<Mark> marks;
};

struct Process {
    std::string label;          // from process_name metadata
    std::vector<Track> tracks;  // in order of first appearance
    std::unordered_map<std::string, std::size_t> track_index;
};

// Everything kept from the file.
struct RawTrace {
    std::vector<Process> processes;  // in order of first appearance
    std::unordered_map<std::string, std::size_t> process_index;
    std::vector<std::string> names;  // profilers repeat a few names many times
    std::unordered_map<std::string, std::uint32_t> name_ids;
    std::vector<TaskArgs> task_args;

    Process& process(const std::string& pid) {
        auto [found, added] = process_index.try_emplace(pid, processes.size());
        if (added) processes.emplace_back();
        return processes[found->second];
    }

    Track& track(const std::string& pid, const std::string& tid) {
        Process& owner = process(pid);
        auto [track, new_track] = owner.track_index.try_emplace(tid, owner.tracks.size());
        if (new_track) owner.tracks.push_back(Track{tid, {}, {}, {}});
        return owner.tracks[track->second];
    }

    std::uint32_t name_id(const std::string& name) {
        auto [found, added] = name_ids.try_emplace(name, static_cast<std::uint32_t>(names.size()));
        if (added) names.push_back(name);
        return found->second;
    }
};

// The one event object being read.
struct EventFields {
    std::string ph, pid, tid, name;
    std::string args_name;  // args.name: what process_name and thread_name metadata carry
    // args.url, outcome, http_status and error: what Overlap's export says about a task.
    std::optional<std::string> url, outcome, error;
    std::optional<double> ts, dur, http_status;

    void clear() {
        for (std::string* text : {&ph, &pid, &tid, &name, &args_name}) text->clear();
        for (std::optional<std::string>* text : {&url, &outcome, &error}) text->reset();
        for (std::optional<double>* number : {&ts, &dur, &http_status}) number->reset();
    }

    bool has_task_args() const { return url || outcome || error || http_status; }
};

// A char iterator that publishes how far the parser has read, for progress.
class ReadingPosition {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    ReadingPosition() = default;
    ReadingPosition(const char* at, const char** published) : at_(at), published_(published) {}

    reference operator*() const { return *at_; }
    ReadingPosition& operator++() {
        *published_ = ++at_;
        return *this;
    }
    ReadingPosition operator++(int) {
        ReadingPosition before = *this;
        ++*this;
        return before;
    }
    bool operator==(const ReadingPosition& other) const { return at_ == other.at_; }

private:
    const char* at_ = nullptr;
    const char** published_ = nullptr;
};

// The SAX handler. Depths count open objects and arrays: the events array is
// at depth 1 (a bare array) or 2 ({"traceEvents": [...]}), events one deeper,
// and an event's "args" one deeper still.
class TraceHandler {
public:
    TraceHandler(std::string_view text, const char* const& position,
                 const std::function<bool(double)>& on_progress)
        : text_(text), position_(position), on_progress_(on_progress) {}

    RawTrace& trace() { return trace_; }
    bool found_events() const { return events_depth_ > 0; }

    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool binary(json::binary_t&) { return scalar(); }
    bool number_integer(json::number_integer_t value) {
        return number(static_cast<double>(value), [&] { return std::to_string(value); });
    }
    bool number_unsigned(json::number_unsigned_t value) {
        return number(static_cast<double>(value), [&] { return std::to_string(value); });
    }
    bool number_float(json::number_float_t value, const std::string& text) {
        return number(value, [&] { return text; });
    }

    bool string(std::string& value) {
        if (in_event_member()) {
            switch (field_) {
                case Field::Ph:
                    event_.ph = std::move(value);
                    break;
                case Field::Pid:
                    event_.pid = std::move(value);
                    break;
                case Field::Tid:
                    event_.tid = std::move(value);
                    break;
                case Field::Name:
                    event_.name = std::move(value);
                    break;
                default:
                    break;
            }
            return true;
        }
        if (in_args_member()) {
            switch (arg_) {
                case Arg::Name:
                    event_.args_name = std::move(value);
                    break;
                case Arg::Url:
                    event_.url = std::move(value);
                    break;
                case Arg::Outcome:
                    event_.outcome = std::move(value);
                    break;
                case Arg::Error:
                    event_.error = std::move(value);
                    break;
                default:
                    break;
            }
        }
        return scalar();
    }

    bool key(std::string& key) {
        if (depth_ == 1 && !bare_array_) events_key_ = key == "traceEvents";
        if (in_event_ && depth_ == event_depth()) {
            field_ = classify(key);
        } else if (in_args_member()) {
            arg_ = classify_arg(key);
        }
        return true;
    }

    bool start_object(std::size_t) {
        ++depth_;
        if (in_events_ && depth_ == event_depth()) {
            in_event_ = true;
            event_.clear();
            field_ = Field::Other;
        } else if (in_event_ && depth_ == event_depth() + 1 && field_ == Field::Args) {
            in_args_ = true;
            arg_ = Arg::Other;
        }
        return true;
    }

    bool end_object() {
        if (in_args_ && depth_ == event_depth() + 1) {
            in_args_ = false;
        } else if (in_event_ && depth_ == event_depth()) {
            in_event_ = false;
            finish_event();
        }
        --depth_;
        return true;
    }

    bool start_array(std::size_t) {
        ++depth_;
        if (events_depth_ == 0 && (depth_ == 1 || (depth_ == 2 && events_key_))) {
            events_depth_ = depth_;
            in_events_ = true;
            bare_array_ = depth_ == 1;
        } else if (in_events_ && depth_ == event_depth()) {
            not_an_event();
        }
        return true;
    }

    bool end_array() {
        if (in_events_ && depth_ == events_depth_) in_events_ = false;
        --depth_;
        return true;
    }

    bool parse_error(std::size_t byte, const std::string& token, const json::exception& error) {
        // A bare array may lack its closing "]": Chrome writes traces that way.
        if (bare_array_ && in_events_ && depth_ == 1 && byte > text_.size()) return false;
        fail(describe_json_syntax_error(byte, text_.size(), token, error));
    }

private:
    enum class Field { Ph, Pid, Tid, Ts, Dur, Name, Args, Other };
    enum class Arg { Name, Url, Outcome, HttpStatus, Error, Other };

    static Field classify(const std::string& key) {
        if (key == "ph") return Field::Ph;
        if (key == "pid") return Field::Pid;
        if (key == "tid") return Field::Tid;
        if (key == "ts") return Field::Ts;
        if (key == "dur") return Field::Dur;
        if (key == "name") return Field::Name;
        if (key == "args") return Field::Args;
        return Field::Other;
    }

    static Arg classify_arg(const std::string& key) {
        if (key == "name") return Arg::Name;
        if (key == "url") return Arg::Url;
        if (key == "outcome") return Arg::Outcome;
        if (key == "http_status") return Arg::HttpStatus;
        if (key == "error") return Arg::Error;
        return Arg::Other;
    }

    int event_depth() const { return events_depth_ + 1; }
    bool in_event_member() const { return in_event_ && depth_ == event_depth(); }
    bool in_args_member() const { return in_args_ && depth_ == event_depth() + 1; }

    bool scalar() {
        if (in_events_ && depth_ == events_depth_) not_an_event();
        return true;
    }

    template <typename Text>
    bool number(double value, Text&& as_text) {
        if (in_args_member() && arg_ == Arg::HttpStatus) event_.http_status = value;
        if (!in_event_member()) return scalar();
        switch (field_) {
            case Field::Ts:
                event_.ts = value;
                break;
            case Field::Dur:
                event_.dur = value;
                break;
            case Field::Pid:
                event_.pid = as_text();
                break;
            case Field::Tid:
                event_.tid = as_text();
                break;
            default:
                break;
        }
        return true;
    }

    [[noreturn]] void not_an_event() const {
        fail("event #" + std::to_string(events_read_) + " is not a JSON object");
    }

    // Times in µs; beyond about 32 years (the run file's bound on seconds)
    // they are no profile's, and their sums and differences stop being finite.
    static constexpr double kMaxMicroseconds = 1e15;

    double in_range(const std::optional<double>& value, const char* kind,
                    const char* member) const {
        const std::string event = "event #" + std::to_string(events_read_) + " (" + kind + ")";
        if (!value) fail(event + " has no numeric \"" + member + "\"");
        if (!(std::abs(*value) <= kMaxMicroseconds))
            fail(event + " has a \"" + member + "\" out of range: " + json(*value).dump() +
                 " (should be within ±1e15 µs)");
        return *value;
    }

    double timestamp(const char* kind) const { return in_range(event_.ts, kind, "ts"); }

    void finish_event() {
        const std::string& pid = event_.pid.empty() ? kZero : event_.pid;
        const std::string& tid = event_.tid.empty() ? kZero : event_.tid;
        if (event_.ph == "X") {
            const double start = timestamp("X");
            const double duration = in_range(event_.dur, "X", "dur");
            // A negative duration (clock trouble in the profiler) becomes an instant.
            trace_.track(pid, tid).slices.push_back(
                {start, start + std::max(duration, 0.0), trace_.name_id(event_.name), task_args()});
        } else if (event_.ph == "B" || event_.ph == "E") {
            const double ts = timestamp(event_.ph == "B" ? "B" : "E");
            trace_.track(pid, tid).marks.push_back(
                {ts, trace_.name_id(event_.name), event_.ph == "B"});
        } else if (event_.ph == "M" && !event_.args_name.empty()) {
            if (event_.name == "thread_name") trace_.track(pid, tid).label = event_.args_name;
            if (event_.name == "process_name") trace_.process(pid).label = event_.args_name;
        }
        if (++events_read_ % kProgressEvery == 0) report_progress();
    }

    // Kept aside: a profiler's slices and the export's phases have none of these.
    std::uint32_t task_args() {
        if (!event_.has_task_args()) return kNoArgs;
        TaskArgs& args = trace_.task_args.emplace_back();
        args.url = std::move(event_.url);
        if (event_.outcome)
            args.outcome = outcome_from_string(*event_.outcome).value_or(Outcome::Ok);
        // HTTP statuses are three digits; anything else is not one.
        if (event_.http_status && *event_.http_status >= 0 && *event_.http_status < 1000)
            args.http_status = static_cast<int>(*event_.http_status);
        args.error = event_.error.value_or("");
        return static_cast<std::uint32_t>(trace_.task_args.size() - 1);
    }

    void report_progress() const {
        const double read = static_cast<double>(position_ - text_.data());
        report(on_progress_, kParseShare * read / static_cast<double>(text_.size()));
    }

    static constexpr std::size_t kProgressEvery = 1 << 15;
    inline static const std::string kZero = "0";

    std::string_view text_;
    const char* const& position_;
    const std::function<bool(double)>& on_progress_;
    RawTrace trace_;
    EventFields event_;
    Field field_ = Field::Other;
    int depth_ = 0;
    int events_depth_ = 0;  // 0 until the events array is found
    bool events_key_ = false;
    bool bare_array_ = false;
    bool in_events_ = false;
    bool in_event_ = false;
    bool in_args_ = false;
    Arg arg_ = Arg::Other;
    std::size_t events_read_ = 0;
};

// Pairs B with E like a stack, per track. A B never ended runs to the end of
// the trace; an E without a B is dropped.
void pair_marks(Track& track, double trace_end_us) {
    std::stable_sort(track.marks.begin(), track.marks.end(),
                     [](const Mark& a, const Mark& b) { return a.ts_us < b.ts_us; });
    std::vector<const Mark*> open;
    for (const Mark& mark : track.marks) {
        if (mark.begin) {
            open.push_back(&mark);
        } else if (!open.empty()) {
            track.slices.push_back({open.back()->ts_us, mark.ts_us, open.back()->name});
            open.pop_back();
        }
    }
    for (const Mark* mark : open) track.slices.push_back({mark->ts_us, trace_end_us, mark->name});
    track.marks = {};
}

struct Clock {
    double origin_us = 0;
    double seconds(double us) const { return (us - origin_us) * 1e-6; }
};

struct RawPhase {
    double start_us = 0;
    double end_us = 0;
    PhaseKind kind = PhaseKind::Compute;
};

// A task found on a track, before it gets its place (and id) in the run.
struct FoundTask {
    const RawSlice* slice;
    std::size_t track;        // its index in the process
    std::size_t first_phase;  // its phases are phases[first_phase, next task's first_phase)
};

// Outermost slices become tasks, the slices directly inside one its phases.
void find_tasks(Track& track, std::size_t track_index, const std::vector<PhaseKind>& kinds,
                std::vector<FoundTask>& tasks, std::vector<RawPhase>& phases) {
    std::sort(track.slices.begin(), track.slices.end(), [](const RawSlice& a, const RawSlice& b) {
        return a.start_us != b.start_us ? a.start_us < b.start_us : a.end_us > b.end_us;
    });
    const std::size_t first_task = tasks.size();
    double task_end = 0;
    double phase_end = 0;
    for (const RawSlice& slice : track.slices) {
        if (tasks.size() == first_task || slice.start_us >= task_end) {
            tasks.push_back({&slice, track_index, phases.size()});
            task_end = slice.end_us;
            phase_end = slice.start_us;
        } else if (slice.start_us >= phase_end) {
            // A slice straddling its task's end is cut there.
            phase_end = std::min(slice.end_us, task_end);
            phases.push_back({slice.start_us, phase_end, kinds[slice.name]});
        }
    }
}

// The kind of a phase slice by its name, per name: Overlap's export names
// phases by kind; a profiler's function names are all Compute.
std::vector<PhaseKind> phase_kinds(const std::vector<std::string>& names) {
    std::vector<PhaseKind> kinds;
    kinds.reserve(names.size());
    for (const std::string& name : names)
        kinds.push_back(phase_kind_from_string(name).value_or(PhaseKind::Compute));
    return kinds;
}

// For each track, the track that leads its worker: itself, or "LABEL" for a
// thread "LABEL #k", the lanes the export splits an event loop's overlapping
// tasks over.
std::vector<std::size_t> lane_leaders(const Process& process) {
    std::unordered_map<std::string_view, std::size_t> by_label;
    for (std::size_t i = 0; i < process.tracks.size(); ++i) {
        if (!process.tracks[i].label.empty()) by_label.try_emplace(process.tracks[i].label, i);
    }
    std::vector<std::size_t> leaders(process.tracks.size());
    for (std::size_t i = 0; i < leaders.size(); ++i) {
        leaders[i] = i;
        const std::string_view label = process.tracks[i].label;
        const auto hash = label.rfind(" #");
        if (hash == std::string_view::npos || hash + 2 == label.size()) continue;
        const std::string_view lane = label.substr(hash + 2);
        if (!std::all_of(lane.begin(), lane.end(),
                         [](unsigned char c) { return std::isdigit(c) != 0; }))
            continue;
        if (const auto leader = by_label.find(label.substr(0, hash)); leader != by_label.end())
            leaders[i] = leader->second;
    }
    return leaders;
}

constexpr std::string_view kQueueLabel = "queue";

// A slice on the export's queue thread: the queued time of a task found on a
// worker, or (nullopt) a task of its own that never started.
struct QueuedSlice {
    const RawSlice* slice;
    std::optional<std::size_t> task;
};

// Reads the queue threads' slices as the export writes them: each named like
// exactly one task on the workers, or carrying the args of a task that never
// started. Anything else (a profiler's thread that happens to be called
// "queue") is not a queue, and false says so.
bool read_queue(const Process& process, const std::vector<bool>& in_queue,
                const std::vector<FoundTask>& found, std::vector<QueuedSlice>& queued) {
    if (std::find(in_queue.begin(), in_queue.end(), true) == in_queue.end()) return true;
    constexpr std::size_t kRepeated = std::numeric_limits<std::size_t>::max();
    std::unordered_map<std::uint32_t, std::size_t> task_of_name;
    for (std::size_t i = 0; i < found.size(); ++i) {
        const auto [entry, added] = task_of_name.try_emplace(found[i].slice->name, i);
        if (!added) entry->second = kRepeated;
    }
    std::unordered_set<std::uint32_t> seen;
    for (std::size_t t = 0; t < process.tracks.size(); ++t) {
        if (!in_queue[t]) continue;
        for (const RawSlice& slice : process.tracks[t].slices) {
            if (!seen.insert(slice.name).second) return false;
            const auto task = task_of_name.find(slice.name);
            if (task == task_of_name.end()) {
                if (slice.args == kNoArgs) return false;
                queued.push_back({&slice, std::nullopt});
            } else if (task->second == kRepeated) {
                return false;
            } else {
                queued.push_back({&slice, task->second});
            }
        }
    }
    return true;
}

// A task's url, outcome, status and error from its slice's args, or the
// slice's name and Ok for a profiler's slice.
void describe_task(TaskRecord& task, const RawSlice& slice, const RawTrace& trace) {
    task.url = trace.names[slice.name];
    task.outcome = Outcome::Ok;
    if (slice.args == kNoArgs) return;
    const TaskArgs& args = trace.task_args[slice.args];
    if (args.url) task.url = *args.url;
    task.outcome = args.outcome;
    task.http_status = args.http_status;
    task.error = args.error;
}

// Gives run a worker per thread with slices (with every_thread, per named
// thread even without), lanes sharing their leader's. Returns each track's
// worker, -1 for none.
std::vector<int> add_workers(RunRecord& run, const Process& process,
                             const std::vector<std::size_t>& leaders,
                             const std::vector<bool>& in_queue, bool every_thread) {
    std::vector<int> worker_of_track(process.tracks.size(), -1);
    for (std::size_t t = 0; t < process.tracks.size(); ++t) {
        const Track& track = process.tracks[t];
        const bool named = every_thread && !track.label.empty();
        if (in_queue[t] || (track.slices.empty() && !named)) continue;
        int& worker = worker_of_track[leaders[t]];
        if (worker < 0) {
            const Track& leader = process.tracks[leaders[t]];
            worker = static_cast<int>(run.workers.size());
            run.workers.push_back(
                {worker, leader.label.empty() ? "thread " + leader.tid : leader.label, {}});
        }
        worker_of_track[t] = worker;
    }
    return worker_of_track;
}

std::optional<RunRecord> build_run(Process& process, const RawTrace& trace,
                                   const std::vector<PhaseKind>& kinds, const Clock& clock,
                                   double trace_end_us) {
    // A process named as Overlap names runs is one of its exports: the name
    // gives the mode, concurrency and behaviour, and every thread but the
    // queue is a worker, even one that ran nothing.
    const std::optional<RunRecord> named = run_from_name(process.label);
    RunRecord run = named.value_or(RunRecord{});

    const std::vector<std::size_t> leaders = lane_leaders(process);
    std::vector<bool> in_queue(process.tracks.size());
    std::vector<FoundTask> found;
    std::vector<RawPhase> phases;  // in µs, grouped by task
    for (std::size_t t = 0; t < process.tracks.size(); ++t) {
        Track& track = process.tracks[t];
        pair_marks(track, trace_end_us);
        in_queue[t] = process.tracks[leaders[t]].label == kQueueLabel;
        if (!in_queue[t]) find_tasks(track, t, kinds, found, phases);
    }
    std::vector<QueuedSlice> queued;
    if (!read_queue(process, in_queue, found, queued)) {
        // Not a queue after all: its tasks are found last, and ids below
        // break ties by track, so the order is as if found in turn.
        queued.clear();
        for (std::size_t t = 0; t < process.tracks.size(); ++t) {
            if (in_queue[t]) find_tasks(process.tracks[t], t, kinds, found, phases);
        }
        in_queue.assign(in_queue.size(), false);
    }

    const std::vector<int> worker_of_track =
        add_workers(run, process, leaders, in_queue, named.has_value());
    if (run.workers.empty()) return std::nullopt;

    std::vector<const RawSlice*> queued_of_found(queued.empty() ? 0 : found.size());
    std::vector<const RawSlice*> never_started;
    for (const QueuedSlice& slice : queued) {
        if (slice.task)
            queued_of_found[*slice.task] = slice.slice;
        else
            never_started.push_back(slice.slice);
    }

    // Ids in start order across threads, then the tasks that never started
    // (the queue's tail when the run was cancelled). Sorting the small
    // FoundTasks, not TaskRecords, matters with a million of them.
    std::vector<std::size_t> order(found.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double start_a = found[a].slice->start_us;
        const double start_b = found[b].slice->start_us;
        return start_a != start_b ? start_a < start_b : found[a].track < found[b].track;
    });
    run.tasks.resize(found.size() + never_started.size());
    for (std::size_t id = 0; id < order.size(); ++id) {
        const std::size_t index = order[id];
        const FoundTask& source = found[index];
        const std::size_t end_phase =
            index + 1 < found.size() ? found[index + 1].first_phase : phases.size();
        TaskRecord& task = run.tasks[id];
        task.id = static_cast<std::uint32_t>(id);
        describe_task(task, *source.slice, trace);
        task.worker = worker_of_track[source.track];
        task.start_s = clock.seconds(source.slice->start_us);
        task.end_s = clock.seconds(source.slice->end_us);
        task.queued_s = *task.start_s;
        const RawSlice* queue = queued_of_found.empty() ? nullptr : queued_of_found[index];
        task.phases.reserve(end_phase - source.first_phase + (queue ? 1 : 0));
        if (queue) {
            task.queued_s = clock.seconds(queue->start_us);
            task.phases.push_back(
                {PhaseKind::Queued, {task.queued_s, clock.seconds(queue->end_us)}});
        }
        for (std::size_t p = source.first_phase; p < end_phase; ++p) {
            task.phases.push_back(
                {phases[p].kind,
                 {clock.seconds(phases[p].start_us), clock.seconds(phases[p].end_us)}});
        }
        run.workers[static_cast<std::size_t>(task.worker)].spans.push_back(
            {WorkerState::Busy, {*task.start_s, *task.end_s}, task.id});
    }
    for (std::size_t i = 0; i < never_started.size(); ++i) {
        TaskRecord& task = run.tasks[order.size() + i];
        task.id = static_cast<std::uint32_t>(order.size() + i);
        describe_task(task, *never_started[i], trace);
        task.queued_s = clock.seconds(never_started[i]->start_us);
        task.end_s = clock.seconds(never_started[i]->end_us);
        task.phases.push_back({PhaseKind::Queued, {task.queued_s, *task.end_s}});
    }
    if (!named) run.config = {Mode::Sequential, static_cast<int>(run.workers.size())};
    run.summary = summarise(run, Workload{}, ResourceUsage{});
    return run;
}

// The earliest start and the latest end over every slice and mark.
std::pair<double, double> time_range(const RawTrace& trace) {
    double first = std::numeric_limits<double>::infinity();
    double last = -first;
    for (const Process& process : trace.processes) {
        for (const Track& track : process.tracks) {
            for (const RawSlice& slice : track.slices) {
                first = std::min(first, slice.start_us);
                last = std::max(last, slice.end_us);
            }
            for (const Mark& mark : track.marks) {
                first = std::min(first, mark.ts_us);
                last = std::max(last, mark.ts_us);
            }
        }
    }
    return {first, last};
}

}  // namespace

RunSet import_chrome_trace(std::string_view json_text,
                           const std::function<bool(double progress)>& on_progress) {
    const char* position = json_text.data();
    TraceHandler handler(json_text, position, on_progress);
    without_json_exceptions("Cannot import the trace: ", [&] {
        return json::sax_parse(ReadingPosition(json_text.data(), &position),
                               ReadingPosition(json_text.data() + json_text.size(), &position),
                               &handler);
    });
    if (!handler.found_events()) {
        fail(
            "this is not a Chrome trace (expected {\"traceEvents\": [...]} or an array of events)");
    }
    RawTrace& trace = handler.trace();
    const auto [first_us, last_us] = time_range(trace);
    if (first_us > last_us) fail("the trace has no slices (no \"X\", \"B\" or \"E\" events)");

    RunSet runs;
    const Clock clock{first_us};
    const std::vector<PhaseKind> kinds = phase_kinds(trace.names);
    for (std::size_t i = 0; i < trace.processes.size(); ++i) {
        if (auto run = build_run(trace.processes[i], trace, kinds, clock, last_us))
            runs.runs.push_back(std::move(*run));
        const double built =
            static_cast<double>(i + 1) / static_cast<double>(trace.processes.size());
        report(on_progress, kParseShare + (1 - kParseShare) * built);
    }
    return runs;
}

}  // namespace overlap
