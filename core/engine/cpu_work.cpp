#include "engine/cpu_work.hpp"

#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace overlap {

namespace {

std::int64_t thread_cpu_ns() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<std::int64_t>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

}  // namespace

// The fuzzing builds count every branch taken in a shared counter; in this
// loop, threads running it at once would fight over that counter's cache line
// and each would need several times the CPU for the same work. The kernel is
// what every mode is measured by, so it is left uncounted.
#if defined(__clang__)
__attribute__((no_sanitize("coverage")))
#endif
std::uint64_t cpu_kernel(std::uint64_t iterations, std::uint64_t seed) {
    std::uint64_t x = seed | 1;  // xorshift has a fixed point at 0
    for (std::uint64_t i = 0; i < iterations; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

double measure_cpu_iterations_per_ms() {
    // Timed in this thread's CPU time, not wall time: other programs keeping
    // the cores busy must not make the calibration (which is cached) too low.
    // The fastest of several samples is the core at its least disturbed.
    constexpr std::uint64_t kSampleIterations = 4'000'000;
    double best_ns = 1e18;
    volatile std::uint64_t sink = 0;
    for (int sample = 0; sample < 7; ++sample) {
        const std::int64_t begin = thread_cpu_ns();
        sink = sink + cpu_kernel(kSampleIterations, static_cast<std::uint64_t>(sample) + 1);
        best_ns = std::min(best_ns, static_cast<double>(thread_cpu_ns() - begin));
    }
    return static_cast<double>(kSampleIterations) / (best_ns / 1e6);
}

std::filesystem::path default_calibration_file() {
    if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache && *cache) {
        return std::filesystem::path(cache) / "overlap" / "cpu-calibration";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".cache" / "overlap" / "cpu-calibration";
    }
    return std::filesystem::temp_directory_path() / "overlap-cpu-calibration";
}

double calibrated_cpu_iterations_per_ms(const std::filesystem::path& cache_file) {
    double cached = 0;
    if (std::ifstream in(cache_file); in >> cached && cached > 0) return cached;
    const double measured = measure_cpu_iterations_per_ms();
    std::error_code ignored;  // an unwritable cache only costs a re-measurement next time
    std::filesystem::create_directories(cache_file.parent_path(), ignored);
    std::ofstream(cache_file) << measured << '\n';
    return measured;
}

}  // namespace overlap
