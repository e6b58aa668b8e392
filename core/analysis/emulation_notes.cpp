#include "analysis/emulation_notes.hpp"

#include <algorithm>

#include "model/number_text.hpp"

namespace overlap {

namespace {

// The same in every locale: the window runs under the user's.
std::string milliseconds(double ms) { return number_text(ms) + " ms"; }

// " (in some runs)" when not every run has the part.
std::string in_some(std::size_t having, std::size_t runs) {
    return having < runs ? " (in some runs)" : "";
}

}  // namespace

std::string emulation_notes(const std::vector<Behaviour>& behaviours) {
    const auto with_gil = static_cast<std::size_t>(std::count_if(
        behaviours.begin(), behaviours.end(), [](const Behaviour& b) { return b.gil; }));
    const auto with_interpreter = static_cast<std::size_t>(
        std::count_if(behaviours.begin(), behaviours.end(),
                      [](const Behaviour& b) { return b.interpreter_ms > 0; }));
    double interpreter_ms = 0;
    for (const Behaviour& b : behaviours)
        interpreter_ms = std::max(interpreter_ms, b.interpreter_ms);
    const bool same_cost =
        std::all_of(behaviours.begin(), behaviours.end(), [&](const Behaviour& b) {
            return b.interpreter_ms == 0 || b.interpreter_ms == interpreter_ms;
        });

    std::vector<std::string> parts;
    if (with_gil > 0) {
        parts.push_back("a GIL, one lock per process that the tasks' CPU work holds" +
                        in_some(with_gil, behaviours.size()));
    }
    if (with_interpreter > 0) {
        parts.push_back("CPython's own work per request, " +
                        std::string(same_cost ? "" : "up to ") + milliseconds(interpreter_ms) +
                        " of CPU after each answer, holding the process's interpreter lock" +
                        in_some(with_interpreter, behaviours.size()));
    }
    std::string text = "Emulated: ";
    if (parts.empty()) text += "nothing";
    for (std::size_t i = 0; i < parts.size(); ++i) text += (i == 0 ? "" : "; and ") + parts[i];
    return text + ". Real: the HTTP transfers, threads, event loop, processes and CPU work.";
}

std::string emulation_notes(const RunPlan& plan) {
    std::vector<Behaviour> behaviours;
    for (const PresetRun& run : plan.runs) behaviours.push_back(run.behaviour);
    return emulation_notes(behaviours);
}

std::string emulation_notes(const SweepSpec& spec) {
    if (spec.values.empty()) return emulation_notes(std::vector<Behaviour>{spec.workload.behaviour});
    return emulation_notes(sweep_point_plan(spec, spec.values.front()));
}

}  // namespace overlap
