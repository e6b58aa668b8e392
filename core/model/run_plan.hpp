// What a comparison will run: one workload and its runs in order, each with its
// mode, concurrency and behaviour. A preset's runs and the window's or the
// command line's chosen modes are the same kind of plan, so one runner
// (engine/comparison_runner) runs them all.
#pragma once

#include <cstddef>
#include <vector>

#include "model/mode.hpp"
#include "model/workload.hpp"

namespace overlap {

// One run of the comparison. Two runs may share a mode and differ in behaviour
// (the event loop with and without a blocking call). Named for the presets,
// which had such runs first; a custom plan's runs are the same.
struct PresetRun {
    ModeConfig config;
    Behaviour behaviour;  // the workload's, with this run's overrides applied
};

struct RunPlan {
    Workload workload;
    std::vector<PresetRun> runs;

    // The workload as run `index` runs it: with that run's behaviour.
    Workload workload_for(std::size_t index) const;
};

// Every mode in `modes` run with the workload's own behaviour: what the
// window's mode boxes and `overlap run --modes` ask for.
RunPlan plan_for_modes(Workload workload, const std::vector<ModeConfig>& modes);

}  // namespace overlap
