// Whether a preset's runs bore out its claim: every check measured against a
// RunSet and put into words. Pure functions of the preset and the runs, so the
// window and `overlap run --preset` say the same thing about the same runs.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/preset.hpp"
#include "model/run_record.hpp"

namespace overlap {

enum class Verdict {
    Pass,
    Fail,
    NotMeasured,  // a run the check reads is missing or was cancelled
};

struct CheckResult {
    Verdict verdict = Verdict::NotMeasured;
    std::string measurement;  // "async 9.8x faster than sequential"
    std::string expectation;  // "expected at least 5x"

    // "async 9.8x faster than sequential (expected at least 5x)"
    std::string sentence() const;
};

// One result per check, in the preset's order. runs.runs[i] is taken as the
// preset's run i; a run in another mode counts as missing.
std::vector<CheckResult> evaluate_checks(const Preset& preset, const RunSet& runs);

// How sentences name a run: its mode, and what sets it apart when another run
// has the same mode ("async with blocking calls").
std::string run_label(const Preset& preset, std::size_t index);

const char* to_string(Verdict verdict);  // "PASS", "FAIL", "NOT MEASURED"

}  // namespace overlap
