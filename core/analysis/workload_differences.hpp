// How two workloads differ, in sentences a person can check against the
// files: "A runs 10 tasks, B runs 16", "Every task fetches /delay/1 in A and
// /delay/2 in B", "Task timeout: 30 s in A, 5 s in B". A diff states these
// before its numbers, so two different workloads are never compared silently.
#pragma once

#include <string>
#include <vector>

#include "model/workload.hpp"

namespace overlap {

// At most this many sentences about single tasks; the rest are counted in
// one more ("…and 12 more tasks differ").
inline constexpr std::size_t kShownTaskDifferences = 5;

// Empty when A (`before`) and B (`after`) run the same tasks the same way.
// Tasks that differ the same way share one sentence.
std::vector<std::string> workload_differences(const Workload& before, const Workload& after);

// The behaviours `before` and `after` differ in, each as "<What>: x in A, y
// in B" ("Emulated GIL: on in A, off in B"); workload_differences() ends with
// the workloads' own.
std::vector<std::string> behaviour_differences(const Behaviour& before, const Behaviour& after);

}  // namespace overlap
