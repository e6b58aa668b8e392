// What a sweep varies, on its own so a preset (model/preset.hpp) can name a
// sweep without the run records model/sweep.hpp brings in.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace overlap {

// What a sweep varies. Concurrency is the modes' workers / in-flight limit /
// processes (sequential stays at one); tasks is how many of the workload's
// first task run; delay is the embedded server's /delay/ in seconds; cpu is
// each task's CPU work in milliseconds.
enum class SweepParam { Concurrency, Tasks, Delay, CpuMs };

const char* to_string(SweepParam param);  // "concurrency", "tasks", "delay", "cpu"
std::optional<SweepParam> sweep_param_from_string(std::string_view name);

// The most values one sweep runs: each is a whole comparison.
inline constexpr std::size_t kMaxSweepValues = 64;
// The most runs of one mode at one value.
inline constexpr int kMaxSweepRepeat = 100;

}  // namespace overlap
