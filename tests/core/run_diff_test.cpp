// Diffs of hand-built run sets whose every number is known: the deltas, the
// matching of runs by mode and ordinal, runs without a match, a stopped run,
// per-task shifts, the --fail-if-slower threshold at its edges and the table.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "analysis/run_diff.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

RunRecord run_of(Mode mode, int concurrency, double makespan_s) {
    RunRecord run;
    run.config = {mode, concurrency};
    run.summary.makespan_s = makespan_s;
    run.summary.ok = 4;
    return run;
}

RunSet set_of(std::vector<RunRecord> runs) {
    RunSet set;
    set.workload = uniform_workload(4, "{server}/delay/1", 0, 1.0);
    set.runs = std::move(runs);
    return set;
}

// The words of the first row after `from` that starts with `what`.
std::vector<std::string> words_of_row(const std::string& table, std::size_t from,
                                      const std::string& what) {
    const auto start = table.find("  " + what, from);
    std::istringstream row(table.substr(start, table.find('\n', start) - start));
    std::vector<std::string> words;
    for (std::string word; row >> word;) words.push_back(word);
    return words;
}

bool contains(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(Delta, ChangeAndRelativeChange) {
    EXPECT_DOUBLE_EQ(*(Delta{2.0, 1.5}).change(), -0.5);
    EXPECT_DOUBLE_EQ(*(Delta{2.0, 1.5}).relative(), -0.25);
    EXPECT_FALSE((Delta{0.0, 1.0}.relative())) << "nothing to be relative to";
    EXPECT_DOUBLE_EQ(*(Delta{0.0, 1.0}).change(), 1.0);
    EXPECT_FALSE((Delta{std::nullopt, 1.0}.change()));
    EXPECT_FALSE((Delta{1.0, std::nullopt}.relative()));
}

TEST(RunDiff, KnownRunsGiveTheirDeltas) {
    const RunSet before = test::sample_run_set();  // sequential 7.5 s; threads c=2, 7 s, one error
    RunSet after = before;
    RunRecord& threads = after.runs[1];
    threads.config.concurrency = 4;
    threads.summary.makespan_s = 3.5;
    threads.summary.latency_p50_s = 2;
    threads.summary.latency_p95_s = 3;
    threads.summary.latency_p99_s = 3.5;
    threads.summary.throughput_per_s = 0.8;
    threads.summary.efficiency = 1.0;
    threads.summary.errors = 0;
    threads.summary.timeouts = 2;
    threads.summary.cancelled = 1;  // not a failure: failed_tasks() leaves it out

    const RunDiff diff = diff_runs(before, after);
    EXPECT_TRUE(diff.workload_differences.empty());
    EXPECT_TRUE(diff.unmatched.empty());
    ASSERT_EQ(diff.modes.size(), 2u);
    const ModeDiff& sequential = diff.modes[0];
    EXPECT_EQ(sequential.before_run, 0u);
    EXPECT_EQ(sequential.after_run, 0u);
    EXPECT_DOUBLE_EQ(*sequential.makespan_s.change(), 0);

    const ModeDiff& pool = diff.modes[1];
    EXPECT_EQ(pool.before_run, 1u);
    EXPECT_EQ(pool.after_run, 1u);
    EXPECT_DOUBLE_EQ(*pool.makespan_s.before, 7);
    EXPECT_DOUBLE_EQ(*pool.makespan_s.after, 3.5);
    EXPECT_DOUBLE_EQ(*pool.makespan_s.relative(), -0.5);
    EXPECT_DOUBLE_EQ(*pool.latency_p50_s.after, 2);
    EXPECT_DOUBLE_EQ(*pool.latency_p95_s.after, 3);
    EXPECT_DOUBLE_EQ(*pool.latency_p99_s.after, 3.5);
    EXPECT_DOUBLE_EQ(*pool.efficiency.before, 4.0 / 7);
    EXPECT_DOUBLE_EQ(*pool.efficiency.after, 1.0);
    EXPECT_DOUBLE_EQ(*pool.throughput_per_s.change(), 0.8);
    EXPECT_DOUBLE_EQ(*pool.failed.before, 1);
    EXPECT_DOUBLE_EQ(*pool.failed.after, 2) << "two timeouts; the cancelled task is not a failure";
}

TEST(RunDiff, MatchesRunsByModeAndOrdinalWhateverTheirConcurrency) {
    RunRecord blocking = run_of(Mode::Async, 5, 4);
    blocking.behaviour.blocking_in_async = true;
    const RunSet before =
        set_of({run_of(Mode::Async, 5, 1), run_of(Mode::Threads, 4, 2), blocking});
    const RunSet after =
        set_of({run_of(Mode::Threads, 10, 1), run_of(Mode::Async, 8, 1), blocking});

    const RunDiff diff = diff_runs(before, after);
    ASSERT_EQ(diff.modes.size(), 3u);
    EXPECT_EQ(diff.modes[0].before_run, 0u);  // the first async of each
    EXPECT_EQ(diff.modes[0].after_run, 1u);
    EXPECT_EQ(diff.modes[1].before_run, 1u);  // the pool of 4 with the pool of 10
    EXPECT_EQ(diff.modes[1].after_run, 0u);
    EXPECT_DOUBLE_EQ(*diff.modes[1].makespan_s.relative(), -0.5);
    EXPECT_EQ(diff.modes[2].before_run, 2u);  // the second async of each
    EXPECT_EQ(diff.modes[2].after_run, 2u);
    EXPECT_TRUE(diff.unmatched.empty());
    EXPECT_TRUE(diff.workload_differences.empty()) << "the same behaviours on both sides";
}

TEST(RunDiff, NamesTheRunsWithoutAMatch) {
    const RunSet before = set_of(
        {run_of(Mode::Threads, 4, 1), run_of(Mode::Processes, 4, 1), run_of(Mode::Threads, 8, 1)});
    const RunSet after = set_of({run_of(Mode::Sequential, 1, 4), run_of(Mode::Threads, 4, 1)});

    const RunDiff diff = diff_runs(before, after);
    ASSERT_EQ(diff.modes.size(), 1u);
    EXPECT_EQ(diff.unmatched, (std::vector<std::string>{"processes (c=4) ran only in A",
                                                        "threads (c=8) ran only in A",
                                                        "sequential (c=1) ran only in B"}));
}

TEST(RunDiff, ARunsOwnBehaviourIsExplainedWithItsPair) {
    RunRecord plain = run_of(Mode::Threads, 4, 1);
    RunRecord locked = plain;
    locked.behaviour.gil = true;
    const RunDiff diff = diff_runs(set_of({plain}), set_of({locked}));
    EXPECT_EQ(
        diff.workload_differences,
        (std::vector<std::string>{
            "Emulated GIL: off in A, on in B, for threads (c=4) against threads (c=4, GIL)"}));
}

TEST(RunDiff, AWorkloadsBehaviourIsSaidOnceNotAgainPerRun) {
    RunSet before = set_of({run_of(Mode::Threads, 4, 1), run_of(Mode::Async, 4, 1)});
    RunSet after = before;
    after.workload.behaviour.timeout_s = 5;
    for (RunRecord& run : after.runs) run.behaviour.timeout_s = 5;
    EXPECT_EQ(diff_runs(before, after).workload_differences,
              (std::vector<std::string>{"Task timeout: 30 s in A, 5 s in B"}));
}

TEST(RunDiff, AStoppedRunsWholeRunNumbersAreNotCompared) {
    RunRecord stopped = run_of(Mode::Threads, 4, 0.5);
    stopped.cancelled = true;
    stopped.summary.efficiency = 0.9;
    stopped.summary.latency_p50_s = 0.25;
    RunRecord finished = run_of(Mode::Threads, 4, 1);
    finished.summary.efficiency = 0.95;
    finished.summary.latency_p50_s = 0.5;

    const RunDiff diff = diff_runs(set_of({finished}), set_of({stopped}));
    ASSERT_EQ(diff.modes.size(), 1u);
    EXPECT_FALSE(diff.modes[0].makespan_s.change());
    EXPECT_FALSE(diff.modes[0].efficiency.change());
    EXPECT_FALSE(diff.modes[0].throughput_per_s.change());
    EXPECT_DOUBLE_EQ(*diff.modes[0].latency_p50_s.change(), -0.25)
        << "the tasks that finished still count";
    EXPECT_TRUE(contains(diff.workload_differences,
                         "threads (c=4) was stopped in B: its makespan, throughput and efficiency "
                         "are not compared"));
    EXPECT_FALSE(slower_than(diff, 0)) << "a stopped run is neither slower nor faster";
}

TEST(RunDiff, TasksBothRunsHaveShiftInIdOrder) {
    const RunRecord before = test::sample_run();  // tasks 0 (1-5 ok), 1 (0.5-6 ok), 2 (5-7 error)
    RunRecord after = before;
    after.tasks = {test::sample_task(3, 0, 0, 1),               // only in B
                   test::sample_task(2, 1, 1, 2, Outcome::Ok),  // 4 s earlier, 1 s shorter, now ok
                   test::sample_task(0, 0, 1.5, 6, Outcome::Timeout),  // 0.5 s later, 0.5 s longer
                   test::sample_task(1, 1, std::nullopt, 2, Outcome::Cancelled)};  // never started

    RunSet a = set_of({before});
    RunSet b = set_of({after});
    const RunDiff diff = diff_runs(a, b);
    ASSERT_EQ(diff.modes.size(), 1u);
    const auto& tasks = diff.modes[0].tasks;
    ASSERT_EQ(tasks.size(), 3u);
    EXPECT_EQ(tasks[0].id, 0u);
    EXPECT_DOUBLE_EQ(*tasks[0].start_shift_s, 0.5);
    EXPECT_DOUBLE_EQ(*tasks[0].duration_change_s, 0.5);
    EXPECT_EQ(tasks[0].before, Outcome::Ok);
    EXPECT_EQ(tasks[0].after, Outcome::Timeout);
    EXPECT_EQ(tasks[1].id, 1u);
    EXPECT_FALSE(tasks[1].start_shift_s);
    EXPECT_FALSE(tasks[1].duration_change_s);
    EXPECT_EQ(tasks[1].after, Outcome::Cancelled);
    EXPECT_EQ(tasks[2].id, 2u);
    EXPECT_DOUBLE_EQ(*tasks[2].start_shift_s, -4);
    EXPECT_DOUBLE_EQ(*tasks[2].duration_change_s, -1);
    EXPECT_EQ(tasks[2].before, Outcome::Error);
    EXPECT_EQ(tasks[2].after, Outcome::Ok);
}

struct ThresholdCase {
    double before_s;
    double after_s;
    double fraction;
    bool slower;
};

class SlowerThan : public testing::TestWithParam<ThresholdCase> {};

TEST_P(SlowerThan, ComparesTheMakespansGrowthWithTheThreshold) {
    const ThresholdCase c = GetParam();
    const RunDiff diff = diff_runs(set_of({run_of(Mode::Threads, 4, c.before_s)}),
                                   set_of({run_of(Mode::Threads, 4, c.after_s)}));
    EXPECT_EQ(slower_than(diff, c.fraction), c.slower)
        << c.before_s << " s -> " << c.after_s << " s against " << c.fraction;
    EXPECT_EQ(slower_modes(diff, c.fraction).size(), c.slower ? 1u : 0u);
}

INSTANTIATE_TEST_SUITE_P(
    Edges, SlowerThan,
    testing::Values(ThresholdCase{2, 2.2, 0.10, false},  // exactly 10 %: not more
                    ThresholdCase{2, 2.2002, 0.10, true}, ThresholdCase{1, 1.1, 0.10, false},
                    ThresholdCase{1, 1, 0, false},  // 0 %: any growth fails
                    ThresholdCase{1, 1.001, 0, true}, ThresholdCase{2, 1, 0, false},  // faster
                    ThresholdCase{0, 1, 0.10, false},  // no makespan to grow from
                    ThresholdCase{1, 3, 1.5, true}));  // +200 % against 150 %

TEST(SlowerThan, NamesEveryModeThatGrewTooMuch) {
    const RunDiff diff =
        diff_runs(set_of({run_of(Mode::Threads, 4, 1), run_of(Mode::Async, 4, 1),
                          run_of(Mode::Processes, 4, 1)}),
                  set_of({run_of(Mode::Threads, 4, 1.5), run_of(Mode::Async, 4, 1.05),
                          run_of(Mode::Processes, 4, 2)}));
    EXPECT_EQ(slower_modes(diff, 0.10), (std::vector<std::size_t>{0, 2}));
}

TEST(DiffTable, DifferencesFirstThenEachModesNumbersAndChanges) {
    const RunSet before = test::sample_run_set();
    RunSet after = before;
    after.workload.behaviour.gil = true;
    after.runs[1].summary.makespan_s = 3.5;
    after.runs[1].summary.errors = 0;
    const RunDiff diff = diff_runs(before, after);
    const std::string table = diff_table(diff, before, after);

    const auto difference = table.find("  - Emulated GIL: off in A, on in B\n");
    const auto pool = table.find("\nthreads (c=2)\n");
    ASSERT_NE(difference, std::string::npos) << table;
    ASSERT_NE(pool, std::string::npos) << table;
    EXPECT_LT(difference, pool) << table;
    EXPECT_EQ(words_of_row(table, pool, "makespan"),
              (std::vector<std::string>{"makespan", "7.00", "s", "→", "3.50", "s", "-3.50", "s",
                                        "-50.0%"}));
    EXPECT_EQ(words_of_row(table, pool, "errors"),
              (std::vector<std::string>{"errors", "1", "→", "0", "-1", "-100.0%"}));
    EXPECT_EQ(
        words_of_row(table, 0, "efficiency"),  // the sequential run: unchanged
        (std::vector<std::string>{"efficiency", "80.0%", "→", "80.0%", "0.0", "pts", "+0.0%"}));
}

TEST(DiffTable, NamesTheTasksThatMovedMostAndThoseWhoseOutcomeChanged) {
    const RunRecord before = test::sample_run();
    RunRecord after = before;
    after.tasks[0] =
        test::sample_task(0, 0, 1.5, 6, Outcome::Timeout);        // 0.5 s later, 0.5 s longer
    after.tasks[2] = test::sample_task(2, 1, 1, 2, Outcome::Ok);  // 4 s earlier, 1 s shorter
    const RunSet a = set_of({before});
    const RunSet b = set_of({after});
    const std::string table = diff_table(diff_runs(a, b), a, b);
    EXPECT_NE(
        table.find(
            "  tasks: 3 in both; largest start shift -4.00 s (task 2); largest duration change "
            "-1.00 s (task 2)\n  outcome changed: task 0 ok → timeout, task 2 error → ok\n"),
        std::string::npos)
        << table;
}

TEST(DiffTable, SaysWhenTheWorkloadsAreTheSame) {
    const RunSet runs = test::sample_run_set();
    const std::string table = diff_table(diff_runs(runs, runs), runs, runs);
    EXPECT_EQ(table.find("A and B ran the same workload (3 tasks).\n"), 0u) << table;
    EXPECT_NE(table.find("\nsequential (c=1)\n"), std::string::npos) << table;
}

}  // namespace
}  // namespace overlap
