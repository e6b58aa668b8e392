// Check evaluation on hand-built runs: each kind passing and failing, runs that
// cannot be measured, and the sentence a person reads for each.
#include <gtest/gtest.h>

#include "analysis/preset_checks.hpp"

namespace overlap {
namespace {

PresetRun run_in(Mode mode, int concurrency, Behaviour behaviour = {}) {
    return {{mode, concurrency}, behaviour};
}

// Sequential, threads and async over ten 1-second fetches; checks added per test.
Preset three_modes() {
    Preset preset;
    preset.name = "hand-built";
    preset.workload = uniform_workload(10, "{server}/delay/1", 0, 1.0);
    preset.runs = {run_in(Mode::Sequential, 1), run_in(Mode::Threads, 10), run_in(Mode::Async, 10)};
    return preset;
}

RunRecord record(Mode mode, double makespan_s) {
    RunRecord run;
    run.config = {mode, 10};
    run.summary.makespan_s = makespan_s;
    return run;
}

RunSet measured(double sequential_s, double threads_s, double async_s) {
    RunSet runs;
    runs.runs = {record(Mode::Sequential, sequential_s), record(Mode::Threads, threads_s),
                 record(Mode::Async, async_s)};
    return runs;
}

PresetCheck check(CheckKind kind, std::size_t run, std::optional<double> at_least,
                  std::optional<double> at_most = std::nullopt, std::size_t baseline = 0) {
    PresetCheck check;
    check.kind = kind;
    check.run = run;
    check.baseline = baseline;
    check.at_least = at_least;
    check.at_most = at_most;
    return check;
}

CheckResult only_result(const Preset& preset, const RunSet& runs) {
    const auto results = evaluate_checks(preset, runs);
    EXPECT_EQ(results.size(), 1u);
    return results.at(0);
}

TEST(PresetChecks, SpeedupIsTheBaselineMakespanOverTheRuns) {
    Preset preset = three_modes();
    preset.checks = {check(CheckKind::Speedup, 2, 5), check(CheckKind::Speedup, 1, 5)};
    const auto results = evaluate_checks(preset, measured(10.0, 4.0, 1.02));
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].verdict, Verdict::Pass);
    EXPECT_EQ(results[0].sentence(), "async 9.8x faster than sequential (expected at least 5x)");
    EXPECT_EQ(results[1].verdict, Verdict::Fail);
    EXPECT_EQ(results[1].sentence(), "threads 2.5x faster than sequential (expected at least 5x)");
    EXPECT_EQ(evaluate_checks(preset, measured(100, 4, 0.08))[0].measurement,
              "async 1250x faster than sequential");
}

TEST(PresetChecks, ARunWhoseTasksFailedHasNoSpeedupOrEfficiency) {
    // Ten refused connections in 10 ms are not a 1000x speed-up.
    Preset preset = three_modes();
    preset.checks = {check(CheckKind::Speedup, 2, 5)};
    RunSet runs = measured(10.0, 4.0, 0.01);
    runs.runs[2].summary.errors = 10;
    const CheckResult result = only_result(preset, runs);
    EXPECT_EQ(result.verdict, Verdict::NotMeasured);
    EXPECT_EQ(result.sentence(),
              "async has no speed-up over sequential: every task of one of them failed (expected at least 5x)");

    preset.checks = {check(CheckKind::Efficiency, 2, 0.8)};
    runs.runs[2].summary.ideal_s = 1.0;  // known, but summarise() gave no efficiency
    EXPECT_EQ(only_result(preset, runs).measurement, "async has no efficiency: a task did not complete OK");
}

TEST(PresetChecks, SpeedupBelowOneReadsAsASlowdown) {
    Preset preset = three_modes();
    preset.checks = {check(CheckKind::Speedup, 1, std::nullopt, 1.2)};
    const CheckResult slower = only_result(preset, measured(1.0, 1.25, 1.0));
    EXPECT_EQ(slower.verdict, Verdict::Pass);
    EXPECT_EQ(slower.sentence(), "threads 0.8x as fast as sequential (expected at most 1.2x)");
    EXPECT_EQ(only_result(preset, measured(1.0, 0.5, 1.0)).verdict, Verdict::Fail);
}

TEST(PresetChecks, EfficiencyNeedsTheIdeal) {
    Preset preset = three_modes();
    preset.checks = {check(CheckKind::Efficiency, 2, 0.8)};
    RunSet runs = measured(10, 1, 1.07);
    runs.runs[2].summary.efficiency = 0.934;
    const CheckResult good = only_result(preset, runs);
    EXPECT_EQ(good.verdict, Verdict::Pass);
    EXPECT_EQ(good.sentence(), "async efficiency 93% (expected at least 80%)");
    runs.runs[2].summary.efficiency = 0.5;
    EXPECT_EQ(only_result(preset, runs).verdict, Verdict::Fail);
    runs.runs[2].summary.efficiency.reset();
    EXPECT_EQ(only_result(preset, runs).verdict, Verdict::NotMeasured);
}

