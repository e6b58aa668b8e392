// The comparison table `overlap run` prints: one row per run, columns
// aligned, figures as the window shows them.
#include "analysis/summary_table.hpp"

#include <algorithm>
#include <vector>

#include "analysis/number_text.hpp"
#include "analysis/statistics.hpp"
#include "model/run_name.hpp"

namespace overlap {

namespace {

// "1.00 s (GIL: one at a time)": the ideal and what capped it.
std::string ideal_cell(const Summary& s) {
    const std::string cap = ideal_cap_text(s);
    return seconds_text(*s.ideal_s) + (cap.empty() ? "" : " (" + cap + ")");
}

// "async, blocking call (cancelled)": the mode, and what tells it from
// another run of the same mode; the concurrency has a column of its own.
std::string mode_column(const RunRecord& run) {
    std::string text = to_string(run.config.mode);
    for (const std::string& trait : run_traits(run)) text += ", " + trait;
    return run.cancelled ? text + " (cancelled)" : text;
}

// A '-' where a number was expected needs its reason under the table.
std::string footnotes(const RunSet& runs) {
    for (const auto& run : runs.runs) {
        const Summary& s = run.summary;
        if (s.ideal_s && !s.efficiency && !run.cancelled && failed_tasks(s) > 0) {
            return "efficiency '-': a task failed, and a task that fails fast shortens the "
                   "makespan, not the work\n";
        }
    }
    return {};
}

}  // namespace

std::string summary_table(const RunSet& runs) {
    const std::vector<std::string> header{"mode",       "c",       "makespan", "ideal", "speed-up",
                                          "efficiency", "tasks/s", "p50",      "p95",   "errors"};
    std::vector<std::vector<std::string>> rows{header};
    const RunRecord* baseline = speed_up_baseline(runs.runs);
    for (const auto& run : runs.runs) {
        const Summary& s = run.summary;
        const auto factor = baseline ? speed_up(s, baseline->summary) : std::nullopt;
        rows.push_back({
            mode_column(run),
            std::to_string(run.config.effective_concurrency()),
            seconds_text(s.makespan_s),
            s.ideal_s ? ideal_cell(s) : "-",
            factor ? formatted("%.1fx", *factor) : "-",
            s.efficiency ? formatted("%.1f%%", *s.efficiency * 100) : "-",
            formatted("%.1f", s.throughput_per_s),
            seconds_text(s.latency_p50_s),
            seconds_text(s.latency_p95_s),
            std::to_string(failed_tasks(s)),
        });
    }
    std::vector<std::size_t> widths(header.size(), 0);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
    }
    std::string table;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            // Text columns align left, numbers right.
            const std::string pad(widths[i] - row[i].size(), ' ');
            table += i == 0 ? row[i] + pad : pad + row[i];
            table += i + 1 < row.size() ? "  " : "\n";
        }
    }
    return table + footnotes(runs);
}

}  // namespace overlap
