// A preset check's verdict as data: what analysis/preset_checks works out
// after a run, and what a run file keeps so a reopened run shows the verdicts
// it had when it was measured.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace overlap {

enum class Verdict {
    Pass,
    Fail,
    NotMeasured,  // a run the check reads is missing or was cancelled
    Unreliable,   // did not hold, but other programs were taking the cores: no verdict
};

struct CheckResult {
    Verdict verdict = Verdict::NotMeasured;
    std::string measurement;  // "async 9.8x faster than sequential"
    std::string expectation;  // "tutorial: about 10x; passes from 8x to 12.5x"

    // "async 9.8x faster than sequential (tutorial: about 10x; passes from 8x to 12.5x)"
    std::string sentence() const;
};

const char* to_string(Verdict verdict);  // "PASS", "FAIL", "NOT MEASURED", "BUSY"

}  // namespace overlap
