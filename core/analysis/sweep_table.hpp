// The numbers of a sweep: for each value and mode, the makespan's median and
// spread over the repeats, the speed-up over the sweep's first value, the
// efficiency and the honest ideal beside them. The CLI's table, the window's
// chart and the sweep file's readers all derive them here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/sweep.hpp"

namespace overlap {

// One mode at one value of the swept parameter.
struct SweepCell {
    double value = 0;
    Mode mode = Mode::Sequential;
    std::size_t point = 0;          // index into SweepResult::points
    std::vector<std::size_t> runs;  // indices into that point's runs.runs
    double makespan_median_s = 0;
    double makespan_min_s = 0;
    double makespan_max_s = 0;
    // The first value's median makespan over this one's, same mode; nullopt
    // when either has none (see statistics' speed_up()).
    std::optional<double> speed_up;
    std::optional<double> efficiency;      // ideal over the median makespan, as Summary's
    std::optional<double> ideal_s;         // the honest ideal makespan at this value
    std::optional<double> ideal_speed_up;  // the first value's ideal over this one's
    IdealCap ideal_cap = IdealCap::Concurrency;
    int cores = 0;
    int failed = 0;  // failed tasks over the repeats (statistics' failed_tasks())
};

// Value-major, modes in spec order.
std::vector<SweepCell> sweep_cells(const SweepResult& sweep);

// The plain-text table `overlap sweep` prints.
std::string sweep_table(const SweepResult& sweep);

}  // namespace overlap
