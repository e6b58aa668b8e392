// Whether a preset's runs bore out its claim: every check measured against a
// RunSet and put into words. Pure functions of the preset and the runs, so the
// window and `overlap run --preset` say the same thing about the same runs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/check_result.hpp"
#include "model/preset.hpp"
#include "model/run_record.hpp"

namespace overlap {

// The tolerance rule (docs/presets.md), the one place it is applied.
// A check stores the tutorial's own figure X and the side(s) the claim states;
// a measurement bears the claim out when it is within a factor of 1.25 of X
// on those sides:
//   about X     0.8 X <= measured <= 1.25 X
//   at least X  0.8 X <= measured
//   at most X            measured <= 1.25 X
// So a claimed 10x speed-up passes from 8x, "about 1 s" from 0.8 s to 1.25 s,
// "no faster than one thread" (a speed-up of at most 1) up to 1.25x. The
// factor is symmetric on a log scale: a figure 20 % short of a ratio is as
// far off as a time 25 % over. A claim that does not reproduce is explained
// in the preset's text; the factor is never widened for one preset.
inline constexpr double kClaimTolerance = 0.8;

struct CheckBounds {
    std::optional<double> at_least;
    std::optional<double> at_most;
};

// The thresholds of a check: from its claimed figure by the rule above, or
// the bounds a hand-written preset file gives without a figure.
CheckBounds check_bounds(const PresetCheck& check);

// A check about time (speed-up, efficiency, makespan, order) that fails while
// other programs kept the cores busy says so instead of failing: its figures
// measured the machine, not the claim. Outcome counts and memory fail as usual. Busy is a CPU
// pressure (Summary::cpu_pressure_pct, Linux PSI "some avg10": the share
// of the last 10 s in which a runnable task waited for a core) of at least
// this, before or at the end of a run the check reads. A run that itself
// keeps more threads runnable than there are cores adds to the reading, so a
// busy machine never turns a failure into a pass: only into no verdict.
inline constexpr double kBusyCpuPressurePct = 20;

// One result per check, in the preset's order. runs.runs[i] is taken as the
// preset's run i; a run in another mode counts as missing.
std::vector<CheckResult> evaluate_checks(const Preset& preset, const RunSet& runs);

// How sentences name a run: its mode, and what sets it apart when another run
// has the same mode ("async with blocking calls").
std::string run_label(const Preset& preset, std::size_t index);


}  // namespace overlap
