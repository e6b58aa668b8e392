// A preset's captions placed on its measured runs: each anchor ("when task 4
// started", "half-way through") becomes a marker at the time it names in each
// run it is for. What the preset states before anything is measured is the
// anchor; the time is the run's own.
#pragma once

#include <vector>

#include "model/marker.hpp"
#include "model/preset.hpp"
#include "model/run_record.hpp"

namespace overlap {

// One marker per caption per run it is for, in caption order then run order;
// runs.runs[i] is taken as the preset's run i. A caption whose task never
// started (or ended) in a run has no marker there.
std::vector<Marker> resolve_captions(const Preset& preset, const RunSet& runs);

// Keeps the preset and its verdicts with `runs` and adds its captions as markers:
// what a preset's comparison saves, from the window and from `overlap run`.
void attach_preset(RunSet& runs, const Preset& preset, std::vector<CheckResult> verdicts);

}  // namespace overlap
