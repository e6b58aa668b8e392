#include "system/cpu_load.hpp"

#include <sched.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

namespace overlap {

int usable_cores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
    return std::max(1u, std::thread::hardware_concurrency());
}

double parse_cpu_pressure(std::string_view text) {
    // "some avg10=1.23 avg60=... total=..."; the "full" line is about all tasks stalled.
    const auto line = text.find("some ");
    if (line == std::string_view::npos) return -1;
    const auto key = text.find("avg10=", line);
    if (key == std::string_view::npos) return -1;
    const std::string value(text.substr(key + 6, text.find(' ', key + 6) - key - 6));
    char* end = nullptr;
    const double parsed = std::strtod(value.c_str(), &end);
    return end == value.c_str() ? -1 : parsed;
}

double cpu_pressure_pct() {
    std::ifstream file("/proc/pressure/cpu");
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    return std::max(0.0, parse_cpu_pressure(text));
}

}  // namespace overlap
