// sample_run_set() as if a built-in preset had run it: the preset's first
// check passed, every other failed, each with a sentence known to the test,
// so figures and files can be checked for the claim and its verdicts.
#pragma once

#include "model/run_record.hpp"
#include "presets/builtin_presets.hpp"
#include "support/sample_runs.hpp"

namespace overlap::test {

inline RunSet preset_run_set() {
    RunSet runs = sample_run_set();
    PresetRecord record{builtin_presets().front(), {}};
    for (std::size_t i = 0; i < record.preset.checks.size(); ++i) {
        record.verdicts.push_back({i == 0 ? Verdict::Pass : Verdict::Fail,
                                   "sample measurement " + std::to_string(i),
                                   "sample expectation " + std::to_string(i)});
    }
    runs.preset = std::move(record);
    return runs;
}

}  // namespace overlap::test
