// Deterministic CPU work of a chosen length. The length is calibrated once per
// machine into an iteration count, so every mode (and every worker process)
// does exactly the same amount of computation for "--cpu-ms 100".
#pragma once

#include <cstdint>
#include <filesystem>

namespace overlap {

// Runs `iterations` steps of a xorshift chain starting from `seed` and returns
// the final state (callers keep it, so the optimiser cannot drop the loop).
std::uint64_t cpu_kernel(std::uint64_t iterations, std::uint64_t seed);

// Measures how many kernel iterations fit in one millisecond on this machine.
double measure_cpu_iterations_per_ms();

// The calibration, read from `cache_file` when present, else measured and saved.
double calibrated_cpu_iterations_per_ms(const std::filesystem::path& cache_file);
std::filesystem::path default_calibration_file();

}  // namespace overlap
