// What the charts plot, computed from RunRecords by pure functions so the
// numbers can be tested without drawing anything.
#pragma once

#include <optional>
#include <vector>

#include "model/run_record.hpp"

namespace overlap::ui {

// How long a task took from its start to its finish, as summarise() counts it
// for the latency percentiles. Empty while it is queued or running.
std::optional<double> task_latency_s(const TaskRecord& task);

// Latencies of several runs counted in the same bins, so bars line up. The
// bins span the smallest to the largest latency of all the runs.
struct Histogram {
    double lower_s = 0;
    double bin_width_s = 0;
    std::vector<std::vector<int>> counts;  // counts[run][bin]
    int bins() const { return counts.empty() ? 0 : static_cast<int>(counts.front().size()); }
    double bin_centre(int bin) const { return lower_s + (bin + 0.5) * bin_width_s; }
};
Histogram latency_histogram(const std::vector<const RunRecord*>& runs, int bins);

struct MakespanBar {
    ModeConfig config;
    double makespan_s = 0;
    std::optional<double> ideal_s;
};
std::vector<MakespanBar> makespan_bars(const std::vector<const RunRecord*>& runs);

}  // namespace overlap::ui