TEST(PresetChecks, MakespanInSeconds) {
    Preset preset = three_modes();
    preset.checks = {check(CheckKind::Makespan, 2, 2.9, 4)};
    const CheckResult inside = only_result(preset, measured(6, 3, 3.004));
    EXPECT_EQ(inside.verdict, Verdict::Pass);
    EXPECT_EQ(inside.sentence(), "async took 3.00 s (expected from 2.9 s to 4 s)");
    EXPECT_EQ(only_result(preset, measured(6, 3, 2.5)).verdict, Verdict::Fail);
    EXPECT_EQ(only_result(preset, measured(6, 3, 4.5)).verdict, Verdict::Fail);
    const CheckResult fast = only_result(preset, measured(6, 3, 0.2));
    EXPECT_EQ(fast.measurement, "async took 0.200 s");
}

TEST(PresetChecks, OrderIsFastestFirstWithNoTies) {
    Preset preset = three_modes();
    PresetCheck order;
    order.kind = CheckKind::Order;
    order.order = {2, 1, 0};
    order.run = 2;
    preset.checks = {order};
    const CheckResult in_order = only_result(preset, measured(16, 6, 3));
    EXPECT_EQ(in_order.verdict, Verdict::Pass);
    EXPECT_EQ(in_order.sentence(),
              "fastest first: async 3.00 s, threads 6.00 s, sequential 16.00 s "
              "(expected async < threads < sequential)");
    const CheckResult swapped = only_result(preset, measured(16, 2, 3));
    EXPECT_EQ(swapped.verdict, Verdict::Fail);
    EXPECT_EQ(swapped.measurement, "fastest first: threads 2.00 s, async 3.00 s, sequential 16.00 s");
    EXPECT_EQ(only_result(preset, measured(16, 3, 3)).verdict, Verdict::Fail) << "a tie is no order";
    RunSet cancelled = measured(16, 6, 3);
    cancelled.runs[1].cancelled = true;
    EXPECT_EQ(only_result(preset, cancelled).verdict, Verdict::NotMeasured);
}

// Three modes with one outcomes check on the threads run, expecting `expected`.
Preset outcomes_preset(std::vector<std::pair<Outcome, int>> expected) {
    Preset preset = three_modes();
    PresetCheck outcomes = check(CheckKind::Outcomes, 1, std::nullopt);
    outcomes.outcomes = std::move(expected);
    preset.checks = {outcomes};
    return preset;
}

// Measured runs whose threads run has one task per outcome, in order.
RunSet threads_ended_as(std::initializer_list<Outcome> outcomes) {
    RunSet runs = measured(3, 1, 1);
    for (Outcome outcome : outcomes) {
        runs.runs[1].tasks.push_back(TaskRecord{});
        runs.runs[1].tasks.back().outcome = outcome;
    }
    return runs;
}

TEST(PresetChecks, OutcomesCountEveryNamedOutcomeExactly) {
    const Preset preset = outcomes_preset({{Outcome::Ok, 2}, {Outcome::Timeout, 1}});
    RunSet runs = threads_ended_as({Outcome::Ok, Outcome::Timeout, Outcome::Ok});
    const CheckResult exact = only_result(preset, runs);
    EXPECT_EQ(exact.verdict, Verdict::Pass);
    EXPECT_EQ(exact.sentence(), "threads: 2 ok, 1 timeout (expected 2 ok, 1 timeout)");

    runs.runs[1].tasks[0].outcome = Outcome::Error;
    const CheckResult off = only_result(preset, runs);
    EXPECT_EQ(off.verdict, Verdict::Fail);
    EXPECT_EQ(off.measurement, "threads: 1 ok, 1 error, 1 timeout") << "what else happened shows";
}

TEST(PresetChecks, OutcomeCountsReadAsWords) {
    const Preset preset = outcomes_preset({{Outcome::HttpError, 2}, {Outcome::Timeout, 2}});
    const RunSet runs = threads_ended_as({Outcome::HttpError, Outcome::Timeout, Outcome::HttpError,
                                          Outcome::Timeout, Outcome::Pending});
    EXPECT_EQ(only_result(preset, runs).measurement,
              "threads: 2 HTTP errors, 2 timeouts, 1 unfinished");
}

TEST(PresetChecks, MemoryComparesPeaks) {
    Preset preset = three_modes();
    preset.checks = {check(CheckKind::Memory, 2, std::nullopt, std::nullopt, 1)};
    RunSet runs = measured(10, 1, 1);
    runs.runs[1].summary.resources.peak_rss_mb = 344.2;
    runs.runs[2].summary.resources.peak_rss_mb = 195.4;
    const CheckResult less = only_result(preset, runs);
    EXPECT_EQ(less.verdict, Verdict::Pass);
    EXPECT_EQ(less.sentence(),
              "async peaked at 195 MB, threads at 344 MB (expected less than threads)");
    runs.runs[2].summary.resources.peak_rss_mb = 400;
    EXPECT_EQ(only_result(preset, runs).verdict, Verdict::Fail);
}

