// What `overlap run`'s exit status says, decided from what was recorded, so a
// script can tell a clean run from one whose tasks failed, whose preset's
// claim did not hold, or whose embedded server died. Pure, for tests; the
// codes are listed in `overlap run --help` and the README.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/preset_checks.hpp"
#include "model/preset.hpp"
#include "model/run_record.hpp"

namespace overlap::app {

enum RunExit : int {
    kExitOk = 0,
    kExitError = 1,           // the server could not start, the run file could not be saved
    kExitUsage = 2,           // a bad flag or input file: nothing ran
    kExitTasksFailed = 3,     // a task did not complete OK (one a preset does not expect)
    kExitCheckFailed = 4,     // --preset: a check did not hold or could not be measured
    kExitServerDied = 5,      // the embedded server died during the run
    kExitMachineBusy = 6,     // --preset: a check did not hold while other programs kept the cores busy
    kExitSignalBase = 128,    // + the signal that stopped the run: 130 SIGINT, 143 SIGTERM, 129 SIGHUP
};

// The help text's list of the codes above.
extern const char* const kRunExitCodesHelp;

struct RunOutcome {
    int status = kExitOk;
    std::string reason;  // one line for stderr; empty with kExitOk
};

// The status for a run that was not interrupted. With a preset, its checks
// decide about the runs an "outcomes" check reads (11-failures expects its
// refused connections and timeouts: a preset whose checks pass exits 0); a
// failed task in any other run is a failure as without one. A dead server
// outranks a failed check, which outranks a failed task. `server_death` is
// the line naming the dead server, given as the reason.
RunOutcome run_outcome(const RunSet& runs, const Preset* preset, const std::vector<CheckResult>& checks,
                       const std::optional<std::string>& server_death);

}  // namespace overlap::app
