// The seeds' CPU lesson, reproduced with real threads and real processes:
// under an emulated GIL, threads give no CPU speed-up; processes do.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "engine/gil.hpp"
#include "support/test_server.hpp"

namespace overlap {
namespace {

using testing::run_to_end;

Workload cpu_only(int tasks, double ms) {
    Workload workload = uniform_workload(tasks, "", ms, 0);
    workload.behaviour.gil = true;
    return workload;
}

// How many tasks computed at once on average: the summed length of every
// task's compute phases over the length of their union. Wall-clock spans
// overlap whenever the work runs at once, even when a busy machine lends it
// fewer cores, so this reads the same on a loaded machine as on an idle one;
// the makespans themselves are figures for bench_engine, not assertions.
double compute_concurrency(const RunRecord& run, PhaseKind kind = PhaseKind::Compute) {
    std::vector<Span> spans;
    for (const auto& task : run.tasks) {
        for (const auto& phase : task.phases) {
            if (phase.kind == kind) spans.push_back(phase.span);
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.start_s < b.start_s; });
    double summed = 0;
    double covered = 0;
    double covered_until = -1;
    for (const Span& span : spans) {
        summed += span.duration();
        const double from = std::max(span.start_s, covered_until);
        if (span.end_s > from) covered += span.end_s - from;
        covered_until = std::max(covered_until, span.end_s);
    }
    return covered > 0 ? summed / covered : 0;
}

TEST(Gil, SaysWhetherTheCallerWaitedForAnotherHolder) {
    Gil gil;
    // However slow an uncontended acquire is, nobody held the lock: no wait.
    EXPECT_FALSE(gil.acquire());
    std::atomic<bool> waited{false};
    std::thread other([&] {
        waited = gil.acquire();
        gil.release();
    });
    // Hold the lock until the other thread has queued behind it.
    while (gil.waiting() == 0) std::this_thread::yield();
    gil.release();
    other.join();
    EXPECT_TRUE(waited);
    EXPECT_FALSE(gil.acquire());
    gil.release();
}

TEST(Gil, ThreadsTakeTurnsWhileProcessesComputeAtOnce) {
    const Workload workload = cpu_only(4, 150);
    const RunRecord threads = run_to_end(workload, {Mode::Threads, 4});
    const RunRecord processes = run_to_end(workload, {Mode::Processes, 2});

    // One lock: however many threads, one computes at a time.
    EXPECT_LT(compute_concurrency(threads), 1.1);
    // Each process has its own lock: two compute side by side.
    EXPECT_GT(compute_concurrency(processes), 1.3);

    // The lock is handed over every switch interval, so every thread waited.
    for (const auto& task : threads.tasks) {
        const bool waited =
            std::any_of(task.phases.begin(), task.phases.end(),
                        [](const PhaseSpan& p) { return p.kind == PhaseKind::LockWait; });
        EXPECT_TRUE(waited) << "task " << task.id << " never waited for the GIL";
    }
    // A process's lock has one holder, so nothing there ever waits for it.
    for (const auto& task : processes.tasks) {
        for (const auto& phase : task.phases) EXPECT_NE(phase.kind, PhaseKind::LockWait);
    }
}

// The interpreter cost holds the interpreter lock whether or not the task's
// own CPU work does: threads share one, each process has its own.
TEST(InterpreterCost, ThreadsSpendItOneAtATimeProcessesAtOnce) {
    Workload workload = uniform_workload(6, "{server}/delay/0", 0, 0);
    workload.behaviour.interpreter_ms = 40;
    const RunRecord threads = run_to_end(workload, {Mode::Threads, 3});
    const RunRecord processes = run_to_end(workload, {Mode::Processes, 2});
    EXPECT_LT(compute_concurrency(threads, PhaseKind::Interpreter), 1.05);
    EXPECT_GT(compute_concurrency(processes, PhaseKind::Interpreter), 1.2);
}

class InterpreterCostInEveryMode : public ::testing::TestWithParam<Mode> {};

// Every answered request gets one interpreter phase after its transfer, and
// the task's own CPU work stays a compute phase.
TEST_P(InterpreterCostInEveryMode, EachAnsweredRequestHasItsOwnPhase) {
    Workload workload = uniform_workload(3, "{server}/delay/0", 2, 0);
    workload.behaviour.interpreter_ms = 3;
    const RunRecord run = run_to_end(workload, {GetParam(), 2});
    ASSERT_EQ(run.tasks.size(), 3u);
    for (const auto& task : run.tasks) {
        EXPECT_EQ(task.outcome, Outcome::Ok);
        const auto count = [&](PhaseKind kind) {
            return std::count_if(task.phases.begin(), task.phases.end(),
                                 [&](const PhaseSpan& p) { return p.kind == kind; });
        };
        EXPECT_GE(count(PhaseKind::Interpreter), 1) << "task " << task.id;
        EXPECT_GE(count(PhaseKind::Compute), 1) << "task " << task.id;
        double interpreter_s = 0;
        for (const auto& p : task.phases)
            if (p.kind == PhaseKind::Interpreter) interpreter_s += p.span.duration();
        EXPECT_GE(interpreter_s, 0.002) << "task " << task.id;  // a busy machine only stretches it
    }
}

INSTANTIATE_TEST_SUITE_P(Modes, InterpreterCostInEveryMode,
                         ::testing::Values(Mode::Sequential, Mode::Threads, Mode::Async, Mode::Processes),
                         [](const auto& mode) { return std::string(to_string(mode.param)); });

TEST(Gil, WithoutItThreadsComputeAtOnce) {
    Workload workload = cpu_only(2, 200);
    workload.behaviour.gil = false;
    EXPECT_GT(compute_concurrency(run_to_end(workload, {Mode::Threads, 2})), 1.3);
}

// The amount of work is a CPU-time figure (CpuTime below checks it in every
// mode); its wall-clock phases can only be bounded from below, since a busy
// machine stretches them without limit.
TEST(CpuWork, EveryModeDrawsEachTasksComputing) {
    const Workload workload = uniform_workload(2, "", 100, 0);
    for (Mode mode : kAllModes) {
        const RunRecord run = run_to_end(workload, {mode, 1});
        for (const auto& task : run.tasks) {
            double computed = 0;
            for (const auto& phase : task.phases) {
                if (phase.kind == PhaseKind::Compute) computed += phase.span.duration();
            }
            EXPECT_GT(computed, 0.09) << to_string(mode) << " task " << task.id;
        }
    }
}

TEST(CpuTime, CountsTheRunsOwnThreadsInEveryModeAndNothingElse) {
    // 2 x 150 ms of CPU work, while a thread that is not the run's spins
    // throughout, as the window's GUI thread draws while a run goes on.
    std::atomic<bool> stop{false};
    std::thread bystander([&] {
        while (!stop.load(std::memory_order_relaxed)) {
        }
    });
    Workload workload = uniform_workload(2, "", 150, 0);
    struct Case {
        ModeConfig config;
        bool offload;
    };
    const Case cases[] = {{{Mode::Sequential, 1}, false},
                          {{Mode::Threads, 2}, false},
                          {{Mode::Async, 2}, false},
                          {{Mode::Async, 2}, true},
                          {{Mode::Processes, 2}, false}};
    for (const Case& c : cases) {
        workload.behaviour.offload = c.offload;
        const RunRecord run = run_to_end(workload, c.config);
        const double cpu = run.summary.resources.cpu_user_s + run.summary.resources.cpu_sys_s;
        SCOPED_TRACE(std::string(to_string(c.config.mode)) + (c.offload ? " offloaded" : ""));
        EXPECT_GT(cpu, 0.2) << "the work on the run's threads counts";
        EXPECT_LT(cpu, 0.45) << "the spinning thread does not (it alone ran "
                             << run.summary.makespan_s << " s)";
    }
    stop = true;
    bystander.join();
}

}  // namespace
}  // namespace overlap
