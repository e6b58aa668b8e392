// Reads Chrome Trace Event JSON into runs (see chrome_trace.hpp for the
// mapping). A SAX handler keeps only the few members it needs from each event,
// so a million-event trace never exists as a JSON tree in memory.
#include <algorithm>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "engine/statistics.hpp"
#include "formats/chrome_trace.hpp"
#include "formats/format_error.hpp"
#include "formats/json_syntax.hpp"

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

struct RawSlice {
    double start_us = 0;
    double end_us = 0;
    std::uint32_t name = 0;  // index into the name table
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
    std::vector<Track> tracks;  // in order of first appearance
    std::unordered_map<std::string, std::size_t> track_index;
};

// Everything kept from the file.
struct RawTrace {
    std::vector<Process> processes;  // in order of first appearance
    std::unordered_map<std::string, std::size_t> process_index;
    std::vector<std::string> names;  // profilers repeat a few names many times
    std::unordered_map<std::string, std::uint32_t> name_ids;

    Track& track(const std::string& pid, const std::string& tid) {
        auto [process, new_process] = process_index.try_emplace(pid, processes.size());
        if (new_process) processes.emplace_back();
        Process& owner = processes[process->second];
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
    std::string args_name;  // args.name: what thread_name metadata carries
    std::optional<double> ts, dur;

    void clear() {
        for (std::string* text : {&ph, &pid, &tid, &name, &args_name}) text->clear();
        ts.reset();
        dur.reset();
    }
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
        if (in_args_ && depth_ == event_depth() + 1 && args_name_)
            event_.args_name = std::move(value);
        return scalar();
    }

