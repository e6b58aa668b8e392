// How many cores this process may use and how contended they are, so a
// figure measured on a busy machine can be named as such (see
// kBusyCpuPressurePct in analysis/preset_checks.hpp).
#pragma once

#include <string_view>

namespace overlap {

// The cores this process may run on (sched_getaffinity), at least 1.
int usable_cores();

// The "some avg10" figure of a /proc/pressure/cpu text, in percent; -1 when
// the text has none. Pure, so tests feed it readings.
double parse_cpu_pressure(std::string_view text);

// This machine's CPU pressure now, in percent; 0 where Linux PSI is missing.
double cpu_pressure_pct();

}  // namespace overlap
