// The seeds' CPU lesson, reproduced with real threads and real processes:
// under an emulated GIL, threads give no CPU speed-up; processes do.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "support/test_server.hpp"

namespace overlap {
namespace {

using testing::run_to_end;

Workload cpu_only(int tasks, double ms) {
    Workload workload = uniform_workload(tasks, "", ms, 0);
    workload.behaviour.gil = true;
    return workload;
}

TEST(Gil, ThreadsTakeTurnsAndGainNothingWhileProcessesRunInParallel) {
    const Workload workload = cpu_only(4, 150);
    const RunRecord sequential = run_to_end(workload, {Mode::Sequential, 1});
    const RunRecord threads = run_to_end(workload, {Mode::Threads, 4});
    const RunRecord processes = run_to_end(workload, {Mode::Processes, 2});

    // Same work, one lock: threads are no faster than one thread.
    EXPECT_GE(threads.summary.makespan_s, 0.85 * sequential.summary.makespan_s);
    // Each process has its own lock: two processes on two cores beat both.
    EXPECT_LT(processes.summary.makespan_s, 0.85 * threads.summary.makespan_s);

    // The lock is handed over every switch interval, so every thread waited.
    for (const auto& task : threads.tasks) {
        const bool waited =
            std::any_of(task.phases.begin(), task.phases.end(),
                        [](const PhaseSpan& p) { return p.kind == PhaseKind::LockWait; });
        EXPECT_TRUE(waited) << "task " << task.id << " never waited for the GIL";
    }
    for (const auto& task : processes.tasks) {
        for (const auto& phase : task.phases) EXPECT_NE(phase.kind, PhaseKind::LockWait);
    }
}

TEST(Gil, WithoutItThreadsUseBothCores) {
    Workload workload = cpu_only(2, 200);
    workload.behaviour.gil = false;
    const RunRecord sequential = run_to_end(workload, {Mode::Sequential, 1});
    const RunRecord threads = run_to_end(workload, {Mode::Threads, 2});
    EXPECT_LT(threads.summary.makespan_s, 0.85 * sequential.summary.makespan_s);
}

TEST(CpuWork, EveryModeDoesTheSameCalibratedAmount) {
    const Workload workload = uniform_workload(2, "", 100, 0);
    for (Mode mode : kAllModes) {
        const RunRecord run = run_to_end(workload, {mode, 1});
        for (const auto& task : run.tasks) {
            double computed = 0;
            for (const auto& phase : task.phases) {
                if (phase.kind == PhaseKind::Compute) computed += phase.span.duration();
            }
            EXPECT_GT(computed, 0.05) << to_string(mode);
            EXPECT_LT(computed, 0.5) << to_string(mode);
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
