// ASCII diagrams: exact expected text, one case per feature of the drawing.
#include <gtest/gtest.h>
#include <unistd.h>

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

struct DiagramCase {
    std::string name;
    RunRecord run;
    int width;
    std::string expected;
};

void PrintTo(const DiagramCase& diagram, std::ostream* out) { *out << diagram.name; }

class AsciiDiagram : public ::testing::TestWithParam<DiagramCase> {};

TEST_P(AsciiDiagram, DrawsExactly) {
    EXPECT_EQ(ascii_diagram(GetParam().run, GetParam().width), GetParam().expected)
        << ascii_diagram(GetParam().run, GetParam().width);
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
                {fetch(0, 0, 0.0, 0.4, Outcome::HttpError), fetch(1, 1, 0.0, 2.0, Outcome::Timeout),
                 fetch(2, 0, 0.4, 1.0, Outcome::Error), fetch(3, 0, 1.0, 1.2)}),
         50,
         "threads (c=2) — makespan 2.00 s\n"
         "Task 0 |.....| FAIL\n"
         "Task 1 |------------- wait --------------| TIMEOUT\n"
         "Task 2        |- wait --| FAIL\n"
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
    EXPECT_EQ(ascii_diagrams(runs, 5, true),
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
    EXPECT_EQ(diagram.substr(diagram.rfind('\n', diagram.size() - 2) + 1), "       0s\n");
}

TEST(AsciiDiagram, NumbersTooWideForFixedNotationAreWrittenWhole) {
    EXPECT_EQ(ascii_diagram(run_of(Mode::Sequential, 1, {sample_task(0, 0, 0.0, 1e100)}), 30),
              "sequential (c=1) — makespan 1e+100 s\n"
              "Task 0 |----------------| done\n"
              "       0s       5e+99s\n");
}

}  // namespace
}  // namespace overlap
