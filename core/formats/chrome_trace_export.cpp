// Writes runs as Chrome Trace Event JSON (see chrome_trace.hpp for the layout).
#include <algorithm>
#include <map>

#include "analysis/lane_assignment.hpp"
#include "analysis/statistics.hpp"
#include "formats/chrome_trace.hpp"
#include "formats/json_writer.hpp"
#include "model/run_name.hpp"

namespace overlap {

namespace {

double micros(double seconds) { return seconds * 1e6; }

// One run's events, written straight into the trace.
class TraceWriter {
public:
    TraceWriter(JsonWriter& json, int pid) : json_(json), pid_(pid) {}

    void process_metadata(const std::string& name) {
        event("M").key("name").value("process_name");
        json_.key("args").begin_object().key("name").value(name).end_object().end_object();
        event("M").key("name").value("process_sort_index");
        json_.key("args").begin_object().key("sort_index").value(pid_).end_object().end_object();
    }

    // Threads show in tid order, after the one put on top.
    int new_thread(const std::string& name, bool on_top = false) {
        const int tid = next_tid_++;
        event("M").key("tid").value(tid).key("name").value("thread_name");
        json_.key("args").begin_object().key("name").value(name).end_object().end_object();
        event("M").key("tid").value(tid).key("name").value("thread_sort_index");
        json_.key("args")
            .begin_object()
            .key("sort_index")
            .value(on_top ? -1 : tid)
            .end_object()
            .end_object();
        return tid;
    }

    // Both ends go through the same conversion, so a phase inside its task in
    // seconds stays inside it in microseconds. The caller adds members, then ends it.
    JsonWriter& slice(int tid, const Span& span, std::string_view name, const char* category) {
        const double start = micros(span.start_s);
        event("X").key("tid").value(tid).key("ts").value(start).key("dur").value(
            micros(span.end_s) - start);
        return json_.key("name").value(name).key("cat").value(category);
    }

    void counter(double time_s, int count) {
        event("C").key("name").value("in flight").key("ts").value(micros(time_s));
        json_.key("args").begin_object().key("tasks").value(count).end_object().end_object();
    }

private:
    JsonWriter& event(const char* phase) {
        return json_.begin_object().key("ph").value(phase).key("pid").value(pid_);
    }

    JsonWriter& json_;
    int pid_;
    int next_tid_ = 1;
};

std::string task_name(const TaskRecord& task) { return "task " + std::to_string(task.id); }

std::string worker_label(const RunRecord& run, int worker) {
    for (const WorkerRecord& record : run.workers) {
        if (record.id == worker) return record.label;
    }
    return "worker " + std::to_string(worker);
}

// What the import reads back to describe the task; ends the slice.
void write_task_args(JsonWriter& json, const TaskRecord& task) {
    json.key("args").begin_object();
    json.key("url").value(task.url).key("outcome").value(to_string(task.outcome));
    json.key("http_status").value(task.http_status).key("error").value(task.error);
    json.end_object().end_object();
}

bool started(const TaskRecord& task) { return task.start_s && task.end_s; }

void write_task(TraceWriter& trace, int tid, const TaskRecord& task) {
    write_task_args(trace.slice(tid, {*task.start_s, *task.end_s}, task_name(task), "task"), task);
    for (const PhaseSpan& phase : task.phases) {
        if (phase.kind != PhaseKind::Queued) {
            trace.slice(tid, phase.span, to_string(phase.kind), "phase").end_object();
        }
    }
}

// A task and the span it takes on a thread: the whole task on its worker,
// its queued time on the queue.
struct Placed {
    const TaskRecord* task;
    Span span;
};

// Threads "LABEL", "LABEL #2", ... with the spans on them: a trace thread
// can only nest slices, so spans that overlap without nesting each get a lane
// (assign_lanes). The first lane is there even with nothing on it. Calls
// write(tid, item) for each, in start order.
template <typename Write>
void write_lanes(TraceWriter& trace, const std::string& label, std::vector<Placed> placed,
                 bool on_top, Write&& write) {
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.span.start_s < b.span.start_s;
    });
    std::vector<Span> spans;
    spans.reserve(placed.size());
    for (const Placed& item : placed) spans.push_back(item.span);
    const std::vector<int> lanes = assign_lanes(spans);
    std::vector<int> tids;
    const auto tid_of = [&](int lane) {
        while (static_cast<int>(tids.size()) <= lane) {
            tids.push_back(trace.new_thread(
                tids.empty() ? label : label + " #" + std::to_string(tids.size() + 1), on_top));
        }
        return tids[static_cast<std::size_t>(lane)];
    };
    tid_of(0);
    for (std::size_t i = 0; i < placed.size(); ++i) write(tid_of(lanes[i]), placed[i]);
}

void write_worker(TraceWriter& trace, const std::string& label,
                  const std::vector<const TaskRecord*>& tasks) {
    std::vector<Placed> placed;
    placed.reserve(tasks.size());
    for (const TaskRecord* task : tasks) placed.push_back({task, {*task->start_s, *task->end_s}});
    write_lanes(trace, label, std::move(placed), /*on_top=*/false,
                [&](int tid, const Placed& item) { write_task(trace, tid, *item.task); });
}

// Queued spans mostly share their start (the run's start), so nested on one
// thread they would read as each task waiting inside the one before; lanes
// show them side by side. A task that never started has no slice of its own,
// so its queued slice carries its args.
void write_queue(TraceWriter& trace, const RunRecord& run) {
    std::vector<Placed> queued;
    for (const TaskRecord& task : run.tasks) {
        for (const PhaseSpan& phase : task.phases) {
            if (phase.kind == PhaseKind::Queued) queued.push_back({&task, phase.span});
        }
    }
    if (queued.empty()) return;
    write_lanes(trace, "queue", std::move(queued), /*on_top=*/true,
                [&](int tid, const Placed& item) {
                    JsonWriter& json = trace.slice(tid, item.span, task_name(*item.task), "queued");
                    if (started(*item.task))
                        json.end_object();
                    else
                        write_task_args(json, *item.task);
                });
}

void write_run(TraceWriter& trace, const RunRecord& run) {
    trace.process_metadata(run_name(run));
    write_queue(trace, run);
    // Every worker gets a thread, even one that ran nothing; then by worker id.
    std::map<int, std::vector<const TaskRecord*>> by_worker;
    for (const WorkerRecord& worker : run.workers) by_worker[worker.id];
    for (const TaskRecord& task : run.tasks) {
        if (started(task)) by_worker[task.worker].push_back(&task);
    }
    for (const auto& [worker, tasks] : by_worker)
        write_worker(trace, worker_label(run, worker), tasks);
    for (const auto& [time, count] : in_flight_steps(run)) trace.counter(time, count);
}

}  // namespace

std::string run_set_to_chrome_trace(const RunSet& runs) {
    JsonWriter json;
    json.begin_object().key("displayTimeUnit").value("ms").key("traceEvents").begin_array();
    for (std::size_t i = 0; i < runs.runs.size(); ++i) {
        TraceWriter trace(json, static_cast<int>(i) + 1);
        write_run(trace, runs.runs[i]);
    }
    json.end_array().end_object();
    return json.take();
}

}  // namespace overlap
