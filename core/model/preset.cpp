#include "model/preset.hpp"

namespace overlap {

Preset scaled(const Preset& preset, double factor) {
    Preset result = preset;
    result.workload = scale_time(preset.workload, factor);
    for (auto& run : result.runs) {
        run.behaviour.timeout_s *= factor;
        run.behaviour.interpreter_ms *= factor;
    }
    for (auto& check : result.checks) {
        if (check.kind != CheckKind::Makespan) continue;
        if (check.claimed) check.claimed->value *= factor;
        if (check.at_least) *check.at_least *= factor;
        if (check.at_most) *check.at_most *= factor;
    }
    for (auto& caption : result.captions) {
        if (caption.at == CaptionAnchor::Time) caption.value *= factor;
    }
    if (result.sweep && (result.sweep->param == SweepParam::Delay ||
                         result.sweep->param == SweepParam::CpuMs)) {
        for (double& value : result.sweep->values) value *= factor;
    }
    return result;
}

}  // namespace overlap
