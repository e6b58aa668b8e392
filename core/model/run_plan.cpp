// A comparison's plan: the workload each planned run sees.
#include "model/run_plan.hpp"

namespace overlap {

Workload RunPlan::workload_for(std::size_t index) const {
    Workload run = workload;
    run.behaviour = runs.at(index).behaviour;
    return run;
}

RunPlan plan_for_modes(Workload workload, const std::vector<ModeConfig>& modes) {
    RunPlan plan{std::move(workload), {}};
    for (const ModeConfig& config : modes) plan.runs.push_back({config, plan.workload.behaviour});
    return plan;
}

}  // namespace overlap
