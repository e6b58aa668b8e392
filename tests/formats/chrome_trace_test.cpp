// Chrome Trace Event JSON: the export read back with nlohmann, imports of "X"
// and "B"/"E" traces the way VizTracer and Perfetto write them, and the export
// imported back as the runs it came from.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "formats/chrome_trace.hpp"
#include "formats/format_error.hpp"
#include "model/run_name.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

using nlohmann::json;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// ---- Export ----

// Sixteen tasks, four at a time, all queued from the start: twelve queued
// slices overlap, and on the async loop four tasks do. The threads run has a
// fifth thread that never got a task.
RunSet four_by_four() {
    RunSet set;
    for (Mode mode : {Mode::Threads, Mode::Async}) {
        RunRecord run;
        run.config = {mode, mode == Mode::Async ? 4 : 5};
        run.behaviour.blocking_in_async = mode == Mode::Async;
        const int workers = mode == Mode::Async ? 1 : 4;
        for (int w = 0; w < workers; ++w)
            run.workers.push_back(
                {w, mode == Mode::Async ? "event loop" : "thread " + std::to_string(w), {}});
        if (mode == Mode::Threads) run.workers.push_back({4, "thread 4", {}});
        for (std::uint32_t id = 0; id < 16; ++id) {
            const double start = 0.5 * (id / 4);
            std::vector<PhaseSpan> phases;
            if (start > 0) phases.push_back({PhaseKind::Queued, {0, start}});
            phases.push_back({PhaseKind::Connect, {start, start + 0.1}});
            phases.push_back({PhaseKind::Wait, {start + 0.1, start + 0.5}});
            run.tasks.push_back(test::sample_task(id, static_cast<int>(id) % workers, start,
                                                   start + 0.5, Outcome::Ok, phases));
        }
        set.runs.push_back(run);
    }
    return set;
}

class ChromeTraceExport : public ::testing::Test {
protected:
    void SetUp() override {
        text_ = run_set_to_chrome_trace(test::rich_run_set());
        trace_ = json::parse(text_);
        for (const json& event : trace_["traceEvents"]) {
            if (event["ph"] == "M" && event["name"] == "thread_name") {
                threads_[{event["pid"], event["tid"]}] = event["args"]["name"];
            }
        }
    }

    std::vector<json> events(const std::string& ph, int pid) const {
        std::vector<json> found;
        for (const json& event : trace_["traceEvents"]) {
            if (event["ph"] == ph && event["pid"] == pid) found.push_back(event);
        }
        return found;
    }

    std::string thread_of(const json& event) const {
        return threads_.at({event["pid"], event["tid"]});
    }

    std::string text_;
    json trace_;
    std::map<std::pair<int, int>, std::string> threads_;
};

TEST_F(ChromeTraceExport, DisplayTimeUnitComesFirst) {
    EXPECT_EQ(text_.rfind(R"({"displayTimeUnit":"ms","traceEvents":[)", 0), 0u);
}

TEST_F(ChromeTraceExport, EachRunIsAProcessNamedAfterItsModeAndBehaviour) {
    std::vector<std::string> names;
    for (int pid : {1, 2}) {
        for (const json& event : events("M", pid)) {
            if (event["name"] == "process_name") names.push_back(event["args"]["name"]);
        }
    }
    EXPECT_THAT(names, ElementsAre("threads (c=2, GIL)", "async (c=4)"));
}

