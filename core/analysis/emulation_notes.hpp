// Which parts of a run Overlap emulates and which are real, in one sentence:
// `overlap run`, `overlap presets` and the window's claim strip all say it in
// these words, so no front end shows a figure without saying what made it.
#pragma once

#include <string>
#include <vector>

#include "model/run_plan.hpp"
#include "model/sweep.hpp"
#include "model/workload.hpp"

namespace overlap {

// For the runs with these behaviours: "Emulated: ... Real: HTTP transfers,
// threads, the event loop and processes." A part only some runs emulate says so.
std::string emulation_notes(const std::vector<Behaviour>& behaviours);
// For a plan's runs (a preset's: Preset::plan()).
std::string emulation_notes(const RunPlan& plan);
// For a sweep's runs: every value runs the same behaviours.
std::string emulation_notes(const SweepSpec& spec);

}  // namespace overlap
