// Evaluates a preset's checks against its runs and words each verdict.
#include "analysis/preset_checks.hpp"

#include <algorithm>
#include <cstdio>

#include "analysis/statistics.hpp"

namespace overlap {

namespace {

// A measured figure: three significant digits, and no exponent ("9.83", "0.203", "1250").
std::string figure(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, value >= 100 ? "%.0f" : "%.3g", value);
    return buffer;
}

// A figure from the file or derived from one ("5", "1.2", "0.85", "12.5").
std::string stated(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

std::string percent(double fraction) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100);
    return buffer;
}

std::string seconds(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, value < 1 ? "%.3f s" : "%.2f s", value);
    return buffer;
}

bool within_bounds(const PresetCheck& check, double value) {
    const CheckBounds bounds = check_bounds(check);
    return (!bounds.at_least || value >= *bounds.at_least) &&
           (!bounds.at_most || value <= *bounds.at_most);
}

// "tutorial: about 10x; passes from 8x to 12.5x", or for bounds with no
// figure behind them "expected at least 5x".
template <typename Show>
std::string bounds(const PresetCheck& check, Show&& show) {
    const CheckBounds range = check_bounds(check);
    std::string limits;
    if (range.at_least && range.at_most) {
        limits = "from " + show(*range.at_least) + " to " + show(*range.at_most);
    } else if (range.at_least) {
        limits = "at least " + show(*range.at_least);
    } else {
        limits = "at most " + show(range.at_most.value_or(0));
    }
    if (!check.claimed) return "expected " + limits;
    const char* side = check.claimed->side == ClaimSide::About     ? "about "
                       : check.claimed->side == ClaimSide::AtLeast ? "at least "
                                                                   : "at most ";
    return std::string("tutorial: ") + side + show(check.claimed->value) + "; passes " + limits;
}

// "1 timeout", "2 HTTP errors": a claim is read by people, not parsed.
std::string counted(Outcome outcome, int count) {
    const char* noun = "";
    switch (outcome) {
        case Outcome::Ok:
            return std::to_string(count) + " ok";
        case Outcome::Cancelled:
            return std::to_string(count) + " cancelled";
        case Outcome::Pending:
            return std::to_string(count) + " unfinished";
        case Outcome::HttpError:
            noun = " HTTP error";
            break;
        case Outcome::Error:
            noun = " error";
            break;
        case Outcome::Timeout:
            noun = " timeout";
            break;
    }
    return std::to_string(count) + noun + (count == 1 ? "" : "s");
}

std::string counts(const std::vector<std::pair<Outcome, int>>& counts) {
    std::string text;
    for (const auto& [outcome, count] : counts) {
        if (!text.empty()) text += ", ";
        text += counted(outcome, count);
    }
    return text;
}

// The run's outcome counts for the outcomes the check names and any other that occurred.
std::vector<std::pair<Outcome, int>> measured_counts(const PresetCheck& check,
                                                     const RunRecord& run) {
    std::vector<std::pair<Outcome, int>> result;
    for (Outcome outcome : {Outcome::Ok, Outcome::HttpError, Outcome::Error, Outcome::Timeout,
                            Outcome::Cancelled, Outcome::Pending}) {
        const auto count = static_cast<int>(
            std::count_if(run.tasks.begin(), run.tasks.end(),
                          [&](const TaskRecord& t) { return t.outcome == outcome; }));
        const bool named =
            std::any_of(check.outcomes.begin(), check.outcomes.end(),
                        [&](const auto& expected) { return expected.first == outcome; });
        if (named || count > 0) result.emplace_back(outcome, count);
    }
    return result;
}

// How a run's behaviour differs from the workload's: "with blocking calls".
std::string traits_of(const PresetRun& run, const Behaviour& usual) {
    const Behaviour& own = run.behaviour;
    std::vector<std::string> traits;
    if (own.blocking_in_async != usual.blocking_in_async) {
        traits.emplace_back(own.blocking_in_async ? "with blocking calls"
                                                  : "without blocking calls");
    }
    if (own.gil != usual.gil) traits.emplace_back(own.gil ? "with a GIL" : "without a GIL");
    if (own.offload != usual.offload) {
        traits.emplace_back(own.offload ? "offloading CPU work" : "not offloading CPU work");
    }
    if (own.timeout_s != usual.timeout_s)
        traits.push_back("with a " + stated(own.timeout_s) + " s timeout");
    std::string text;
    for (const auto& trait : traits) text += (text.empty() ? "" : " and ") + trait;
    return text;
}

