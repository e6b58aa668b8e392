// The workload panel's fields as plain data, and how they become the engine's
// Workload and mode list. Kept apart from the widgets so the mapping and the
// settings round trip can be tested without a window.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "model/mode.hpp"
#include "model/run_plan.hpp"
#include "model/workload.hpp"

namespace overlap::ui {

enum class TargetKind { Server, UrlList };

struct ModeChoice {
    bool enabled = true;
    int concurrency = 10;  // W threads, C in-flight transfers, P processes; unused for sequential
};

struct WorkloadForm {
    TargetKind target = TargetKind::Server;
    ServerShape shape;              // the embedded server's endpoint: /delay/1 by default
    std::vector<std::string> urls;  // URL-list target: task i fetches urls[i % size]
    int tasks = 10;
    double cpu_ms = 0;
    double timeout_s = 30;
    std::array<ModeChoice, 4> modes;  // indexed like kAllModes
    bool gil = false;
    double interpreter_ms = 0;  // Behaviour::interpreter_ms
    bool blocking_in_async = false;
    bool offload = false;

    ModeChoice& mode(Mode which) { return modes[static_cast<std::size_t>(which)]; }
    const ModeChoice& mode(Mode which) const { return modes[static_cast<std::size_t>(which)]; }
};

bool operator==(const WorkloadForm& a, const WorkloadForm& b);

// An empty URL list gives a workload without tasks: the caller refuses to run it.
Workload to_workload(const WorkloadForm& form);
// The checked modes in kAllModes order.
std::vector<ModeConfig> to_mode_configs(const WorkloadForm& form);
// The form's workload and its checked modes in kAllModes order, each run with
// the form's behaviour.
RunPlan to_plan(const WorkloadForm& form);

}  // namespace overlap::ui
