// summarise() and the ideal schedule it compares a run against.
#include <gtest/gtest.h>

#include <vector>

#include "analysis/statistics.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

using test::sample_task;

struct IdealCase {
    std::vector<double> durations;
    int workers;
    double expected;
};

class IdealMakespan : public ::testing::TestWithParam<IdealCase> {};

TEST_P(IdealMakespan, ListSchedulesTasksInOrder) {
    const IdealCase& c = GetParam();
    EXPECT_DOUBLE_EQ(ideal_makespan(c.durations, c.workers), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, IdealMakespan,
    ::testing::Values(IdealCase{{2, 1, 3}, 3, 3},                       // one task per worker
                      IdealCase{std::vector<double>(8, 1.0), 4, 2},     // ceil(8/4) rounds
                      IdealCase{std::vector<double>(10, 1.5), 4, 4.5},  // ceil(10/4)·1.5
                      IdealCase{{2, 1, 3}, 1, 6},                       // sequential: the sum
                      IdealCase{{3, 3, 2, 2, 2}, 2, 7},  // in order, not the optimum (6)
                      IdealCase{{1, 2}, 0, 3},           // no workers counts as one
                      IdealCase{{}, 4, 0}));

RunRecord run_of(Mode mode, int concurrency, std::vector<TaskRecord> tasks) {
    RunRecord run;
    run.config = {mode, concurrency};
    run.tasks = std::move(tasks);
    return run;
}

TEST(Summarise, MakespanThroughputAndOutcomeCounts) {
    const RunRecord run = run_of(
        Mode::Threads, 4,
        {sample_task(0, 0, 0.0, 1.0), sample_task(1, 1, 0.0, 2.0, Outcome::HttpError),
         sample_task(2, 2, 0.5, 3.0, Outcome::Timeout), sample_task(3, 3, 0.5, 4.0, Outcome::Error),
         sample_task(4, -1, std::nullopt, 4.0, Outcome::Cancelled)});
    const Summary summary = summarise(run, Workload{}, ResourceUsage{});
    EXPECT_DOUBLE_EQ(summary.makespan_s, 4.0);
    // Cancelled tasks are not throughput: 4 finished in 4 s.
    EXPECT_DOUBLE_EQ(summary.throughput_per_s, 1.0);
    EXPECT_EQ(summary.ok, 1);
    EXPECT_EQ(summary.http_errors, 1);
    EXPECT_EQ(summary.timeouts, 1);
    EXPECT_EQ(summary.errors, 1);
    EXPECT_EQ(summary.cancelled, 1);
    EXPECT_EQ(summary.peak_in_flight, 4);
    // Unknown durations: no ideal to compare with.
    EXPECT_FALSE(summary.ideal_s);
    EXPECT_FALSE(summary.efficiency);
}

TEST(Summarise, LatencyPercentilesAreNearestRank) {
    std::vector<TaskRecord> tasks;
    // Latencies 1..100 s, shuffled by start order.
    for (int i = 0; i < 100; ++i) {
        const double latency = (i * 37) % 100 + 1;
        tasks.push_back(sample_task(static_cast<std::uint32_t>(i), 0, 0.0, latency));
    }
    const Summary summary = summarise(run_of(Mode::Async, 100, tasks), Workload{}, ResourceUsage{});
    EXPECT_DOUBLE_EQ(summary.latency_p50_s, 50);
    EXPECT_DOUBLE_EQ(summary.latency_p95_s, 95);
    EXPECT_DOUBLE_EQ(summary.latency_p99_s, 99);
    EXPECT_DOUBLE_EQ(summary.latency_max_s, 100);
}

TEST(Summarise, LatencyPercentilesOfAFewTasksAreRealValues) {
    const RunRecord run =
        run_of(Mode::Threads, 3,
               {sample_task(0, 0, 1.0, 2.0), sample_task(1, 1, 1.0, 4.0), sample_task(2, 2, 0.0, 3.0)});
    const Summary summary = summarise(run, Workload{}, ResourceUsage{});
    EXPECT_DOUBLE_EQ(summary.latency_p50_s, 3.0);  // rank ceil(1.5) = 2 of {1, 3, 3}
    EXPECT_DOUBLE_EQ(summary.latency_p95_s, 3.0);
    EXPECT_DOUBLE_EQ(summary.latency_max_s, 3.0);
}

TEST(Summarise, PeakInFlightDoesNotCountBackToBackTasksTwice) {
    const RunRecord sequential =
        run_of(Mode::Sequential, 1,
               {sample_task(0, 0, 0.0, 1.0), sample_task(1, 0, 1.0, 2.0), sample_task(2, 0, 2.0, 3.0)});
    EXPECT_EQ(summarise(sequential, Workload{}, ResourceUsage{}).peak_in_flight, 1);

    const RunRecord overlapping = run_of(Mode::Async, 10,
                                         {sample_task(0, 0, 0.0, 2.0), sample_task(1, 0, 1.0, 3.0),
                                          sample_task(2, 0, 1.5, 2.0), sample_task(3, 0, 2.0, 2.5)});
    EXPECT_EQ(summarise(overlapping, Workload{}, ResourceUsage{}).peak_in_flight, 3);
}

TEST(InFlightSteps, ChangeOnlyWhereTheCountChanges) {
    const RunRecord run = run_of(Mode::Async, 10,
                                 {sample_task(0, 0, 0.0, 2.0), sample_task(1, 0, 1.0, 3.0),
                                  sample_task(2, 0, 2.0, 3.0), sample_task(3, -1, std::nullopt, 3.0)});
    const std::vector<std::pair<double, int>> expected = {{0.0, 1}, {1.0, 2}, {3.0, 0}};
    EXPECT_EQ(in_flight_steps(run), expected);
}

TEST(Summarise, IdealAndEfficiencyWhenEveryDurationIsKnown) {
    // 4 tasks of 1 s wait + 500 ms CPU on 2 threads: ideally 2 rounds of 1.5 s.
    const Workload workload = uniform_workload(4, "{server}/delay/1", 500, 1.0);
    const RunRecord run = run_of(Mode::Threads, 2,
                                 {sample_task(0, 0, 0.0, 1.6), sample_task(1, 1, 0.0, 1.6),
                                  sample_task(2, 0, 1.6, 3.5), sample_task(3, 1, 1.6, 4.0)});
    const Summary summary = summarise(run, workload, ResourceUsage{});
    ASSERT_TRUE(summary.ideal_s);
    EXPECT_DOUBLE_EQ(*summary.ideal_s, 3.0);
    ASSERT_TRUE(summary.efficiency);
    EXPECT_DOUBLE_EQ(*summary.efficiency, 0.75);
}

TEST(Summarise, ACancelledRunHasAnIdealButNoEfficiencyAndNoCancelledLatencies) {
    // Cancelled 4 s into 10 sequential one-second tasks.
    const Workload workload = uniform_workload(10, "{server}/delay/1", 0, 1.0);
    std::vector<TaskRecord> tasks;
    for (std::uint32_t i = 0; i < 4; ++i) tasks.push_back(sample_task(i, 0, i, i + 1.0));
    tasks.push_back(sample_task(4, 0, 4.0, 4.2, Outcome::Cancelled));
    for (std::uint32_t i = 5; i < 10; ++i)
        tasks.push_back(sample_task(i, -1, std::nullopt, 4.2, Outcome::Cancelled));
    const Summary summary =
        summarise(run_of(Mode::Sequential, 1, tasks), workload, ResourceUsage{});
    EXPECT_DOUBLE_EQ(summary.ideal_s.value_or(-1), 10.0);
    EXPECT_FALSE(summary.efficiency) << "not 10 s / 4.2 s = 238%";
    EXPECT_DOUBLE_EQ(summary.latency_max_s, 1.0) << "the 0.2 s of the cancelled task is no latency";
    EXPECT_EQ(summary.cancelled, 6);
}

TEST(Summarise, ARunWithAFailedTaskHasAnIdealButNoEfficiency) {
    // Four 1 s tasks on four threads; the server refused three at once.
    const Workload workload = uniform_workload(4, "{server}/delay/1", 0, 1.0);
    std::vector<TaskRecord> tasks{sample_task(0, 0, 0.0, 1.0)};
    for (std::uint32_t i = 1; i < 4; ++i)
        tasks.push_back(sample_task(i, static_cast<int>(i), 0.0, 0.002, Outcome::Error));
    Summary summary = summarise(run_of(Mode::Threads, 4, tasks), workload, ResourceUsage{});
    EXPECT_DOUBLE_EQ(summary.ideal_s.value_or(-1), 1.0) << "the plan is still the plan";
    EXPECT_FALSE(summary.efficiency);

    // Every task failed fast: 1 s / 2 ms would read 50,000 %.
    for (auto& task : tasks) task = sample_task(task.id, task.worker, 0.0, 0.002, Outcome::Error);
    summary = summarise(run_of(Mode::Threads, 4, tasks), workload, ResourceUsage{});
    EXPECT_FALSE(summary.efficiency) << "not " << 1.0 / 0.002 * 100 << "%";
}

TEST(SpeedUp, IsTheBaselineMakespanOverTheRunsUnlessEveryTaskOfEitherFailed) {
    Summary sequential;
    sequential.makespan_s = 10;
    sequential.ok = 10;
    Summary threads;
    threads.makespan_s = 2.5;
    threads.ok = 9;
    threads.timeouts = 1;
    EXPECT_DOUBLE_EQ(speed_up(threads, sequential).value_or(-1), 4.0) << "some failures keep it";
    EXPECT_DOUBLE_EQ(speed_up(sequential, sequential).value_or(-1), 1.0);

    Summary refused;
    refused.makespan_s = 0.01;
    refused.errors = 10;
    EXPECT_FALSE(speed_up(refused, sequential)) << "not 1000x";
    EXPECT_FALSE(speed_up(threads, refused)) << "nor against a baseline that did nothing";
    EXPECT_FALSE(speed_up(threads, Summary{})) << "no makespan to compare with";
}

TEST(SpeedUp, IsMeasuredAgainstTheFirstSequentialRun) {
    std::vector<RunRecord> runs(3);
    runs[0].config = {Mode::Async, 10};
    runs[1].config = {Mode::Sequential, 1};
    runs[2].config = {Mode::Sequential, 1};
    EXPECT_EQ(speed_up_baseline(runs), &runs[1]);
    runs.erase(runs.begin() + 1, runs.end());
    EXPECT_EQ(speed_up_baseline(runs), nullptr) << "no sequential run, no speed-up";
}

TEST(FailedTasks, CountsFailuresButNotCancelledTasks) {
    const RunRecord run = run_of(
        Mode::Threads, 5,
        {sample_task(0, 0, 0.0, 1.0, Outcome::Ok), sample_task(1, 1, 0.0, 1.0, Outcome::HttpError),
         sample_task(2, 2, 0.0, 1.0, Outcome::Error), sample_task(3, 3, 0.0, 1.0, Outcome::Timeout),
         sample_task(4, 4, 0.0, 0.5, Outcome::Cancelled)});
    const Summary summary = summarise(run, Workload{}, ResourceUsage{});
    EXPECT_EQ(failed_tasks(summary), 3) << "the user stopped the cancelled one";
}

TEST(Summarise, SequentialIdealUsesOneWorkerWhateverItsConcurrency) {
    const Workload workload = uniform_workload(3, "{server}/delay/1", 0, 1.0);
    const RunRecord run =
        run_of(Mode::Sequential, 8,
               {sample_task(0, 0, 0.0, 1.0), sample_task(1, 0, 1.0, 2.0), sample_task(2, 0, 2.0, 3.0)});
    const Summary summary = summarise(run, workload, ResourceUsage{});
    EXPECT_DOUBLE_EQ(summary.ideal_s.value_or(-1), 3.0);
    EXPECT_DOUBLE_EQ(summary.efficiency.value_or(-1), 1.0);
}

TEST(Summarise, OneUnknownDurationMeansNoIdeal) {
    Workload workload = uniform_workload(3, "{server}/delay/1", 0, 1.0);
    workload.tasks[1].expected_s.reset();
    const RunRecord run =
        run_of(Mode::Threads, 3,
               {sample_task(0, 0, 0.0, 1.0), sample_task(1, 1, 0.0, 1.0), sample_task(2, 2, 0.0, 1.0)});
    const Summary summary = summarise(run, workload, ResourceUsage{});
    EXPECT_FALSE(summary.ideal_s);
    EXPECT_FALSE(summary.efficiency);
}

TEST(Summarise, CopiesTheResourceUsage) {
    const ResourceUsage usage{1.5, 0.25, 64.0, 12, 4, 1000, 20};
    const Summary summary = summarise(run_of(Mode::Processes, 4, {}), Workload{}, usage);
    EXPECT_EQ(summary.resources.cpu_user_s, 1.5);
    EXPECT_EQ(summary.resources.cpu_sys_s, 0.25);
    EXPECT_EQ(summary.resources.peak_rss_mb, 64.0);
    EXPECT_EQ(summary.resources.max_threads, 12);
    EXPECT_EQ(summary.resources.processes, 4);
    EXPECT_EQ(summary.resources.voluntary_switches, 1000);
    EXPECT_EQ(summary.resources.involuntary_switches, 20);
    EXPECT_EQ(summary.makespan_s, 0);
    EXPECT_EQ(summary.throughput_per_s, 0);
}

}  // namespace
}  // namespace overlap

