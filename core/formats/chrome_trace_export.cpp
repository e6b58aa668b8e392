// Writes runs as Chrome Trace Event JSON (see chrome_trace.hpp for the layout).
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "engine/statistics.hpp"
#include "formats/chrome_trace.hpp"

namespace overlap {

namespace {

// Insertion order: "displayTimeUnit" comes first, and each event reads ph, pid, tid...
using nlohmann::ordered_json;

double micros(double seconds) { return seconds * 1e6; }

class TraceWriter {
public:
    explicit TraceWriter(int pid) : pid_(pid) {}

    void process_metadata(const std::string& name) {
        events_.push_back(
            {{"ph", "M"}, {"pid", pid_}, {"name", "process_name"}, {"args", {{"name", name}}}});
        events_.push_back({{"ph", "M"},
                           {"pid", pid_},
                           {"name", "process_sort_index"},
                           {"args", {{"sort_index", pid_}}}});
    }

    // Threads show in tid order, after the one put on top.
    int new_thread(const std::string& name, bool on_top = false) {
        const int tid = next_tid_++;
        const int sort_index = on_top ? -1 : tid;
        events_.push_back({{"ph", "M"},
                           {"pid", pid_},
                           {"tid", tid},
                           {"name", "thread_name"},
                           {"args", {{"name", name}}}});
        events_.push_back({{"ph", "M"},
                           {"pid", pid_},
                           {"tid", tid},
                           {"name", "thread_sort_index"},
                           {"args", {{"sort_index", sort_index}}}});
        return tid;
    }

    // Both ends go through the same conversion, so a phase inside its task in
    // seconds stays inside it in microseconds.
    ordered_json& slice(int tid, const Span& span, std::string name, const char* category) {
        const double start = micros(span.start_s);
        events_.push_back({{"ph", "X"},
                           {"pid", pid_},
                           {"tid", tid},
                           {"ts", start},
                           {"dur", micros(span.end_s) - start},
                           {"name", std::move(name)},
                           {"cat", category}});
        return events_.back();
    }

    void counter(double time_s, int count) {
        events_.push_back({{"ph", "C"},
                           {"pid", pid_},
                           {"name", "in flight"},
                           {"ts", micros(time_s)},
                           {"args", {{"tasks", count}}}});
    }

    ordered_json& events() { return events_; }

private:
    int pid_;
    int next_tid_ = 1;
    ordered_json events_ = ordered_json::array();
};

std::string task_name(const TaskRecord& task) { return "task " + std::to_string(task.id); }

std::string worker_label(const RunRecord& run, int worker) {
    for (const WorkerRecord& record : run.workers) {
        if (record.id == worker) return record.label;
    }
    return "worker " + std::to_string(worker);
}

void write_task(TraceWriter& trace, int tid, const TaskRecord& task) {
    ordered_json& slice = trace.slice(tid, {*task.start_s, *task.end_s}, task_name(task), "task");
    slice["args"] = {{"url", task.url},
                     {"outcome", to_string(task.outcome)},
                     {"http_status", task.http_status},
                     {"error", task.error}};
    for (const PhaseSpan& phase : task.phases) {
        if (phase.kind != PhaseKind::Queued)
            trace.slice(tid, phase.span, to_string(phase.kind), "phase");
    }
}

// One worker's tasks, in start order, each on the first of its lanes that is
// free by then: overlapping tasks end up on separate trace threads.
void write_worker(TraceWriter& trace, const std::string& label,
                  std::vector<const TaskRecord*> tasks) {
    std::stable_sort(tasks.begin(), tasks.end(), [](const TaskRecord* a, const TaskRecord* b) {
        return *a->start_s < *b->start_s;
    });
    struct Lane {
        int tid;
        double free_at;
    };
    std::vector<Lane> lanes;
    const auto add_lane = [&] {
        const int tid = trace.new_thread(
            lanes.empty() ? label : label + " #" + std::to_string(lanes.size() + 1));
        lanes.push_back({tid, 0});
    };
    add_lane();
    for (const TaskRecord* task : tasks) {
        auto lane = std::find_if(lanes.begin(), lanes.end(),
                                 [&](const Lane& l) { return l.free_at <= *task->start_s; });
        if (lane == lanes.end()) {
            add_lane();
            lane = std::prev(lanes.end());
        }
        lane->free_at = *task->end_s;
        write_task(trace, lane->tid, *task);
    }
}

void write_queue(TraceWriter& trace, const RunRecord& run) {
    std::vector<std::pair<const TaskRecord*, Span>> queued;
    for (const TaskRecord& task : run.tasks) {
        for (const PhaseSpan& phase : task.phases) {
            if (phase.kind == PhaseKind::Queued) queued.emplace_back(&task, phase.span);
        }
    }
    if (queued.empty()) return;
    // Queued spans mostly share their start (the run's start): longest first
    // makes them nest, which is all a trace thread can show.
    std::stable_sort(queued.begin(), queued.end(), [](const auto& a, const auto& b) {
        if (a.second.start_s != b.second.start_s) return a.second.start_s < b.second.start_s;
        return a.second.end_s > b.second.end_s;
    });
    const int tid = trace.new_thread("queue", /*on_top=*/true);
    for (const auto& [task, span] : queued) trace.slice(tid, span, task_name(*task), "queued");
}

void write_run(TraceWriter& trace, const RunRecord& run) {
    trace.process_metadata(std::string(to_string(run.config.mode)) +
                           " (c=" + std::to_string(run.config.effective_concurrency()) + ")");
    write_queue(trace, run);
    // Every worker gets a thread, even one that ran nothing; then by worker id.
    std::map<int, std::vector<const TaskRecord*>> by_worker;
    for (const WorkerRecord& worker : run.workers) by_worker[worker.id];
    for (const TaskRecord& task : run.tasks) {
        if (task.start_s && task.end_s) by_worker[task.worker].push_back(&task);
    }
    for (auto& [worker, tasks] : by_worker)
        write_worker(trace, worker_label(run, worker), std::move(tasks));
    for (const auto& [time, count] : in_flight_steps(run)) trace.counter(time, count);
}

}  // namespace

std::string run_set_to_chrome_trace(const RunSet& runs) {
    ordered_json events = ordered_json::array();
    for (std::size_t i = 0; i < runs.runs.size(); ++i) {
        TraceWriter trace(static_cast<int>(i) + 1);
        write_run(trace, runs.runs[i]);
        for (auto& event : trace.events()) events.push_back(std::move(event));
    }
    ordered_json root = ordered_json::object();
    root["displayTimeUnit"] = "ms";
    root["traceEvents"] = std::move(events);
    return root.dump();
}

}  // namespace overlap
