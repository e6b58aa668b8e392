// Every built-in preset run for real against the embedded server, on a faster
// clock, and every one of its checks must pass: the tutorials' claims hold for
// Overlap's engine. One test per preset, but for those whose claims need the
// machine's cores to themselves: bench_presets runs those.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "presets/builtin_presets.hpp"
#include "analysis/preset_checks.hpp"
#include "support/test_server.hpp"

namespace overlap {
namespace {

// These presets' claims are about what the cores can do (processes beating
// threads on CPU work, opening thousands of connections at once); another
// program busy on one of two cores bears them out only some of the time, and
// no test may depend on an idle machine. bench_presets prints their verdicts.
const std::set<std::string>& needs_idle_cores() {
    static const std::set<std::string> names = {"cpu-gil", "gil-sweep", "thousand-requests", "ten-thousand"};
    return names;
}

// The presets run here wait on the server more than they compute, so they
// keep their shape on a clock five times faster.
constexpr double kTimeFactor = 0.2;

class BuiltinPresetRun : public ::testing::TestWithParam<std::string> {};

TEST_P(BuiltinPresetRun, EveryCheckPasses) {
    const Preset* builtin = find_preset(GetParam());
    ASSERT_NE(builtin, nullptr);
    const Preset preset = scaled(*builtin, kTimeFactor);

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
    for (const Preset& preset : builtin_presets()) {
        if (!needs_idle_cores().contains(preset.name)) names.push_back(preset.name);
    }
    return names;
}

INSTANTIATE_TEST_SUITE_P(Builtin, BuiltinPresetRun, ::testing::ValuesIn(preset_names()),
                         [](const auto& param_info) {
                             std::string name = param_info.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

// The list above names real presets, so it cannot silently stop excluding one.
TEST(PresetsLeftToTheBenchmark, AreRealPresets) {
    for (const std::string& name : needs_idle_cores()) EXPECT_NE(find_preset(name), nullptr) << name;
}

}  // namespace
}  // namespace overlap