// The check's run `index` as recorded, or nullptr when it cannot be measured.
const RunRecord* measured_run(const Preset& preset, const RunSet& runs, std::size_t index) {
    if (index >= runs.runs.size()) return nullptr;
    const RunRecord& run = runs.runs[index];
    if (run.config.mode != preset.runs.at(index).config.mode || run.cancelled) return nullptr;
    return &run;
}

std::string expectation(const Preset& preset, const PresetCheck& check) {
    switch (check.kind) {
        case CheckKind::Speedup:
            return bounds(check, [](double x) { return stated(x) + "x"; });
        case CheckKind::Efficiency:
            return bounds(check, percent);
        case CheckKind::Makespan:
            return bounds(check, [](double s) { return stated(s) + " s"; });
        case CheckKind::Outcomes:
            return "expected " + counts(check.outcomes);
        case CheckKind::Memory:
            return "expected less than " + run_label(preset, check.baseline);
        case CheckKind::Order: {
            std::string order;
            for (std::size_t run : check.order) order += (order.empty() ? "" : " < ") + run_label(preset, run);
            return "expected " + order;
        }
    }
    return {};
}

// The runs of an order check by measured makespan, fastest first; passes when
// that is the check's order with no two runs tied.
CheckResult measure_order(const Preset& preset, const RunSet& runs, const PresetCheck& check) {
    std::vector<std::pair<double, std::size_t>> measured;  // makespan, position in the check's order
    for (std::size_t position = 0; position < check.order.size(); ++position) {
        const RunRecord* run = measured_run(preset, runs, check.order[position]);
        if (!run) return {Verdict::NotMeasured, run_label(preset, check.order[position]) + " was not run to the end", {}};
        measured.emplace_back(run->summary.makespan_s, position);
    }
    std::stable_sort(measured.begin(), measured.end());
    bool in_order = true;
    std::string text = "fastest first: ";
    for (std::size_t i = 0; i < measured.size(); ++i) {
        const auto& [makespan, position] = measured[i];
        if (position != i || (i > 0 && makespan == measured[i - 1].first)) in_order = false;
        text += (i == 0 ? "" : ", ") + run_label(preset, check.order[position]) + " " + seconds(makespan);
    }
    return {in_order ? Verdict::Pass : Verdict::Fail, text, {}};
}

// What the runs show; `run` and `baseline` are present where the kind reads them.
CheckResult measure(const PresetCheck& check, const std::string& label, const RunRecord& run,
                    const std::string& baseline_label, const RunRecord* baseline) {
    const Summary& summary = run.summary;
    switch (check.kind) {
        case CheckKind::Speedup: {
            const auto factor = speed_up(summary, baseline->summary);
            if (!factor) {
                return {Verdict::NotMeasured,
                        label + " has no speed-up over " + baseline_label +
                            ": every task of one of them failed",
                        {}};
            }
            const double speedup = *factor;
            const char* relation = speedup >= 1 ? "x faster than " : "x as fast as ";
            return {within_bounds(check, speedup) ? Verdict::Pass : Verdict::Fail,
                    label + " " + figure(speedup) + relation + baseline_label,
                    {}};
        }
        case CheckKind::Efficiency:
            if (!summary.efficiency) {
                return {Verdict::NotMeasured,
                        label + (summary.ideal_s
                                     ? " has no efficiency: a task did not complete OK"
                                     : " efficiency unknown: a task has no expected duration"),
                        {}};
            }
            return {within_bounds(check, *summary.efficiency) ? Verdict::Pass : Verdict::Fail,
                    label + " efficiency " + percent(*summary.efficiency),
                    {}};
        case CheckKind::Makespan:
            return {within_bounds(check, summary.makespan_s) ? Verdict::Pass : Verdict::Fail,
                    label + " took " + seconds(summary.makespan_s),
                    {}};
        case CheckKind::Outcomes: {
            const auto measured = measured_counts(check, run);
            const bool all_match = std::all_of(
                check.outcomes.begin(), check.outcomes.end(), [&](const auto& expected) {
                    return std::find(measured.begin(), measured.end(), expected) != measured.end();
                });
            return {all_match ? Verdict::Pass : Verdict::Fail, label + ": " + counts(measured), {}};
        }
        case CheckKind::Order:  // reads several runs: measure_order
            break;
        case CheckKind::Memory:
            return {summary.resources.peak_rss_mb < baseline->summary.resources.peak_rss_mb
                        ? Verdict::Pass
                        : Verdict::Fail,
                    label + " peaked at " + figure(summary.resources.peak_rss_mb) + " MB, " +
                        baseline_label + " at " + figure(baseline->summary.resources.peak_rss_mb) +
                        " MB",
                    {}};
    }
    return {};
}

