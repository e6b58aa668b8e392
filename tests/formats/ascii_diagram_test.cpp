// ASCII diagrams: exact expected text, one case per feature of the drawing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "formats/ascii_diagram.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

using test::sample_task;

RunRecord run_of(Mode mode, int concurrency, std::vector<TaskRecord> tasks) {
    RunRecord run;
    run.config = {mode, concurrency};
    run.tasks = std::move(tasks);
    return run;
}

// A fetch: connect, send, wait for the server, receive.
TaskRecord fetch(std::uint32_t id, int worker, double start, double end,
                 Outcome outcome = Outcome::Ok) {
    const double d = end - start;
    return sample_task(id, worker, start, end, outcome,
                     {{PhaseKind::Connect, {start, start + 0.05 * d}},
                      {PhaseKind::Send, {start + 0.05 * d, start + 0.1 * d}},
                      {PhaseKind::Wait, {start + 0.1 * d, start + 0.9 * d}},
                      {PhaseKind::Receive, {start + 0.9 * d, end}}});
}

// The drawing without its key lines (tested on their own below).
std::string drawing(const std::string& diagram) {
    std::string out;
    std::size_t start = 0;
    bool in_key = false;
    for (std::size_t end; (end = diagram.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = diagram.substr(start, end - start + 1);
        if (line.rfind("Key:", 0) == 0) in_key = true;
        else if (in_key && line.rfind("  ", 0) != 0) in_key = false;
        if (!in_key) out += line;
    }
    return out;
}

struct DiagramCase {
    std::string name;
    RunRecord run;
    int width;
    std::string expected;
};

void PrintTo(const DiagramCase& diagram, std::ostream* out) { *out << diagram.name; }

class AsciiDiagram : public ::testing::TestWithParam<DiagramCase> {};

TEST_P(AsciiDiagram, DrawsExactly) {
    EXPECT_EQ(drawing(ascii_diagram(GetParam().run, GetParam().width)), GetParam().expected)
        << ascii_diagram(GetParam().run, GetParam().width);
}

// A failed fetch as the engine records it: the server's status, or libcurl's words.
TaskRecord failed(TaskRecord task, int http_status, std::string error) {
    task.http_status = http_status;
    task.error = std::move(error);
    return task;
}

std::vector<DiagramCase> diagram_cases() {
    RunRecord cancelled = run_of(Mode::Async, 2,
                                 {fetch(0, 0, 0.0, 2.0), fetch(1, 0, 0.0, 2.0, Outcome::Cancelled),
                                  sample_task(2, -1, std::nullopt, 2.0, Outcome::Cancelled)});
    cancelled.cancelled = true;
    return {
        {"SequentialFetches",
         run_of(Mode::Sequential, 1, {fetch(0, 0, 0.0, 1.51), fetch(1, 0, 1.51, 3.02)}), 40,
         "sequential (c=1) — makespan 3.02 s\n"
         "Task 0 |--- wait ---| done\n"
         "Task 1               |--- wait ---| done\n"
         "       0s       1s        2s       3s\n"},
        {"OutcomesAndShortWaits",
         run_of(Mode::Threads, 2,
                {failed(fetch(0, 0, 0.0, 0.4, Outcome::HttpError), 500, "HTTP 500"),
                 fetch(1, 1, 0.0, 2.0, Outcome::Timeout),
                 failed(fetch(2, 0, 0.4, 1.0, Outcome::Error), 0,
                        "Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server"),
                 fetch(3, 0, 1.0, 1.2)}),
         51,
         "threads (c=2) — makespan 2.00 s\n"
         "Task 0 |.....| HTTP 500\n"
         "Task 1 |------------- wait --------------| TIMEOUT\n"
         "Task 2        |- wait --| REFUSED\n"
         "Task 3                   |.| done\n"
         "       0.0s     0.5s     1.0s    1.5s     2.0s\n"},
        {"CancelledRun", cancelled, 50,
         "async (c=2) — makespan 2.00 s (cancelled)\n"
         "Task 0 |------------ wait -------------| done\n"
         "Task 1 |------------ wait -------------| CANCELLED\n"
         "Task 2                                   CANCELLED\n"
         "       0.0s    0.5s     1.0s    1.5s    2.0s\n"},
        {"CpuAndTheGil",
         run_of(Mode::Threads, 2,
                {sample_task(0, 0, 0.0, 1.0, Outcome::Ok, {{PhaseKind::Compute, {0.0, 1.0}}}),
                 sample_task(1, 1, 0.0, 2.0, Outcome::Ok,
                           {{PhaseKind::LockWait, {0.0, 1.0}}, {PhaseKind::Compute, {1.0, 2.0}}})}),
         40,
         "threads (c=2) — makespan 2.00 s\n"
         "Task 0 |------------| done\n"
         "Task 1 |--- lock -----------------| done\n"
         "       0s            1s            2s\n"},
        {"TinyTasksStillShow",
         run_of(Mode::Async, 10,
                {fetch(0, 0, 0.0, 0.001), fetch(1, 0, 0.002, 0.004), fetch(2, 0, 0.0, 0.05)}),
         30,
         "async (c=10) — makespan 50 ms\n"
         "Task 0 | done\n"
         "Task 1  | done\n"
         "Task 2 |----- wait -----| done\n"
         "       0.00s             0.05s\n"},
        {"NarrowWidthKeepsTenColumns", run_of(Mode::Sequential, 1, {fetch(0, 0, 0.0, 1.0)}), 5,
         "sequential (c=1) — makespan 1.00 s\n"
         "Task 0 |- wait -| done\n"
         "       0s        1s\n"},
        {"NoTasks", run_of(Mode::Processes, 4, {}), 40,
         "processes (c=4) — makespan 0 s\n"
         " 0s\n"},
    };
}

INSTANTIATE_TEST_SUITE_P(Cases, AsciiDiagram, ::testing::ValuesIn(diagram_cases()),
                         [](const auto& test) { return test.param.name; });

TEST(AsciiDiagram, LabelsAreAsWideAsTheWidest) {
    std::vector<TaskRecord> tasks;
    for (std::uint32_t i = 0; i < 11; ++i) tasks.push_back(fetch(i, 0, i * 1.0, i + 1.0));
    const std::string diagram = ascii_diagram(run_of(Mode::Sequential, 1, tasks), 60);
    EXPECT_NE(diagram.find("\nTask 0  |"), std::string::npos) << diagram;
    EXPECT_NE(diagram.find("\nTask 10 "), std::string::npos) << diagram;
    // Every line fits the width (the title's dash is one column, three bytes).
    std::size_t start = diagram.find('\n') + 1;
    for (std::size_t end; (end = diagram.find('\n', start)) != std::string::npos; start = end + 1) {
        EXPECT_LE(end - start, 60u) << diagram.substr(start, end - start);
    }
}

TEST(AsciiDiagram, MarkdownFenceAndEveryRunOfASet) {
    RunSet runs;
    runs.runs.push_back(run_of(Mode::Sequential, 1, {fetch(0, 0, 0.0, 1.0)}));
    runs.runs.push_back(run_of(Mode::Processes, 2, {fetch(0, 0, 0.0, 1.0)}));
    EXPECT_EQ(drawing(ascii_diagrams(runs, 5, true)),
              "```\n"
              "sequential (c=1) — makespan 1.00 s\n"
              "Task 0 |- wait -| done\n"
              "       0s        1s\n"
              "```\n"
              "\n"
              "```\n"
              "processes (c=2) — makespan 1.00 s\n"
              "Task 0 |- wait -| done\n"
              "       0s        1s\n"
              "```\n");
    EXPECT_EQ(ascii_diagrams(runs, 5, false),
              ascii_diagram(runs.runs[0], 5) + "\n" + ascii_diagram(runs.runs[1], 5));
}

// Columns from a task line's opening `|` to its closing one.
std::size_t bar_width(const std::string& diagram, const std::string& line_start) {
    const std::size_t line = diagram.find(line_start);
    const std::size_t open = diagram.find('|', line);
    return diagram.find('|', open + 1) - open + 1;
}

TEST(AsciiDiagram, RunsOfASetShareOneTimeScale) {
    RunSet runs;
    runs.runs.push_back(run_of(Mode::Sequential, 1,
                               {fetch(0, 0, 0.0, 1.0), fetch(1, 0, 1.0, 2.0), fetch(2, 0, 2.0, 3.0),
                                fetch(3, 0, 3.0, 4.0)}));
    runs.runs.push_back(run_of(Mode::Async, 4,
                               {fetch(0, 0, 0.0, 1.0), fetch(1, 0, 0.0, 1.0), fetch(2, 0, 0.0, 1.0),
                                fetch(3, 0, 0.0, 1.0)}));
    const std::string both = ascii_diagrams(runs, 60, false);
    const std::string async_in_set = both.substr(both.find("async"));
    const std::string async_alone = ascii_diagram(runs.runs[1], 60);
    EXPECT_NE(async_in_set.find("async (c=4) — makespan 1.00 s"), std::string::npos);
    // Beside 4 s of sequential, 1 s of async takes a quarter of the width it takes alone.
    EXPECT_NEAR(static_cast<double>(bar_width(async_in_set, "Task 0")),
                bar_width(async_alone, "Task 0") / 4.0, 2.0)
        << both << async_alone;
    EXPECT_EQ(bar_width(both, "Task 0"), bar_width(async_in_set, "Task 0"))
        << "the first second is as wide in both";
}

TEST(AsciiDiagram, AKeyLineSaysWhatTheMarksMean) {
    TaskRecord stalled = fetch(1, 0, 0.5, 2.0);
    stalled.phases.insert(stalled.phases.begin(), {PhaseKind::Stalled, {0.5, 0.6}});
    const std::string diagram =
        ascii_diagram(run_of(Mode::Async, 2, {fetch(0, 0, 0.0, 2.0), stalled}), 60);
    EXPECT_NE(diagram.find("\nKey: |--| a task from start to end, - working, wait: for the"),
              std::string::npos)
        << diagram;
    EXPECT_NE(diagram.find("stall: the client had not got to it"), std::string::npos) << diagram;
    EXPECT_NE(diagram.find("blank before: queued"), std::string::npos) << diagram;
    EXPECT_EQ(diagram.find("lock:"), std::string::npos) << "no GIL in this run: " << diagram;
}

TEST(AsciiDiagram, WorkerLanesShowWhatEachWorkerDid) {
    RunRecord run = run_of(Mode::Threads, 2, {fetch(0, 0, 0.0, 2.0), fetch(1, 1, 0.0, 2.0)});
    run.workers = {{0, "thread 1", {{WorkerState::IoWait, {0, 1}, 0}, {WorkerState::Busy, {1, 2}, 0}}},
                   {1, "thread 2", {{WorkerState::IoWait, {0, 1}, 1}, {WorkerState::LockWait, {1, 1.5}, 1},
                                    {WorkerState::Busy, {1.5, 2}, 1}}}};
    EXPECT_EQ(ascii_diagram(run, 40, false, 0, AsciiLanes::Worker),
              "threads (c=2) — makespan 2.00 s\n"
              "thread 1 ~~~~~~~~~~~~~~~################\n"
              "thread 2 ~~~~~~~~~~~~~~~========########\n"
              "         0s              1s\n"
              "Key: # computing, ~ waiting on I/O, =\n"
              "  waiting for the GIL, blank idle\n");
}

TEST(AsciiDiagram, AnEventLoopLaneShowsRunningPollingAndBlocked) {
    RunRecord run = run_of(Mode::Async, 2, {fetch(0, 0, 0.0, 2.0)});
    run.workers = {{0, "event loop",
                    {{WorkerState::Running, {0, 0.5}, kNoTask}, {WorkerState::Polling, {0.5, 1}, kNoTask},
                     {WorkerState::Blocked, {1, 1.5}, 0}}}};
    EXPECT_EQ(ascii_diagram(run, 40, false, 0, AsciiLanes::Worker),
              "async (c=2) — makespan 2.00 s\n"
              "event loop +++++++.......!!!!!!!!\n"
              "           0s             1s\n"
              "Key: + running callbacks, . polling\n"
              "  sockets, ! loop blocked by a task,\n"
              "  blank idle\n");
}

TEST(AsciiDiagram, AThousandTasksFoldIntoAFewLines) {
    // Ten waves of a hundred equal fetches, as a pool of a hundred threads runs them.
    std::vector<TaskRecord> tasks;
    for (std::uint32_t i = 0; i < 1000; ++i) {
        const double start = (i / 100) * 1.0;
        tasks.push_back(fetch(i, static_cast<int>(i % 100), start, start + 1.0));
    }
    const std::string waves = ascii_diagram(run_of(Mode::Threads, 100, tasks), 100);
    EXPECT_NE(waves.find("… 98 more tasks like this (tasks 2–99)"), std::string::npos) << waves;
    EXPECT_NE(waves.find("… 98 more tasks like this (tasks 902–999)"), std::string::npos) << waves;
    EXPECT_LT(std::count(waves.begin(), waves.end(), '\n'), 40) << waves;

    // A thousand one after another: no two lines alike, so alike in shape.
    for (std::uint32_t i = 0; i < 1000; ++i) tasks[i] = fetch(i, 0, i * 0.01, i * 0.01 + 0.01);
    const std::string staircase = ascii_diagram(run_of(Mode::Sequential, 1, tasks), 100);
    EXPECT_NE(staircase.find("more tasks like this, each later"), std::string::npos) << staircase;
    EXPECT_LT(std::count(staircase.begin(), staircase.end(), '\n'), 50) << staircase;
}

TEST(AsciiDiagram, TasksUnlikeEachOtherAreCountedBeyondTheLimit) {
    std::vector<TaskRecord> tasks;
    for (std::uint32_t i = 0; i < 1000; ++i) tasks.push_back(fetch(i, 0, 0.0, 0.01 + i * 0.01));
    const std::string diagram = ascii_diagram(run_of(Mode::Async, 1000, tasks), 100);
    EXPECT_NE(diagram.find("more tasks not drawn"), std::string::npos) << diagram;
    EXPECT_LT(std::count(diagram.begin(), diagram.end(), '\n'), 50) << diagram;
}

// Run files hold times within ±1e9 s, but runs built in memory can hold any:
// the drawing must end whatever the span, and write every byte it returns.
TEST(AsciiDiagramDeathTest, EndsForSpansNearTheLimitsOfADouble) {
    for (const double end : {2.3e307, 1.7e308, 1e-310, 5e-324}) {
        const RunRecord run = run_of(Mode::Sequential, 1, {sample_task(0, 0, 0.0, end)});
        // In a child with an alarm, so a hang fails this test rather than stalling the suite.
        EXPECT_EXIT(
            {
                ::alarm(10);
                ascii_diagram(run, 60);
                std::_Exit(0);
            },
            ::testing::ExitedWithCode(0), "")
            << end;
    }
}

TEST(AsciiDiagram, SpansBelowANanosecondGetOnlyTheirOrigin) {
    const std::string diagram =
        ascii_diagram(run_of(Mode::Sequential, 1, {sample_task(0, 0, 0.0, 5e-324)}), 30);
    const std::string drawn = drawing(diagram);
    EXPECT_EQ(drawn.substr(drawn.rfind('\n', drawn.size() - 2) + 1), "       0s\n");
}

TEST(AsciiDiagram, NumbersTooWideForFixedNotationAreWrittenWhole) {
    EXPECT_EQ(drawing(ascii_diagram(run_of(Mode::Sequential, 1, {sample_task(0, 0, 0.0, 1e100)}), 30)),
              "sequential (c=1) — makespan 1e+100 s\n"
              "Task 0 |----------------| done\n"
              "       0s       5e+99s\n");
}

}  // namespace
}  // namespace overlap
