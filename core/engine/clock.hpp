// The one clock every event is stamped with.
#pragma once

#include <chrono>
#include <cstdint>

namespace overlap {

// steady_clock is CLOCK_MONOTONIC on Linux: system-wide, so a child process's
// stamps are directly comparable with its parent's.
inline std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline double ns_to_s(std::int64_t ns) { return static_cast<double>(ns) * 1e-9; }

}  // namespace overlap
