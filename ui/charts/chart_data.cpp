#include "ui/charts/chart_data.hpp"

#include <algorithm>
#include <limits>

namespace overlap::ui {

std::optional<double> task_latency_s(const TaskRecord& task) {
    if (!task.start_s || !task.end_s) return std::nullopt;
    return *task.end_s - *task.start_s;
}

Histogram latency_histogram(const std::vector<const RunRecord*>& runs, int bins) {
    Histogram histogram;
    if (runs.empty() || bins <= 0) return histogram;
    double lower = std::numeric_limits<double>::infinity();
    double upper = 0;
    for (const RunRecord* run : runs) {
        for (const auto& task : run->tasks) {
            if (auto latency = task_latency_s(task)) {
                lower = std::min(lower, *latency);
                upper = std::max(upper, *latency);
            }
        }
    }
    // Bins cover the latencies seen, not 0 to max: a spread of 1.00 s to 1.05 s is
    // the interesting part. Identical latencies get a window around them; none, [0, 1].
    if (lower > upper) {
        lower = 0;
        upper = 1;
    } else if (upper - lower < 1e-9) {
        const double span = std::max(upper * 0.1, 1e-3);
        lower = std::max(0.0, lower - span / 2);
        upper = lower + span;
    }
    histogram.lower_s = lower;
    histogram.bin_width_s = (upper - lower) / bins;
    for (const RunRecord* run : runs) {
        std::vector<int> counts(static_cast<std::size_t>(bins), 0);
        for (const auto& task : run->tasks) {
            const auto latency = task_latency_s(task);
            if (!latency) continue;
            const int bin = std::clamp(static_cast<int>((*latency - lower) / histogram.bin_width_s),
                                       0, bins - 1);
            ++counts[static_cast<std::size_t>(bin)];
        }
        histogram.counts.push_back(std::move(counts));
    }
    return histogram;
}

std::vector<MakespanBar> makespan_bars(const std::vector<const RunRecord*>& runs) {
    std::vector<MakespanBar> bars;
    bars.reserve(runs.size());
    for (const RunRecord* run : runs) {
        bars.push_back({run->config, run->summary.makespan_s, run->summary.ideal_s});
    }
    return bars;
}

}  // namespace overlap::ui
