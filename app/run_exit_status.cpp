// `overlap run`'s exit status from its runs, its preset's checks and its server.
#include "run_exit_status.hpp"

#include <algorithm>

#include "analysis/statistics.hpp"

namespace overlap::app {

const char* const kRunExitCodesHelp =
    "Exit status: 0 every task completed OK (with --preset: every check held);\n"
    "1 the server could not start, or the run file or figure could not be saved;\n"
    "2 a bad flag or input file, nothing ran; 3 a task failed (HTTP error,\n"
    "transport error or timeout), except those a preset's outcomes check\n"
    "expects; 4 a preset's check did not hold; 5 the embedded server died during\n"
    "the run; 6 a preset's check did not hold while the machine was busy (CPU\n"
    "pressure of 20 % or more: the figures are unreliable, not the claim wrong);\n"
    "128+N stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP)\n"
    "after writing what was recorded.";

namespace {

// Whether the preset has an outcomes check on run `index`: its failures are
// then what the preset shows, and the check says whether they were right.
bool outcomes_checked(const Preset* preset, std::size_t index) {
    return preset &&
           std::any_of(preset->checks.begin(), preset->checks.end(), [&](const PresetCheck& check) {
               return check.kind == CheckKind::Outcomes && check.run == index;
           });
}

}  // namespace

RunOutcome run_outcome(const RunSet& runs, const Preset* preset,
                       const std::vector<CheckResult>& checks,
                       const std::optional<std::string>& server_death) {
    if (server_death) return {kExitServerDied, *server_death};
    const auto unmet = std::count_if(checks.begin(), checks.end(), [](const CheckResult& check) {
        return check.verdict != Verdict::Pass;
    });
    const auto busy = std::count_if(checks.begin(), checks.end(), [](const CheckResult& check) {
        return check.verdict == Verdict::Unreliable;
    });
    if (busy > 0 && busy == unmet) {
        return {kExitMachineBusy,
                std::to_string(busy) + " of " + std::to_string(checks.size()) +
                    " checks did not hold while the machine was busy: figures unreliable, run again "
                    "on a quiet machine"};
    }
    if (unmet > 0) {
        return {kExitCheckFailed, std::to_string(unmet) + " of " + std::to_string(checks.size()) +
                                      " checks did not hold: the preset's claim is not borne out"};
    }
    std::size_t failures = 0;
    std::size_t tasks = 0;
    for (std::size_t i = 0; i < runs.runs.size(); ++i) {
        if (outcomes_checked(preset, i)) continue;
        // The errors column's count, so the reason below and the table agree.
        tasks += runs.runs[i].tasks.size();
        failures += static_cast<std::size_t>(failed_tasks(runs.runs[i].summary));
    }
    if (failures > 0) {
        return {kExitTasksFailed, std::to_string(failures) + " of " + std::to_string(tasks) +
                                      " tasks failed; the errors column counts them per mode"};
    }
    return {};
}

}  // namespace overlap::app
