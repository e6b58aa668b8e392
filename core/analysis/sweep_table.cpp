// A sweep's cells from its runs' summaries, and the table `overlap sweep`
// prints. The ideal and its cap are the runs' own (statistics' summarise()),
// never worked out again here.
#include "analysis/sweep_table.hpp"

#include <algorithm>

#include "analysis/statistics.hpp"
#include "analysis/table_text.hpp"

namespace overlap {

namespace {

// Whether the run's makespan says how long the work took: statistics'
// speed_up() refuses a stopped run and one whose every task failed, and the
// run's own cancel flag says it was stopped before it finished.
bool has_makespan(const RunRecord& run) {
    return !run.cancelled && speed_up(run.summary, run.summary).has_value();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

SweepCell cell_for(const SweepPoint& point, std::size_t index, Mode mode) {
    SweepCell cell;
    cell.value = point.value;
    cell.mode = mode;
    cell.point = index;
    std::vector<double> makespans;
    bool all_efficient = true;
    for (std::size_t i = 0; i < point.runs.runs.size(); ++i) {
        const RunRecord& run = point.runs.runs[i];
        if (run.config.mode != mode) continue;
        cell.runs.push_back(i);
        cell.failed += failed_tasks(run.summary);
        if (!cell.ideal_s && run.summary.ideal_s) {
            cell.ideal_s = run.summary.ideal_s;
            cell.ideal_cap = run.summary.ideal_cap;
            cell.cores = run.summary.cores;
        }
        if (!has_makespan(run)) continue;
        makespans.push_back(run.summary.makespan_s);
        all_efficient = all_efficient && run.summary.efficiency.has_value();
    }
    if (makespans.empty()) return cell;
    cell.makespan_median_s = median(makespans);
    cell.makespan_min_s = *std::min_element(makespans.begin(), makespans.end());
    cell.makespan_max_s = *std::max_element(makespans.begin(), makespans.end());
    // As Summary's: only when every run's tasks all completed OK.
    if (cell.ideal_s && all_efficient && cell.makespan_median_s > 0)
        cell.efficiency = *cell.ideal_s / cell.makespan_median_s;
    return cell;
}

std::optional<double> ratio(const std::optional<double>& over, const std::optional<double>& under) {
    if (!over || !under || *over <= 0 || *under <= 0) return std::nullopt;
    return *over / *under;
}

std::optional<double> measured(const SweepCell& cell) {
    if (cell.makespan_median_s <= 0) return std::nullopt;
    return cell.makespan_median_s;
}

std::string value_text(SweepParam param, double value) {
    switch (param) {
        case SweepParam::Delay:
            return seconds_text(value);
        case SweepParam::CpuMs:
            return formatted("%g ms", value);
        case SweepParam::Concurrency:
        case SweepParam::Tasks:
            break;
    }
    return formatted("%g", value);
}

std::string ideal_text(const SweepCell& cell) {
    if (!cell.ideal_s) return "-";
    const std::string cap = ideal_cap_text(cell.ideal_cap, cell.cores);
    return seconds_text(*cell.ideal_s) + (cap.empty() ? "" : " (" + cap + ")");
}

std::string times(const std::optional<double>& factor) {
    return factor ? formatted("%.2fx", *factor) : "-";
}

}  // namespace

std::vector<SweepCell> sweep_cells(const SweepResult& sweep) {
    std::vector<SweepCell> cells;
    for (std::size_t p = 0; p < sweep.points.size(); ++p) {
        for (Mode mode : sweep.spec.modes) {
            SweepCell cell = cell_for(sweep.points[p], p, mode);
            if (cell.runs.empty()) continue;  // a cancelled sweep's last value
            cells.push_back(std::move(cell));
        }
    }
    // Against the same mode at the first value.
    for (SweepCell& cell : cells) {
        const auto first = std::find_if(cells.begin(), cells.end(), [&](const SweepCell& c) {
            return c.point == 0 && c.mode == cell.mode;
        });
        if (first == cells.end()) continue;
        cell.speed_up = ratio(measured(*first), measured(cell));
        cell.ideal_speed_up = ratio(first->ideal_s, cell.ideal_s);
    }
    return cells;
}

std::string sweep_table(const SweepResult& sweep) {
    const std::vector<SweepCell> cells = sweep_cells(sweep);
    const bool spread = std::any_of(cells.begin(), cells.end(),
                                    [](const SweepCell& c) { return c.runs.size() > 1; });
    const SweepParam param = sweep.spec.param;
    std::vector<std::string> header{param == SweepParam::CpuMs ? "cpu per task" : to_string(param),
                                    "mode", "makespan"};
    if (spread) header.emplace_back("min–max");
    header.insert(header.end(), {"speed-up", "ideal speed-up", "efficiency", "ideal", "errors"});
    std::vector<std::vector<std::string>> rows{header};
    for (const SweepCell& cell : cells) {
        const bool has = measured(cell).has_value();
        std::vector<std::string> row{value_text(param, cell.value), to_string(cell.mode),
                                     has ? seconds_text(cell.makespan_median_s) : "-"};
        if (spread) {
            row.push_back(has ? seconds_text(cell.makespan_min_s) + "–" +
                                    seconds_text(cell.makespan_max_s)
                              : "-");
        }
        row.insert(row.end(), {times(cell.speed_up), times(cell.ideal_speed_up),
                               cell.efficiency ? formatted("%.1f%%", *cell.efficiency * 100) : "-",
                               ideal_text(cell), std::to_string(cell.failed)});
        rows.push_back(std::move(row));
    }
    std::string table = aligned_table(rows, 2);
    if (!sweep.spec.values.empty()) {
        table +=
            "\nspeed-up: each mode's makespan at " + header.front() + " " +
            value_text(param, sweep.spec.values.front()) +
            " over its makespan in the row; ideal speed-up: the same for the ideal makespan.\n";
    }
    if (spread)
        table += "makespan: the median of " + std::to_string(sweep.spec.repeat) +
                 " runs; min–max: the fastest and the slowest.\n";
    if (sweep.cancelled)
        table += "The sweep was cancelled: the values after the last row did not run.\n";
    return table;
}

}  // namespace overlap