namespace overlap {
namespace {

// Four 250 ms computations, the cpu-gil preset's, in `mode` with 4 workers.
Summary cpu_summary(Mode mode, bool gil, int cores) {
    RunRecord run;
    run.config = {mode, 4};
    run.behaviour.gil = gil;
    Workload workload = uniform_workload(4, "", 250, 0.0);
    return summarise(run, workload, ResourceUsage{}, cores);
}

TEST(HonestIdeal, CpuWorkIsCappedByTheLockOrTheCores) {
    const struct {
        Mode mode;
        bool gil;
        int cores;
        double ideal_s;
        IdealCap cap;
        const char* text;
    } cases[] = {
        {Mode::Threads, true, 2, 1.0, IdealCap::Gil, "GIL: one at a time"},
        {Mode::Async, true, 2, 1.0, IdealCap::Gil, "GIL: one at a time"},
        {Mode::Async, false, 8, 1.0, IdealCap::EventLoop, "one event loop thread"},
        {Mode::Processes, true, 2, 0.5, IdealCap::Cores, "2 cores"},  // a GIL each
        {Mode::Threads, false, 2, 0.5, IdealCap::Cores, "2 cores"},
        {Mode::Processes, true, 8, 0.25, IdealCap::Concurrency, ""},  // cores to spare
        {Mode::Processes, true, 0, 0.25, IdealCap::Concurrency, ""},  // cores unknown
        {Mode::Sequential, true, 2, 1.0, IdealCap::Concurrency, ""},
    };
    for (const auto& c : cases) {
        const Summary summary = cpu_summary(c.mode, c.gil, c.cores);
        const std::string where = std::string(to_string(c.mode)) + (c.gil ? " GIL " : " ") +
                                  std::to_string(c.cores) + " cores";
        ASSERT_TRUE(summary.ideal_s) << where;
        EXPECT_NEAR(*summary.ideal_s, c.ideal_s, 1e-9) << where;
        EXPECT_EQ(summary.ideal_cap, c.cap) << where;
        EXPECT_EQ(ideal_cap_text(summary), c.text) << where;
    }
}

// thousand-requests' shape: the interpreter's work per answered request holds
// a lock even without GIL emulation, so it caps threads and async at one.
TEST(HonestIdeal, InterpreterCostIsCappedByTheLockItHolds) {
    const struct {
        Mode mode;
        int concurrency;
        double ideal_s;
        IdealCap cap;
    } cases[] = {
        // 8 tasks of 100 ms waiting plus 50 ms interpreter work each: 400 ms of it.
        {Mode::Threads, 4, 0.4, IdealCap::Gil},            // waves 0.3 s, one lock 0.4 s
        {Mode::Async, 8, 0.4, IdealCap::EventLoop},        // one wave 0.15 s, one thread 0.4 s
        {Mode::Processes, 4, 0.3, IdealCap::Concurrency},  // a lock each: 0.2 s on 2 cores
        {Mode::Sequential, 1, 1.2, IdealCap::Concurrency},
    };
    for (const auto& c : cases) {
        RunRecord run;
        run.config = {c.mode, c.concurrency};
        run.behaviour.interpreter_ms = 50;
        const Summary summary =
            summarise(run, uniform_workload(8, "{server}/delay/0.1", 0, 0.1), ResourceUsage{}, 2);
        ASSERT_TRUE(summary.ideal_s) << to_string(c.mode);
        EXPECT_NEAR(*summary.ideal_s, c.ideal_s, 1e-9) << to_string(c.mode);
        EXPECT_EQ(summary.ideal_cap, c.cap) << to_string(c.mode);
    }
}

TEST(HonestIdeal, WaitingIsNotCappedByTheCores) {
    RunRecord run;
    run.config = {Mode::Threads, 10};
    const Summary summary =
        summarise(run, uniform_workload(10, "{server}/delay/1", 0, 1.0), ResourceUsage{}, 2);
    EXPECT_DOUBLE_EQ(*summary.ideal_s, 1.0);
    EXPECT_EQ(summary.ideal_cap, IdealCap::Concurrency);
}

}  // namespace
}  // namespace overlap
