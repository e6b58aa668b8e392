// A preset: one tutorial's example as data. The workload, the runs that
// compare its ways of running, the claim (what the tutorial says will happen)
// and the checks that say whether a measurement bears the claim out. Presets
// ship in the binaries (resources/presets) and are read by formats/preset_file.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/event.hpp"
#include "model/marker.hpp"
#include "model/mode.hpp"
#include "model/run_plan.hpp"
#include "model/sweep_param.hpp"
#include "model/workload.hpp"

namespace overlap {

enum class CheckKind {
    Speedup,     // run's makespan against baseline's: baseline / run
    Efficiency,  // the run's ideal / makespan
    Makespan,    // seconds
    Outcomes,    // exact count of tasks per outcome
    Memory,      // the run's peak RSS below the baseline run's
    Order,       // the runs in `order` finish fastest first, each before the next
};

// Which side of its figure a tutorial's claim holds the measurement to.
enum class ClaimSide {
    About,    // "about 1 s", "~10x faster": both sides
    AtLeast,  // "at least 3x faster": a floor only
    AtMost,   // "no faster than one thread", "within 2 s": a ceiling only
};

// A figure the tutorial states: a speed-up (×), an efficiency (0..1) or a
// makespan (s). The thresholds come from it by one rule (check_bounds in
// analysis/preset_checks.hpp), so the file holds what was claimed, not what
// happened to pass.
struct ClaimedFigure {
    double value = 0;
    ClaimSide side = ClaimSide::About;
};

// One expectation about the runs. Runs are indices into Preset::runs: a check
// that names a mode in the file reads the first run in that mode.
struct PresetCheck {
    CheckKind kind = CheckKind::Speedup;
    std::size_t run = 0;
    std::size_t baseline = 0;  // speedup: faster than this run; memory: less than its peak
    std::optional<ClaimedFigure> claimed;  // speedup, efficiency, makespan: the tutorial's figure
    // Bounds written as they are, with no claimed figure behind them; a built-in
    // preset states a figure instead (tests/presets/claimed_thresholds_test.cpp).
    std::optional<double> at_least;
    std::optional<double> at_most;
    std::vector<std::pair<Outcome, int>> outcomes;  // outcomes: the counts named in the file
    std::vector<std::size_t> order;  // order: runs by makespan, fastest first (`run` is the first)
};

// A sweep a preset defines besides its comparison: its workload run again
// with one parameter stepping through `values`, each mode `repeat` times
// (model/sweep.hpp). `overlap sweep --preset NAME` runs it.
struct PresetSweep {
    SweepParam param = SweepParam::Concurrency;
    std::vector<double> values;
    std::vector<Mode> modes;
    int repeat = 1;
    int concurrency = 4;  // every mode's, when the sweep varies something else
};

struct Preset {
    std::string name;  // what `overlap run --preset` takes
    std::string title;
    std::string claim;  // the sentence saying what to expect
    std::string source;   // the tutorial's title
    std::string figures;  // the figures the tutorial gives, in Overlap's words
    Workload workload;
    std::vector<PresetRun> runs;
    std::vector<PresetCheck> checks;
    std::vector<PresetCaption> captions;  // the moments the claim is about
    std::optional<PresetSweep> sweep;

    // The workload and runs as a plan for the comparison runner.
    RunPlan plan() const { return {workload, runs}; }
    // The workload as run `index` runs it: with that run's behaviour.
    Workload workload_for(std::size_t index) const { return plan().workload_for(index); }
};

// The same preset on a faster (factor < 1) or slower clock: every delay,
// duration, timeout, claimed time and second-valued threshold is multiplied by `factor`;
// ratios (speedup, efficiency) and counts stay. A sweep's delays and CPU work
// scale too. Tests run presets scaled down.
Preset scaled(const Preset& preset, double factor);

}  // namespace overlap