    bool key(std::string& key) {
        if (depth_ == 1 && !bare_array_) events_key_ = key == "traceEvents";
        if (in_event_ && depth_ == event_depth()) {
            field_ = classify(key);
        } else if (in_args_ && depth_ == event_depth() + 1) {
            args_name_ = key == "name";
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
            args_name_ = false;
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

    bool parse_error(std::size_t byte, const std::string&, const json::exception& error) {
        // A bare array may lack its closing "]": Chrome writes traces that way.
        if (bare_array_ && in_events_ && depth_ == 1 && byte > text_.size()) return false;
        fail(describe_json_syntax_error(byte, text_.size(), error.what()));
    }

private:
    enum class Field { Ph, Pid, Tid, Ts, Dur, Name, Args, Other };

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

    int event_depth() const { return events_depth_ + 1; }
    bool in_event_member() const { return in_event_ && depth_ == event_depth(); }

    bool scalar() {
        if (in_events_ && depth_ == events_depth_) not_an_event();
        return true;
    }

    template <typename Text>
    bool number(double value, Text&& as_text) {
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

    double timestamp(const char* kind) const {
        if (!event_.ts)
            fail("event #" + std::to_string(events_read_) + " (" + kind +
                 ") has no numeric \"ts\"");
        return *event_.ts;
    }

    void finish_event() {
        const std::string& pid = event_.pid.empty() ? kZero : event_.pid;
        const std::string& tid = event_.tid.empty() ? kZero : event_.tid;
        if (event_.ph == "X") {
            const double start = timestamp("X");
            if (!event_.dur)
                fail("event #" + std::to_string(events_read_) + " (X) has no numeric \"dur\"");
            // A negative duration (clock trouble in the profiler) becomes an instant.
            trace_.track(pid, tid).slices.push_back(
                {start, start + std::max(*event_.dur, 0.0), trace_.name_id(event_.name)});
        } else if (event_.ph == "B" || event_.ph == "E") {
            const double ts = timestamp(event_.ph == "B" ? "B" : "E");
            trace_.track(pid, tid).marks.push_back(
                {ts, trace_.name_id(event_.name), event_.ph == "B"});
        } else if (event_.ph == "M" && event_.name == "thread_name" && !event_.args_name.empty()) {
            trace_.track(pid, tid).label = event_.args_name;
        }
        if (++events_read_ % kProgressEvery == 0) report_progress();
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
    bool args_name_ = false;
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

// A task found on a track, before it gets its place (and id) in the run.
struct FoundTask {
    const RawSlice* slice;
    int worker;
    std::size_t first_phase;  // its phases are phases[first_phase, next task's first_phase)
};

// Outermost slices become tasks, the slices directly inside one its phases.
void find_tasks(Track& track, int worker, std::vector<FoundTask>& tasks,
                std::vector<std::pair<double, double>>& phases) {
    std::sort(track.slices.begin(), track.slices.end(), [](const RawSlice& a, const RawSlice& b) {
        return a.start_us != b.start_us ? a.start_us < b.start_us : a.end_us > b.end_us;
    });
    const std::size_t first_task = tasks.size();
    double task_end = 0;
    double phase_end = 0;
    for (const RawSlice& slice : track.slices) {
        if (tasks.size() == first_task || slice.start_us >= task_end) {
            tasks.push_back({&slice, worker, phases.size()});
            task_end = slice.end_us;
            phase_end = slice.start_us;
        } else if (slice.start_us >= phase_end) {
            // A slice straddling its task's end is cut there.
            phase_end = std::min(slice.end_us, task_end);
            phases.push_back({slice.start_us, phase_end});
        }
    }
}

std::optional<RunRecord> build_run(Process& process, const RawTrace& trace, const Clock& clock,
                                   double trace_end_us) {
    RunRecord run;
    std::vector<FoundTask> found;
    std::vector<std::pair<double, double>> phases;  // [start, end) in µs, grouped by task
    for (Track& track : process.tracks) {
        pair_marks(track, trace_end_us);
        if (track.slices.empty()) continue;
        const int worker = static_cast<int>(run.workers.size());
        run.workers.push_back(
            {worker, track.label.empty() ? "thread " + track.tid : track.label, {}});
        find_tasks(track, worker, found, phases);
    }
    if (run.workers.empty()) return std::nullopt;

    // Ids in start order across threads. Sorting the small FoundTasks, not
    // TaskRecords, matters with a million of them.
    std::vector<std::size_t> order(found.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return found[a].slice->start_us < found[b].slice->start_us;
    });
    run.tasks.resize(found.size());
    for (std::size_t id = 0; id < order.size(); ++id) {
        const std::size_t index = order[id];
        const FoundTask& source = found[index];
        const std::size_t end_phase =
            index + 1 < found.size() ? found[index + 1].first_phase : phases.size();
        TaskRecord& task = run.tasks[id];
        task.id = static_cast<std::uint32_t>(id);
        task.url = trace.names[source.slice->name];
        task.worker = source.worker;
        task.outcome = Outcome::Ok;
        task.queued_s = clock.seconds(source.slice->start_us);
        task.start_s = task.queued_s;
        task.end_s = clock.seconds(source.slice->end_us);
        task.phases.reserve(end_phase - source.first_phase);
        for (std::size_t p = source.first_phase; p < end_phase; ++p) {
            task.phases.push_back(
                {PhaseKind::Compute,
                 {clock.seconds(phases[p].first), clock.seconds(phases[p].second)}});
        }
        run.workers[static_cast<std::size_t>(task.worker)].spans.push_back(
            {WorkerState::Busy, {*task.start_s, *task.end_s}, task.id});
    }
    run.config = {Mode::Sequential, static_cast<int>(run.workers.size())};
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
    json::sax_parse(ReadingPosition(json_text.data(), &position),
                    ReadingPosition(json_text.data() + json_text.size(), &position), &handler);
    if (!handler.found_events()) {
        fail(
            "this is not a Chrome trace (expected {\"traceEvents\": [...]} or an array of events)");
    }
    RawTrace& trace = handler.trace();
    const auto [first_us, last_us] = time_range(trace);
    if (first_us > last_us) fail("the trace has no slices (no \"X\", \"B\" or \"E\" events)");

    RunSet runs;
    const Clock clock{first_us};
    for (std::size_t i = 0; i < trace.processes.size(); ++i) {
        if (auto run = build_run(trace.processes[i], trace, clock, last_us))
            runs.runs.push_back(std::move(*run));
        const double built =
            static_cast<double>(i + 1) / static_cast<double>(trace.processes.size());
        report(on_progress, kParseShare + (1 - kParseShare) * built);
    }
    return runs;
}

}  // namespace overlap
