#include "ui/workload/workload_form.hpp"

#include <string_view>

namespace overlap::ui {

namespace {

std::string without_placeholder(const std::string& url) {
    constexpr std::string_view server = kServerPlaceholder;
    return url.starts_with(server) ? url.substr(server.size()) : url;
}

std::string workload_title(const WorkloadForm& form) {
    const std::string count = std::to_string(form.tasks) + " \u00d7 ";
    if (form.target == TargetKind::Server) return count + without_placeholder(form.shape.url());
    if (form.urls.size() == 1) return count + form.urls.front();
    return count + std::to_string(form.urls.size()) + " URLs";
}

}  // namespace

bool operator==(const WorkloadForm& a, const WorkloadForm& b) {
    const auto mode_equal = [](const ModeChoice& x, const ModeChoice& y) {
        return x.enabled == y.enabled && x.concurrency == y.concurrency;
    };
    for (std::size_t i = 0; i < a.modes.size(); ++i) {
        if (!mode_equal(a.modes[i], b.modes[i])) return false;
    }
    return a.target == b.target && a.shape.delay_s == b.shape.delay_s &&
           a.shape.jitter_s == b.shape.jitter_s && a.shape.bytes == b.shape.bytes &&
           a.shape.status == b.shape.status && a.urls == b.urls && a.tasks == b.tasks &&
           a.cpu_ms == b.cpu_ms && a.timeout_s == b.timeout_s && a.gil == b.gil && a.interpreter_ms == b.interpreter_ms &&
           a.blocking_in_async == b.blocking_in_async && a.offload == b.offload;
}

Workload to_workload(const WorkloadForm& form) {
    Workload workload;
    if (form.target == TargetKind::Server) {
        workload =
            uniform_workload(form.tasks, form.shape.url(), form.cpu_ms, form.shape.expected_s());
    } else if (!form.urls.empty()) {
        workload.tasks.reserve(static_cast<std::size_t>(form.tasks));
        for (int i = 0; i < form.tasks; ++i) {
            const auto& url = form.urls[static_cast<std::size_t>(i) % form.urls.size()];
            workload.tasks.push_back(TaskSpec{url, form.cpu_ms, std::nullopt});
        }
    }
    workload.title = workload_title(form);
    workload.behaviour.timeout_s = form.timeout_s;
    workload.behaviour.gil = form.gil;
    workload.behaviour.interpreter_ms = form.interpreter_ms;
    workload.behaviour.blocking_in_async = form.blocking_in_async;
    workload.behaviour.offload = form.offload;
    return workload;
}

std::vector<ModeConfig> to_mode_configs(const WorkloadForm& form) {
    std::vector<ModeConfig> configs;
    for (Mode mode : kAllModes) {
        const ModeChoice& choice = form.mode(mode);
        if (!choice.enabled) continue;
        configs.push_back(ModeConfig{mode, mode == Mode::Sequential ? 1 : choice.concurrency});
    }
    return configs;
}

RunPlan to_plan(const WorkloadForm& form) { return plan_for_modes(to_workload(form), to_mode_configs(form)); }

}  // namespace overlap::ui
