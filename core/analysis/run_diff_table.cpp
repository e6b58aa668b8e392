// The table `overlap diff` prints: first how A and B differ besides their
// numbers (workload, behaviour, runs without a match), then per matched run
// each number before and after with its change, in the figures `overlap run`'s
// table uses.
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

#include "analysis/run_diff.hpp"
#include "analysis/table_text.hpp"
#include "model/run_name.hpp"

namespace overlap {

namespace {

constexpr std::size_t kShownOutcomeChanges = 5;

using Row = std::array<std::string, 6>;  // what, A, arrow, B, change, relative
constexpr const char* kArrow = "→";

// "+", "-" or nothing, then the magnitude as `text` writes it.
std::string signed_text(double change, const std::function<std::string(double)>& text) {
    return (change > 0 ? "+" : change < 0 ? "-" : "") + text(std::fabs(change));
}

Row row(const char* what, const Delta& delta, const std::function<std::string(double)>& value,
        const std::function<std::string(double)>& change) {
    const auto shown = [&](const std::optional<double>& v) {
        return v ? value(*v) : std::string("-");
    };
    const auto difference = delta.change();
    const auto relative = delta.relative();
    return {what,
            shown(delta.before),
            kArrow,
            shown(delta.after),
            difference ? signed_text(*difference, change) : "",
            relative ? formatted("%+.1f%%", *relative * 100) : ""};
}

std::vector<Row> rows(const ModeDiff& diff) {
    const auto percent = [](double v) { return formatted("%.1f%%", v * 100); };
    const auto points = [](double v) { return formatted("%.1f pts", v * 100); };
    const auto rate = [](double v) { return formatted("%.1f", v); };
    const auto count = [](double v) { return formatted("%.0f", v); };
    return {
        row("makespan", diff.makespan_s, seconds_text, seconds_text),
        row("p50", diff.latency_p50_s, seconds_text, seconds_text),
        row("p95", diff.latency_p95_s, seconds_text, seconds_text),
        row("p99", diff.latency_p99_s, seconds_text, seconds_text),
        row("efficiency", diff.efficiency, percent, points),
        row("tasks/s", diff.throughput_per_s, rate, rate),
        row("errors", diff.failed, count, count),
    };
}

// "task 3 ok → timeout, task 8 ok → error and 4 more"
std::string outcome_changes(const std::vector<TaskDelta>& tasks) {
    std::vector<std::string> changes;
    std::size_t more = 0;
    for (const TaskDelta& task : tasks) {
        if (task.before == task.after) continue;
        if (changes.size() == kShownOutcomeChanges) {
            ++more;
            continue;
        }
        changes.push_back("task " + std::to_string(task.id) + ' ' + to_string(task.before) + ' ' +
                          kArrow + ' ' + to_string(task.after));
    }
    std::string text;
    for (std::size_t i = 0; i < changes.size(); ++i) text += (i == 0 ? "" : ", ") + changes[i];
    if (more > 0) text += " and " + std::to_string(more) + " more";
    return text;
}

// "; largest start shift -750 ms (task 12)": the task that moved most by
// `field`, which a larger pool or a slower server shows at a glance.
std::string largest(const std::vector<TaskDelta>& tasks, std::optional<double> TaskDelta::*field,
                    const char* what) {
    const TaskDelta* found = nullptr;
    for (const TaskDelta& task : tasks) {
        if (task.*field && (!found || std::fabs(*(task.*field)) > std::fabs(*(found->*field))))
            found = &task;
    }
    if (!found) return {};
    return std::string("; largest ") + what + ' ' + signed_text(*(found->*field), seconds_text) +
           " (task " + std::to_string(found->id) + ")";
}

// Under a mode's numbers: how its tasks moved, and which ones changed outcome.
std::string task_lines(const ModeDiff& diff) {
    std::string text = "  tasks: " + std::to_string(diff.tasks.size()) + " in both" +
                       largest(diff.tasks, &TaskDelta::start_shift_s, "start shift") +
                       largest(diff.tasks, &TaskDelta::duration_change_s, "duration change") + '\n';
    if (const std::string changes = outcome_changes(diff.tasks); !changes.empty())
        text += "  outcome changed: " + changes + '\n';
    return text;
}

std::string pair_title(const RunRecord& a, const RunRecord& b) {
    const std::string name_a = run_name(a);
    const std::string name_b = run_name(b);
    return name_a == name_b ? name_a : name_a + ' ' + kArrow + ' ' + name_b;
}

std::string preamble(const RunDiff& diff, const RunSet& before) {
    std::string text;
    if (diff.workload_differences.empty()) {
        const std::size_t tasks = before.workload.tasks.size();
        text += "A and B ran the same workload (" + std::to_string(tasks) +
                (tasks == 1 ? " task" : " tasks") + ").\n";
    } else {
        text += "A and B differ, and the numbers below compare them all the same:\n";
        for (const std::string& sentence : diff.workload_differences)
            text += "  - " + sentence + '\n';
    }
    if (!diff.unmatched.empty()) {
        text += "Runs without a match (the same mode, the same place among that mode's runs):\n";
        for (const std::string& run : diff.unmatched) text += "  - " + run + '\n';
    }
    if (diff.modes.empty()) text += "No run in A has a match in B: there is nothing to compare.\n";
    return text;
}

}  // namespace

std::string diff_table(const RunDiff& diff, const RunSet& before, const RunSet& after) {
    std::vector<std::vector<Row>> blocks;
    for (const ModeDiff& mode : diff.modes) blocks.push_back(rows(mode));
    // One set of column widths for every block, so the modes line up too.
    std::array<std::size_t, 6> widths{};
    for (const auto& block : blocks) {
        for (const Row& r : block) {
            for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], r[i].size());
        }
    }
    std::string text = preamble(diff, before);
    for (std::size_t m = 0; m < diff.modes.size(); ++m) {
        const ModeDiff& mode = diff.modes[m];
        text += '\n' + pair_title(before.runs[mode.before_run], after.runs[mode.after_run]) + '\n';
        for (const Row& r : blocks[m]) {
            std::string line = "  " + r[0] + std::string(widths[0] - r[0].size(), ' ');
            for (std::size_t i = 1; i < r.size(); ++i) {
                // The arrow is one column wide on screen but three bytes long.
                const std::size_t width = i == 2 ? r[i].size() : widths[i];
                line += "  " + std::string(width - r[i].size(), ' ') + r[i];
            }
            line.erase(line.find_last_not_of(' ') + 1);
            text += line + '\n';
        }
        text += task_lines(mode);
    }
    return text;
}

}  // namespace overlap
