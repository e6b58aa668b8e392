// Matching the runs of two run sets and taking each number's change. The
// numbers are read from each run's Summary as statistics defines them, never
// worked out again here, so a diff's "before" is what `overlap run` printed.
#include "analysis/run_diff.hpp"

#include <algorithm>
#include <map>

#include "analysis/statistics.hpp"
#include "analysis/workload_differences.hpp"
#include "model/run_name.hpp"

namespace overlap {

namespace {

// Growth within this much of the threshold is the threshold: the doubles'
// rounding must not decide a CI job.
constexpr double kThresholdSlack = 1e-9;

Delta delta(std::optional<double> before, std::optional<double> after) { return {before, after}; }

// A stopped run's makespan says when it was stopped, not how long the work
// took; its throughput and efficiency follow from that makespan.
std::optional<double> whole_run(const RunRecord& run, double value) {
    return run.cancelled ? std::nullopt : std::optional<double>(value);
}

std::vector<TaskDelta> task_deltas(const RunRecord& before, const RunRecord& after) {
    std::map<std::uint32_t, const TaskRecord*> after_tasks;
    for (const TaskRecord& task : after.tasks) after_tasks.emplace(task.id, &task);
    std::map<std::uint32_t, const TaskRecord*> before_tasks;
    for (const TaskRecord& task : before.tasks) before_tasks.emplace(task.id, &task);

    std::vector<TaskDelta> deltas;
    for (const auto& [id, a] : before_tasks) {
        const auto found = after_tasks.find(id);
        if (found == after_tasks.end()) continue;
        const TaskRecord& b = *found->second;
        TaskDelta delta{id, std::nullopt, std::nullopt, a->outcome, b.outcome};
        if (a->start_s && b.start_s) delta.start_shift_s = *b.start_s - *a->start_s;
        if (a->start_s && a->end_s && b.start_s && b.end_s)
            delta.duration_change_s = (*b.end_s - *b.start_s) - (*a->end_s - *a->start_s);
        deltas.push_back(delta);
    }
    return deltas;
}

ModeDiff mode_diff(const RunSet& before, std::size_t a, const RunSet& after, std::size_t b) {
    const RunRecord& ra = before.runs[a];
    const RunRecord& rb = after.runs[b];
    const Summary& sa = ra.summary;
    const Summary& sb = rb.summary;
    ModeDiff diff;
    diff.before_run = a;
    diff.after_run = b;
    diff.makespan_s = delta(whole_run(ra, sa.makespan_s), whole_run(rb, sb.makespan_s));
    diff.latency_p50_s = delta(sa.latency_p50_s, sb.latency_p50_s);
    diff.latency_p95_s = delta(sa.latency_p95_s, sb.latency_p95_s);
    diff.latency_p99_s = delta(sa.latency_p99_s, sb.latency_p99_s);
    diff.efficiency = delta(ra.cancelled ? std::nullopt : sa.efficiency,
                            rb.cancelled ? std::nullopt : sb.efficiency);
    diff.throughput_per_s =
        delta(whole_run(ra, sa.throughput_per_s), whole_run(rb, sb.throughput_per_s));
    diff.failed = delta(failed_tasks(sa), failed_tasks(sb));
    diff.tasks = task_deltas(ra, rb);
    return diff;
}

// The index in `runs` of the `ordinal`-th (from 0) run of `mode`, or nullopt.
std::optional<std::size_t> nth_of_mode(const std::vector<RunRecord>& runs, Mode mode,
                                       std::size_t ordinal) {
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].config.mode == mode && ordinal-- == 0) return i;
    }
    return std::nullopt;
}

// Why two matched runs are not like for like beyond their workloads: a
// preset's run with its own behaviour, a run stopped part-way.
void explain_pair(const RunSet& before, const RunRecord& a, const RunSet& after, const RunRecord& b,
                  std::vector<std::string>& sentences) {
    const std::string pair = run_name(a) == run_name(b)
                                 ? "for the " + run_name(a) + " runs"
                                 : "for " + run_name(a) + " against " + run_name(b);
    const auto explained =
        behaviour_differences(before.workload.behaviour, after.workload.behaviour);
    for (const std::string& sentence : behaviour_differences(a.behaviour, b.behaviour)) {
        if (std::find(explained.begin(), explained.end(), sentence) == explained.end())
            sentences.push_back(sentence + ", " + pair);
    }
    for (const auto& [run, side] : {std::pair{&a, "A"}, std::pair{&b, "B"}}) {
        if (run->cancelled) {
            sentences.push_back(run_name(*run) + " was stopped in " + side +
                                ": its makespan, throughput and efficiency are not compared");
        }
    }
}

}  // namespace

std::optional<double> Delta::change() const {
    if (!before || !after) return std::nullopt;
    return *after - *before;
}

std::optional<double> Delta::relative() const {
    const auto difference = change();
    if (!difference || *before == 0) return std::nullopt;
    return *difference / *before;
}

RunDiff diff_runs(const RunSet& before, const RunSet& after) {
    RunDiff diff;
    diff.workload_differences = workload_differences(before.workload, after.workload);
    std::vector<bool> matched(after.runs.size(), false);
    std::map<Mode, std::size_t> seen;  // runs of each mode in A so far
    for (std::size_t a = 0; a < before.runs.size(); ++a) {
        const RunRecord& run = before.runs[a];
        const auto b = nth_of_mode(after.runs, run.config.mode, seen[run.config.mode]++);
        if (!b) {
            diff.unmatched.push_back(run_name(run) + " ran only in A");
            continue;
        }
        matched[*b] = true;
        diff.modes.push_back(mode_diff(before, a, after, *b));
        explain_pair(before, run, after, after.runs[*b], diff.workload_differences);
    }
    for (std::size_t b = 0; b < after.runs.size(); ++b) {
        if (!matched[b]) diff.unmatched.push_back(run_name(after.runs[b]) + " ran only in B");
    }
    return diff;
}

std::vector<std::size_t> slower_modes(const RunDiff& diff, double fraction) {
    std::vector<std::size_t> slower;
    for (std::size_t i = 0; i < diff.modes.size(); ++i) {
        const auto growth = diff.modes[i].makespan_s.relative();
        if (growth && *growth > fraction + kThresholdSlack) slower.push_back(i);
    }
    return slower;
}

bool slower_than(const RunDiff& diff, double fraction) {
    return !slower_modes(diff, fraction).empty();
}

}  // namespace overlap
