// The presets compiled into the binaries: every file reads, names are unique,
// and what each tutorial's example needs is in its data.
#include <gtest/gtest.h>

#include <set>

#include "presets/builtin_presets.hpp"

namespace overlap {
namespace {

TEST(BuiltinPresets, AllReadWithUniqueNamesAClaimAndChecks) {
    const auto& presets = builtin_presets();
    ASSERT_EQ(presets.size(), 13u);
    std::set<std::string> names;
    for (const Preset& preset : presets) {
        EXPECT_TRUE(names.insert(preset.name).second) << "two presets named " << preset.name;
        EXPECT_FALSE(preset.title.empty()) << preset.name;
        EXPECT_FALSE(preset.claim.empty()) << preset.name;
        EXPECT_FALSE(preset.checks.empty()) << preset.name;
        EXPECT_FALSE(preset.workload.tasks.empty()) << preset.name;
        EXPECT_FALSE(preset.source.empty()) << preset.name << " names no tutorial";
        EXPECT_FALSE(preset.figures.empty()) << preset.name << " gives no tutorial figures";
    }
    EXPECT_EQ(presets.front().name, "ten-requests") << "in file order";
}

TEST(BuiltinPresets, FoundByName) {
    const Preset* preset = find_preset("ten-requests");
    ASSERT_NE(preset, nullptr);
    EXPECT_EQ(preset->workload.tasks.size(), 10u);
    EXPECT_EQ(preset->workload.tasks[9].url, "{server}/delay/1");
    EXPECT_EQ(find_preset("no-such-preset"), nullptr);
    EXPECT_EQ(find_preset(""), nullptr);
}

TEST(BuiltinPresets, BlockingInTheLoopComparesTwoAsyncRunsAndSequential) {
    const Preset* preset = find_preset("blocking-in-loop");
    ASSERT_NE(preset, nullptr);
    ASSERT_EQ(preset->runs.size(), 3u);
    EXPECT_EQ(preset->runs[0].config.mode, Mode::Sequential);
    EXPECT_EQ(preset->runs[1].config.mode, Mode::Async);
    EXPECT_EQ(preset->runs[2].config.mode, Mode::Async);
    EXPECT_FALSE(preset->runs[1].behaviour.blocking_in_async);
    EXPECT_TRUE(preset->runs[2].behaviour.blocking_in_async);
}

// The tutorials run three-requests with threads and ten-thousand threads first.
TEST(BuiltinPresets, RunTheModesTheirTutorialsRunInItsOrder) {
    const auto modes_of = [](const char* name) {
        std::vector<Mode> modes;
        for (const PresetRun& run : find_preset(name)->runs) modes.push_back(run.config.mode);
        return modes;
    };
    EXPECT_EQ(modes_of("three-requests"),
              (std::vector<Mode>{Mode::Sequential, Mode::Threads, Mode::Async}));
    EXPECT_EQ(modes_of("ten-thousand"), (std::vector<Mode>{Mode::Threads, Mode::Async}));
}

// The two sweeps the issue asks for, read from their preset files.
TEST(BuiltinPresets, SweepsOfAPoolAndOfTheGil) {
    const Preset* pool = find_preset("pool-waves");
    ASSERT_NE(pool, nullptr);
    ASSERT_TRUE(pool->sweep);
    EXPECT_EQ(pool->sweep->param, SweepParam::Concurrency);
    EXPECT_EQ(pool->sweep->values, (std::vector<double>{1, 2, 4, 8, 16}));
    EXPECT_EQ(pool->sweep->modes, (std::vector<Mode>{Mode::Threads}));
    EXPECT_EQ(pool->workload.tasks.size(), 16u);

    const Preset* gil = find_preset("gil-sweep");
    ASSERT_NE(gil, nullptr);
    ASSERT_TRUE(gil->sweep);
    EXPECT_EQ(gil->sweep->modes, (std::vector<Mode>{Mode::Threads, Mode::Processes}));
    EXPECT_TRUE(gil->workload.behaviour.gil);

    // Presets without one have none.
    EXPECT_FALSE(find_preset("ten-requests")->sweep);
}

}  // namespace
}  // namespace overlap
