// Every built-in preset run for real against the embedded server, on a faster
// clock, and every one of its checks must pass: the tutorials' claims hold for
// Overlap's engine. One test per preset.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "builtin_presets.hpp"
#include "engine/preset_checks.hpp"
#include "support/test_server.hpp"

namespace overlap {
namespace {

// Most presets run at a fifth of their time. The exceptions measure costs
// that do not shrink with the clock, so scaling down would change what they show.
double time_factor(const std::string& name) {
    static const std::map<std::string, double> factors = {
        // Starting worker processes costs the same at any scale; at 50 ms of
        // CPU work it would hide the parallelism the check is about.
        {"cpu-gil", 1.0},
        // Opening 1,000 connections costs about 0.1 s whatever the delay;
        // at 4 ms delays it would dominate async against threads.
        {"thousand-requests", 1.0},
        // Opening 10,000 connections takes seconds whatever the delay: at 2 s
        // delays the efficiency check sees the overlap more than the opening.
        {"ten-thousand", 2.0},
    };
    const auto found = factors.find(name);
    return found == factors.end() ? 0.2 : found->second;
}

class BuiltinPresetRun : public ::testing::TestWithParam<std::string> {};

TEST_P(BuiltinPresetRun, EveryCheckPasses) {
    const Preset* builtin = find_preset(GetParam());
    ASSERT_NE(builtin, nullptr);
    const Preset preset = scaled(*builtin, time_factor(builtin->name));

    RunSet runs;
    runs.workload = preset.workload;
    for (std::size_t i = 0; i < preset.runs.size(); ++i) {
        runs.runs.push_back(testing::run_to_end(preset.workload_for(i), preset.runs[i].config));
        const RunRecord& run = runs.runs.back();
        EXPECT_EQ(run.behaviour.blocking_in_async, preset.runs[i].behaviour.blocking_in_async);
        EXPECT_EQ(run.behaviour.timeout_s, preset.runs[i].behaviour.timeout_s);
    }

    const auto results = evaluate_checks(preset, runs);
    ASSERT_EQ(results.size(), preset.checks.size());
    for (const CheckResult& result : results) {
        EXPECT_EQ(result.verdict, Verdict::Pass)
            << to_string(result.verdict) << "  " << result.sentence();
    }
}

std::vector<std::string> preset_names() {
    std::vector<std::string> names;
    for (const Preset& preset : builtin_presets()) names.push_back(preset.name);
    return names;
}

INSTANTIATE_TEST_SUITE_P(Builtin, BuiltinPresetRun, ::testing::ValuesIn(preset_names()),
                         [](const auto& param_info) {
                             std::string name = param_info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
}  // namespace overlap