// Whether a busy machine can make the check fail: the ones about time. Counts
// of outcomes and memory do not depend on getting a core, so a busy machine
// is no excuse for them.
bool depends_on_timing(CheckKind kind) {
    return kind == CheckKind::Speedup || kind == CheckKind::Efficiency ||
           kind == CheckKind::Makespan || kind == CheckKind::Order;
}

// The highest CPU pressure recorded for the runs the check reads.
double pressure_of(const PresetCheck& check, const RunSet& runs) {
    std::vector<std::size_t> read = check.order;
    read.insert(read.end(), {check.run, check.baseline});
    double pressure = 0;
    for (std::size_t index : read) {
        if (index < runs.runs.size())
            pressure = std::max(pressure, runs.runs[index].summary.cpu_pressure_pct);
    }
    return pressure;
}

CheckResult evaluate(const Preset& preset, const RunSet& runs, const PresetCheck& check) {
    const bool reads_baseline = check.kind == CheckKind::Speedup || check.kind == CheckKind::Memory;
    const std::string label = run_label(preset, check.run);
    const std::string baseline_label =
        reads_baseline ? run_label(preset, check.baseline) : std::string();
    const RunRecord* run = measured_run(preset, runs, check.run);
    const RunRecord* baseline =
        reads_baseline ? measured_run(preset, runs, check.baseline) : nullptr;
    CheckResult result;
    if (check.kind == CheckKind::Order) {
        result = measure_order(preset, runs, check);
    } else if (!run || (reads_baseline && !baseline)) {
        result.measurement = (!run ? label : baseline_label) + " was not run to the end";
    } else {
        result = measure(check, label, *run, baseline_label, baseline);
    }
    result.expectation = expectation(preset, check);
    const double pressure = pressure_of(check, runs);
    if (result.verdict == Verdict::Fail && depends_on_timing(check.kind) &&
        pressure >= kBusyCpuPressurePct) {
        result.verdict = Verdict::Unreliable;
        result.measurement = "machine busy: figures unreliable (CPU pressure " + percent(pressure / 100) +
                             "): " + result.measurement;
    }
    return result;
}

}  // namespace

CheckBounds check_bounds(const PresetCheck& check) {
    if (!check.claimed) return {check.at_least, check.at_most};
    const double figure = check.claimed->value;
    const std::optional<double> floor = figure * kClaimTolerance;
    const std::optional<double> ceiling = figure / kClaimTolerance;
    switch (check.claimed->side) {
        case ClaimSide::About:
            return {floor, ceiling};
        case ClaimSide::AtLeast:
            return {floor, std::nullopt};
        case ClaimSide::AtMost:
            return {std::nullopt, ceiling};
    }
    return {};
}

std::string CheckResult::sentence() const { return measurement + " (" + expectation + ")"; }

std::vector<CheckResult> evaluate_checks(const Preset& preset, const RunSet& runs) {
    std::vector<CheckResult> results;
    results.reserve(preset.checks.size());
    for (const PresetCheck& check : preset.checks) results.push_back(evaluate(preset, runs, check));
    return results;
}

std::string run_label(const Preset& preset, std::size_t index) {
    const PresetRun& run = preset.runs.at(index);
    const std::string mode = to_string(run.config.mode);
    const auto traits = traits_of(run, preset.workload.behaviour);
    if (!traits.empty()) return mode + " " + traits;
    // Plain when no other run in this mode is plain too.
    const bool ambiguous =
        std::any_of(preset.runs.begin(), preset.runs.end(), [&](const PresetRun& other) {
            return &other != &run && other.config.mode == run.config.mode &&
                   traits_of(other, preset.workload.behaviour).empty();
        });
    return ambiguous ? mode + " (run " + std::to_string(index + 1) + ")" : mode;
}

const char* to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::Pass:
            return "PASS";
        case Verdict::Fail:
            return "FAIL";
        case Verdict::NotMeasured:
            return "NOT MEASURED";
        case Verdict::Unreliable:
            return "BUSY";
    }
    return "?";
}

}  // namespace overlap