TEST_F(ChromeTraceExport, TasksAreSlicesOnTheirWorkersThread) {
    std::map<std::string, std::string> thread_of_task;
    for (const json& slice : events("X", 1)) {
        if (slice["cat"] == "task") thread_of_task[slice["name"]] = thread_of(slice);
    }
    EXPECT_EQ(thread_of_task,
              (std::map<std::string, std::string>{
                  {"task 0", "thread 0"}, {"task 1", "thread 1"}, {"task 2", "thread 0"}}));
    for (const json& slice : events("X", 1)) {
        if (slice["name"] != "task 1" || slice["cat"] != "task") continue;
        EXPECT_DOUBLE_EQ(slice["ts"].get<double>(), 250'000);
        EXPECT_DOUBLE_EQ(slice["dur"].get<double>(), 500'000);
        EXPECT_EQ(slice["args"]["outcome"], "http_error");
        EXPECT_EQ(slice["args"]["http_status"], 503);
        EXPECT_EQ(slice["args"]["url"], "http://127.0.0.1:1/delay/1");
        EXPECT_EQ(slice["args"]["error"], "Service \"Unavailable\", try later\nsecond line");
    }
}

TEST_F(ChromeTraceExport, PhasesNestInsideTheirTask) {
    const std::vector<json> slices = events("X", 1);
    std::vector<std::string> phases_of_task_0;
    for (const json& phase : slices) {
        if (phase["cat"] != "phase") continue;
        const double start = phase["ts"];
        const double end = start + phase["dur"].get<double>();
        int parents = 0;
        for (const json& task : slices) {
            if (task["cat"] != "task" || task["tid"] != phase["tid"]) continue;
            const double task_start = task["ts"];
            if (task_start <= start && end <= task_start + task["dur"].get<double>()) {
                ++parents;
                if (task["name"] == "task 0") phases_of_task_0.push_back(phase["name"]);
            }
        }
        EXPECT_EQ(parents, 1) << phase.dump();
    }
    EXPECT_THAT(phases_of_task_0,
                ElementsAre("dns", "connect", "tls", "send", "wait", "receive", "compute"));
}

TEST_F(ChromeTraceExport, QueuedTimeIsOnAQueueThread) {
    std::vector<std::string> queued;
    for (int pid : {1, 2}) {
        for (const json& slice : events("X", pid)) {
            if (slice["cat"] == "queued") {
                EXPECT_EQ(thread_of(slice), "queue");
                queued.push_back(std::to_string(pid) + ": " + slice["name"].get<std::string>());
            }
        }
    }
    EXPECT_THAT(queued, ElementsAre("1: task 1", "2: task 2"));
}

TEST(ChromeTraceExportQueue, OverlappingQueuedTimesGetALaneEachRatherThanNesting) {
    const json trace = json::parse(run_set_to_chrome_trace(four_by_four()));
    std::map<int, std::string> threads;
    std::map<int, std::vector<std::pair<double, double>>> queued;  // by tid, first run
    for (const json& event : trace["traceEvents"]) {
        if (event["pid"] != 1) continue;
        if (event["ph"] == "M" && event["name"] == "thread_name")
            threads[event["tid"]] = event["args"]["name"];
        if (event["ph"] == "X" && event["cat"] == "queued")
            queued[event["tid"]].emplace_back(
                event["ts"], event["ts"].get<double>() + event["dur"].get<double>());
    }
    std::vector<std::string> lanes;
    for (const auto& [tid, spans] : queued) {
        lanes.push_back(threads.at(tid));
        for (std::size_t i = 1; i < spans.size(); ++i)
            EXPECT_LE(spans[i - 1].second, spans[i].first);
    }
    ASSERT_EQ(lanes.size(), 12u);
    EXPECT_EQ(lanes.front(), "queue");
    EXPECT_EQ(lanes.back(), "queue #12");
}

TEST_F(ChromeTraceExport, OverlappingTasksOfOneWorkerGetALaneEach) {
    std::vector<std::string> lanes;
    for (const json& slice : events("X", 2)) {
        if (slice["cat"] == "task")
            lanes.push_back(slice["name"].get<std::string>() + " on " + thread_of(slice));
    }
    EXPECT_THAT(lanes, ElementsAre("task 0 on event loop", "task 1 on event loop #2"));
}

TEST_F(ChromeTraceExport, InFlightIsACounter) {
    std::vector<std::pair<double, int>> steps;
    for (const json& counter : events("C", 1)) {
        EXPECT_EQ(counter["name"], "in flight");
        steps.emplace_back(counter["ts"], counter["args"]["tasks"]);
    }
    EXPECT_THAT(steps, ElementsAre(std::pair(0.0, 1), std::pair(250'000.0, 2),
                                   std::pair(750'000.0, 1), std::pair(3'250'000.0, 0)));
}

// ---- Import ----

std::string import_error(std::string_view text) {
    try {
        import_chrome_trace(text);
    } catch (const FormatError& error) {
        return error.what();
    }
    return "no error";
}

TEST(ChromeTraceImport, CompleteEvents) {
    const RunSet runs = import_chrome_trace(R"json({"traceEvents": [
        {"ph": "M", "pid": 7, "tid": 1, "name": "thread_name", "args": {"name": "MainThread"}},
        {"ph": "X", "pid": 7, "tid": 1, "ts": 1000, "dur": 500, "name": "fetch(a)"},
        {"ph": "X", "pid": 7, "tid": 1, "ts": 1100, "dur": 100, "name": "parse", "args": {"name": "not a label"}},
        {"ph": "X", "pid": 7, "tid": 1, "ts": 1150, "dur": 20, "name": "inside parse"},
        {"ph": "X", "pid": 7, "tid": 1, "ts": 1300, "dur": 300, "name": "past the end"},
        {"ph": "X", "pid": 7, "tid": 2, "ts": 1200.5, "dur": 1000, "name": "fetch(b)"},
        {"ph": "X", "pid": 7, "tid": 1, "ts": 1600, "dur": 100, "name": "fetch(c)"},
        {"ph": "i", "pid": 7, "tid": 1, "ts": 9000, "name": "an instant"},
        {"ph": "C", "pid": 7, "ts": 9000, "name": "a counter", "args": {"value": 1}}
    ], "displayTimeUnit": "ns", "otherData": {"traceEvents": "not these"}})json");
    ASSERT_EQ(runs.runs.size(), 1u);
    const RunRecord& run = runs.runs[0];
    EXPECT_EQ(run.config.mode, Mode::Sequential);
    EXPECT_EQ(run.config.concurrency, 2);
    ASSERT_EQ(run.workers.size(), 2u);
    EXPECT_EQ(run.workers[0].label, "MainThread");
    EXPECT_EQ(run.workers[1].label, "thread 2");

    ASSERT_EQ(run.tasks.size(), 3u);
    const TaskRecord& a = run.tasks[0];
    EXPECT_EQ(a.url, "fetch(a)");
    EXPECT_EQ(a.outcome, Outcome::Ok);
    EXPECT_EQ(a.worker, 0);
    EXPECT_DOUBLE_EQ(*a.start_s, 0);
    EXPECT_DOUBLE_EQ(a.queued_s, 0);
    EXPECT_DOUBLE_EQ(*a.end_s, 500e-6);
    // Direct children only; the one past the task's end is cut there.
    ASSERT_EQ(a.phases.size(), 2u);
    EXPECT_EQ(a.phases[0].kind, PhaseKind::Compute);
    EXPECT_DOUBLE_EQ(a.phases[0].span.start_s, 100e-6);
    EXPECT_DOUBLE_EQ(a.phases[0].span.end_s, 200e-6);
    EXPECT_DOUBLE_EQ(a.phases[1].span.start_s, 300e-6);
    EXPECT_DOUBLE_EQ(a.phases[1].span.end_s, 500e-6);

    // Ids follow start time across threads.
    EXPECT_EQ(run.tasks[1].url, "fetch(b)");
    EXPECT_EQ(run.tasks[1].id, 1u);
    EXPECT_EQ(run.tasks[1].worker, 1);
    EXPECT_DOUBLE_EQ(*run.tasks[1].start_s, 200.5e-6);
    EXPECT_EQ(run.tasks[2].url, "fetch(c)");
    EXPECT_TRUE(run.tasks[2].phases.empty());

    // Each task keeps its worker busy, nothing else.
    ASSERT_EQ(run.workers[0].spans.size(), 2u);
    EXPECT_EQ(run.workers[0].spans[1].state, WorkerState::Busy);
    EXPECT_EQ(run.workers[0].spans[1].task, 2u);
    EXPECT_EQ(run.summary.peak_in_flight, 2);
    EXPECT_DOUBLE_EQ(run.summary.makespan_s, 1200.5e-6);
}

TEST(ChromeTraceImport, BeginEndPairsInABareArrayWithoutItsClosingBracket) {
    // Events out of time order, a B never ended, an E never begun, and the
    // array left open with a trailing comma, as Chrome itself may write it.
    const RunSet runs = import_chrome_trace(R"([
        {"ph": "B", "pid": 1, "tid": 5, "ts": 10, "name": "outer"},
        {"ph": "E", "pid": 1, "tid": 5, "ts": 40},
        {"ph": "B", "pid": 1, "tid": 5, "ts": 20, "name": "inner"},
        {"ph": "E", "pid": 1, "tid": 5, "ts": 30},
        {"ph": "B", "pid": "gpu", "tid": "render", "ts": 50, "name": "never ends"},
        {"ph": "E", "pid": "gpu", "tid": 9, "ts": 60},
    )");
    ASSERT_EQ(runs.runs.size(), 2u);

    const RunRecord& first = runs.runs[0];
    ASSERT_EQ(first.tasks.size(), 1u);
    EXPECT_EQ(first.tasks[0].url, "outer");
    EXPECT_DOUBLE_EQ(*first.tasks[0].start_s, 0);
    EXPECT_DOUBLE_EQ(*first.tasks[0].end_s, 30e-6);
    ASSERT_EQ(first.tasks[0].phases.size(), 1u);
    EXPECT_DOUBLE_EQ(first.tasks[0].phases[0].span.start_s, 10e-6);
    EXPECT_DOUBLE_EQ(first.tasks[0].phases[0].span.end_s, 20e-6);

    // The thread with only a stray E has no slices, so no lane.
    const RunRecord& second = runs.runs[1];
    EXPECT_EQ(second.config.concurrency, 1);
    ASSERT_EQ(second.workers.size(), 1u);
    EXPECT_EQ(second.workers[0].label, "thread render");
    ASSERT_EQ(second.tasks.size(), 1u);
    EXPECT_DOUBLE_EQ(*second.tasks[0].start_s, 40e-6);
    EXPECT_DOUBLE_EQ(*second.tasks[0].end_s, 50e-6);  // runs to the trace's last event
}

TEST(ChromeTraceImport, ProfilerThreadsAndPhasesKeepTheirFallbacks) {
    // A process name that is no run name, a thread that happens to be called
    // "queue" (its slice is no task's), lanes only beside their leader's
    // label, and phases named like kinds or not.
    const RunSet runs = import_chrome_trace(R"json([
        {"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "python3"}},
        {"ph": "M", "pid": 1, "tid": 1, "name": "thread_name", "args": {"name": "queue"}},
        {"ph": "M", "pid": 1, "tid": 2, "name": "thread_name", "args": {"name": "MainThread"}},
        {"ph": "M", "pid": 1, "tid": 3, "name": "thread_name", "args": {"name": "MainThread #2"}},
        {"ph": "M", "pid": 1, "tid": 4, "name": "thread_name", "args": {"name": "Worker #2"}},
        {"ph": "M", "pid": 1, "tid": 5, "name": "thread_name", "args": {"name": "idle"}},
        {"ph": "X", "pid": 1, "tid": 1, "ts": 0, "dur": 10, "name": "consume"},
        {"ph": "X", "pid": 1, "tid": 2, "ts": 0, "dur": 10, "name": "get", "args": {"outcome": "bogus"}},
        {"ph": "X", "pid": 1, "tid": 2, "ts": 1, "dur": 2, "name": "wait"},
        {"ph": "X", "pid": 1, "tid": 2, "ts": 4, "dur": 2, "name": "json.loads"},
        {"ph": "X", "pid": 1, "tid": 3, "ts": 5, "dur": 10, "name": "post"},
        {"ph": "X", "pid": 1, "tid": 4, "ts": 5, "dur": 10, "name": "put"}
    ])json");
    ASSERT_EQ(runs.runs.size(), 1u);
    const RunRecord& run = runs.runs[0];
    EXPECT_EQ(run.config.mode, Mode::Sequential);
    EXPECT_EQ(run.config.concurrency, 3);
    std::vector<std::string> labels;
    for (const WorkerRecord& worker : run.workers) labels.push_back(worker.label);
    EXPECT_THAT(labels, ElementsAre("queue", "MainThread", "Worker #2"));

    ASSERT_EQ(run.tasks.size(), 4u);
    std::vector<std::string> tasks;
    for (const TaskRecord& task : run.tasks)
        tasks.push_back(task.url + " on " + std::to_string(task.worker));
    EXPECT_THAT(tasks, ElementsAre("consume on 0", "get on 1", "post on 1", "put on 2"));
    EXPECT_EQ(run.tasks[1].outcome, Outcome::Ok) << "an outcome Overlap does not write";
    ASSERT_EQ(run.tasks[1].phases.size(), 2u);
    EXPECT_EQ(run.tasks[1].phases[0].kind, PhaseKind::Wait);
    EXPECT_EQ(run.tasks[1].phases[1].kind, PhaseKind::Compute);
    for (const TaskRecord& task : run.tasks) EXPECT_EQ(task.queued_s, *task.start_s);
}

// ---- Round trip ----

void expect_near_span(const Span& a, const Span& b) {
    EXPECT_NEAR(a.start_s, b.start_s, 1e-6);
    EXPECT_NEAR(a.end_s, b.end_s, 1e-6);
}

// What an export keeps of its runs, times to within the microsecond it is
// written in. The timeout, worker states and summary are not in a trace.
void expect_read_back(const RunSet& original) {
    const RunSet read = import_chrome_trace(run_set_to_chrome_trace(original));
    ASSERT_EQ(read.runs.size(), original.runs.size());
    for (std::size_t r = 0; r < read.runs.size(); ++r) {
        const RunRecord& a = original.runs[r];
        const RunRecord& b = read.runs[r];
        SCOPED_TRACE(run_name(a));
        EXPECT_EQ(b.config.mode, a.config.mode);
        EXPECT_EQ(b.config.concurrency, a.config.concurrency);
        EXPECT_EQ(run_traits(b), run_traits(a));
        ASSERT_EQ(b.workers.size(), a.workers.size());
        for (std::size_t w = 0; w < a.workers.size(); ++w)
            EXPECT_EQ(b.workers[w].label, a.workers[w].label);
        ASSERT_EQ(b.tasks.size(), a.tasks.size());
        for (std::size_t t = 0; t < a.tasks.size(); ++t) {
            const TaskRecord& x = a.tasks[t];
            const TaskRecord& y = b.tasks[t];
            SCOPED_TRACE("task " + std::to_string(t));
            EXPECT_EQ(y.id, x.id);
            EXPECT_EQ(y.url, x.url);
            EXPECT_EQ(y.outcome, x.outcome);
            EXPECT_EQ(y.http_status, x.http_status);
            EXPECT_EQ(y.error, x.error);
            EXPECT_EQ(y.worker, x.worker);
            ASSERT_EQ(y.start_s.has_value(), x.start_s.has_value());
            if (x.start_s) {
                EXPECT_NEAR(*y.start_s, *x.start_s, 1e-6);
            }
            ASSERT_EQ(y.end_s.has_value(), x.end_s.has_value());
            if (x.end_s) {
                EXPECT_NEAR(*y.end_s, *x.end_s, 1e-6);
            }
            ASSERT_EQ(y.phases.size(), x.phases.size());
            for (std::size_t p = 0; p < x.phases.size(); ++p) {
                EXPECT_EQ(y.phases[p].kind, x.phases[p].kind);
                expect_near_span(y.phases[p].span, x.phases[p].span);
            }
            // Without queued time a trace cannot tell when the task was queued.
            if (!x.phases.empty() && x.phases.front().kind == PhaseKind::Queued) {
                EXPECT_NEAR(y.queued_s, x.queued_s, 1e-6);
            }
        }
    }
}

TEST(ChromeTraceRoundTrip, RichRunsReadBack) { expect_read_back(test::rich_run_set()); }

TEST(ChromeTraceRoundTrip, QueuedAndOverlappingTasksReadBack) { expect_read_back(four_by_four()); }

struct BadTrace {
    std::string name;
    std::string text;
    std::string message;
};

void PrintTo(const BadTrace& trace, std::ostream* out) { *out << trace.name; }

class BadChromeTrace : public ::testing::TestWithParam<BadTrace> {};

TEST_P(BadChromeTrace, SaysWhatIsWrong) {
    EXPECT_THAT(import_error(GetParam().text), HasSubstr(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadChromeTrace,
    ::testing::Values(
        BadTrace{"NotJson", "nope", "Cannot import the trace: not valid JSON"},
        BadTrace{"Empty", "", "Cannot import the trace: the file is empty"},
        BadTrace{"Truncated", R"({"traceEvents": [{"ph": "X", "ts": 1, "dur": 1},)",
                 "the file is truncated"},
        BadTrace{"TrailingGarbage", R"({"traceEvents": []} and more)", "not valid JSON"},
        BadTrace{"NoEvents", R"({"events": [{"ph": "X"}]})", "this is not a Chrome trace"},
        BadTrace{"NotAnArrayOrObject", "42", "this is not a Chrome trace"},
        BadTrace{"NoDuration", R"({"traceEvents": [{"ph": "X", "ts": 1, "name": "a"}]})",
                 "event #0 (X) has no numeric \"dur\""},
        BadTrace{"NoTimestamp", R"([{"ph": "X", "ts": 1, "dur": 2}, {"ph": "B", "ts": "soon"}])",
                 "event #1 (B) has no numeric \"ts\""},
        BadTrace{"EventNotAnObject", R"({"traceEvents": [{"ph": "X", "ts": 1, "dur": 1}, 5]})",
                 "event #1 is not a JSON object"},
        BadTrace{"TimestampOutOfRange", R"([{"ph": "X", "ts": 1e300, "dur": 1}])",
                 "event #0 (X) has a \"ts\" out of range: 1e+300 (should be within ±1e15 µs)"},
        BadTrace{"DurationOutOfRange", R"([{"ph": "X", "ts": 1, "dur": 1.7e308}])",
                 "event #0 (X) has a \"dur\" out of range: 1.7e+308"},
        BadTrace{"NumberBeyondTheDoubleRange", R"([{"ph": "B", "ts": -1e400}])",
                 "Cannot import the trace: a number is out of range: -1e400 (byte 25)"},
        BadTrace{"NoSlices",
                 R"({"traceEvents": [{"ph": "M", "name": "thread_name", "args": {"name": "x"}}]})",
                 "the trace has no slices"}),
    [](const auto& test) { return test.param.name; });

// Many small slices on a few threads, as a profiler writes them.
std::string large_trace(int events) {
    std::string text = R"({"traceEvents":[)";
    for (int i = 0; i < events; ++i) {
        if (i) text += ',';
        text += R"({"ph":"X","pid":1,"tid":)" + std::to_string(i % 4) + R"(,"ts":)" +
                std::to_string(i * 10) + R"(,"dur":8,"name":"work"})";
    }
    return text + "]}";
}

TEST(ChromeTraceImport, ReportsProgressUpToOne) {
    std::vector<double> reported;
    const RunSet runs = import_chrome_trace(large_trace(100'000), [&](double progress) {
        reported.push_back(progress);
        return true;
    });
    ASSERT_EQ(runs.runs.size(), 1u);
    EXPECT_EQ(runs.runs[0].tasks.size(), 100'000u);
    EXPECT_EQ(runs.runs[0].workers.size(), 4u);
    ASSERT_GE(reported.size(), 3u);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
    EXPECT_GT(reported.front(), 0.0);
    EXPECT_EQ(reported.back(), 1.0);
}

TEST(ChromeTraceImport, ProgressCanCancelWhileParsing) {
    double cancelled_at = -1;
    try {
        import_chrome_trace(large_trace(100'000), [&](double progress) {
            cancelled_at = progress;
            return false;
        });
        FAIL() << "not cancelled";
    } catch (const FormatError& error) {
        EXPECT_STREQ(error.what(), "import cancelled");
    }
    EXPECT_GT(cancelled_at, 0.0);
    EXPECT_LT(cancelled_at, 0.9);
}

TEST(ChromeTraceImport, ProgressCanCancelASmallImport) {
    EXPECT_THROW(import_chrome_trace(large_trace(10), [](double) { return false; }), FormatError);
}

}  // namespace
}  // namespace overlap
