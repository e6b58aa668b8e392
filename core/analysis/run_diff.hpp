// What changed from one run set (`before`, A) to another (`after`, B): a row
// per mode with each number's absolute and relative change, per-task shifts
// for tasks both ran, and, when the two ran different workloads, sentences
// that say how, so nothing is compared silently.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/run_record.hpp"

namespace overlap {

struct Delta {
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> change() const;    // after - before
    std::optional<double> relative() const;  // change / before; nullopt when before is 0 or missing
};

// How one task moved: its start and its duration, B minus A.
struct TaskDelta {
    std::uint32_t id = 0;
    std::optional<double> start_shift_s;
    std::optional<double> duration_change_s;
    Outcome before = Outcome::Pending;
    Outcome after = Outcome::Pending;
};

// A run of A matched with a run of B: the same mode and the same ordinal
// among that mode's runs (the second async in A with the second in B).
// Concurrency may differ: a pool of 4 against a pool of 10 is a diff's point.
struct ModeDiff {
    std::size_t before_run = 0;  // index into A's runs
    std::size_t after_run = 0;   // index into B's runs
    Delta makespan_s;
    Delta latency_p50_s;
    Delta latency_p95_s;
    Delta latency_p99_s;
    Delta efficiency;
    Delta throughput_per_s;
    Delta failed;                  // statistics' failed_tasks()
    std::vector<TaskDelta> tasks;  // ids both runs have, in id order
};

struct RunDiff {
    // "A runs 10 tasks, B runs 16", "task 3 fetches /delay/1 in A and
    // /delay/2 in B": empty when the workloads match.
    std::vector<std::string> workload_differences;
    std::vector<ModeDiff> modes;
    std::vector<std::string> unmatched;  // "async (c=10) ran only in B"
};

RunDiff diff_runs(const RunSet& before, const RunSet& after);

// Whether any matched mode's makespan grew by more than `fraction` (0.10 for
// 10 %): `overlap diff --fail-if-slower` exits non-zero when so. Growth within
// a part in a billion of `fraction` is not more: 2 s to 2.2 s is 10 %, though
// (2.2 - 2) / 2 is 0.10000000000000009 in doubles.
bool slower_than(const RunDiff& diff, double fraction);

// The matched modes whose makespan grew by more than `fraction`, as indices
// into diff.modes: slower_than()'s reasons, for a message naming them.
std::vector<std::size_t> slower_modes(const RunDiff& diff, double fraction);

// The plain-text table `overlap diff` prints, differences first.
std::string diff_table(const RunDiff& diff, const RunSet& before, const RunSet& after);

}  // namespace overlap