TEST(PresetChecks, RunsMissingCancelledOrInAnotherModeAreNotMeasured) {
    Preset preset = three_modes();
    preset.checks = {check(CheckKind::Speedup, 2, 5)};

    RunSet interrupted = measured(10, 1, 1);
    interrupted.runs.pop_back();
    const CheckResult missing = only_result(preset, interrupted);
    EXPECT_EQ(missing.verdict, Verdict::NotMeasured);
    EXPECT_EQ(missing.sentence(), "async was not run to the end (expected at least 5x)");

    RunSet cancelled = measured(10, 1, 1);
    cancelled.runs[0].cancelled = true;
    EXPECT_EQ(only_result(preset, cancelled).measurement, "sequential was not run to the end");

    RunSet other = measured(10, 1, 1);
    other.runs[2].config.mode = Mode::Processes;
    EXPECT_EQ(only_result(preset, other).verdict, Verdict::NotMeasured);
}

TEST(PresetChecks, RunsOfOneModeAreToldApartByTheirBehaviour) {
    Preset preset;
    Behaviour blocking;
    blocking.blocking_in_async = true;
    preset.runs = {run_in(Mode::Async, 5), run_in(Mode::Async, 5, blocking),
                   run_in(Mode::Threads, 5)};
    EXPECT_EQ(run_label(preset, 0), "async");
    EXPECT_EQ(run_label(preset, 1), "async with blocking calls");
    EXPECT_EQ(run_label(preset, 2), "threads");

    Behaviour strict;
    strict.gil = true;
    strict.timeout_s = 2;
    preset.runs = {run_in(Mode::Threads, 4, strict), run_in(Mode::Threads, 4),
                   run_in(Mode::Threads, 8)};
    EXPECT_EQ(run_label(preset, 0), "threads with a GIL and with a 2 s timeout");
    EXPECT_EQ(run_label(preset, 1), "threads (run 2)");
    EXPECT_EQ(run_label(preset, 2), "threads (run 3)");
}

TEST(PresetChecks, VerdictNames) {
    EXPECT_STREQ(to_string(Verdict::Pass), "PASS");
    EXPECT_STREQ(to_string(Verdict::Fail), "FAIL");
    EXPECT_STREQ(to_string(Verdict::NotMeasured), "NOT MEASURED");
}

}  // namespace
}  // namespace overlap

namespace overlap {
namespace {

// A pressure reading injected into the runs, as RunSession records it.
TEST(PresetChecksOnABusyMachine, AFailureIsNamedUnreliableAndAPassStays) {
    Preset preset;
    preset.workload = uniform_workload(10, "{server}/delay/1", 0, 1.0);
    preset.runs = {{{Mode::Sequential, 1}, {}}, {{Mode::Threads, 10}, {}}};
    PresetCheck check;
    check.kind = CheckKind::Speedup;
    check.run = 1;
    check.claimed = ClaimedFigure{10, ClaimSide::About};
    preset.checks = {check};
    RunSet runs;
    runs.runs.resize(2);
    runs.runs[0].config = {Mode::Sequential, 1};
    runs.runs[1].config = {Mode::Threads, 10};
    runs.runs[0].summary.makespan_s = 10;
    runs.runs[1].summary.makespan_s = 2;  // 5x: fails the claimed 10x
    runs.runs[1].summary.cpu_pressure_pct = kBusyCpuPressurePct - 1;
    EXPECT_EQ(evaluate_checks(preset, runs)[0].verdict, Verdict::Fail);

    runs.runs[0].summary.cpu_pressure_pct = 85;
    const CheckResult busy = evaluate_checks(preset, runs)[0];
    EXPECT_EQ(busy.verdict, Verdict::Unreliable);
    EXPECT_STREQ(to_string(busy.verdict), "BUSY");
    EXPECT_EQ(busy.sentence(),
              "machine busy: figures unreliable (CPU pressure 85%): threads 5x faster than "
              "sequential (tutorial: about 10x; passes from 8x to 12.5x)");

    runs.runs[1].summary.makespan_s = 1.0;  // 10x holds whatever the load
    EXPECT_EQ(evaluate_checks(preset, runs)[0].verdict, Verdict::Pass);
}

// Counting outcomes does not depend on getting a core: a wrong count is a
// failure however busy the machine (the failures preset's test ran into this
// while a build kept both cores busy).
TEST(PresetChecksOnABusyMachine, AWrongOutcomeCountStillFails) {
    Preset preset;
    preset.workload = uniform_workload(2, "{server}/status/500", 0, 0.0);
    preset.runs = {{{Mode::Async, 2}, {}}};
    PresetCheck check;
    check.kind = CheckKind::Outcomes;
    check.outcomes = {{Outcome::HttpError, 1}};
    preset.checks = {check};
    RunSet runs;
    runs.runs.resize(1);
    runs.runs[0].config = {Mode::Async, 2};
    runs.runs[0].summary.makespan_s = 0.01;
    runs.runs[0].summary.http_errors = 2;
    runs.runs[0].summary.cpu_pressure_pct = 85;
    EXPECT_EQ(evaluate_checks(preset, runs)[0].verdict, Verdict::Fail);
}

}  // namespace
}  // namespace overlap
