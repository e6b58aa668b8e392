// Every built-in preset's thresholds come from the tutorial's figure by the
// one tolerance rule (check_bounds, preset_checks.hpp): one row per check, the
// figure the tutorial states and the bounds a reader should expect from it.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "analysis/preset_checks.hpp"
#include "presets/builtin_presets.hpp"

namespace overlap {
namespace {

constexpr auto kNone = std::nullopt;

struct Row {
    const char* preset;
    std::size_t check;
    double claimed;
    std::optional<double> at_least;
    std::optional<double> at_most;
};

// Written out by hand from the rule, so a changed factor or figure shows here.
const std::vector<Row> kRows = {
    {"ten-requests", 0, 10, 8, 12.5},      // sequential about 10 s
    {"ten-requests", 1, 1, 0.8, 1.25},     // threads about 1 s
    {"ten-requests", 2, 1, 0.8, 1.25},     // async about 1 s
    {"ten-requests", 3, 10, 8, 12.5},      // threads about 10x
    {"ten-requests", 4, 10, 8, 12.5},      // async about 10x
    {"three-requests", 0, 3, 2.4, 3.75},   // sequential about 3 s
    {"three-requests", 1, 3, 2.4, 3.75},   // threads about 3x
    {"three-requests", 2, 3, 2.4, 3.75},   // async about 3x
    {"three-downloads", 0, 6, 4.8, 7.5},   // sequential 6 s
    {"three-downloads", 1, 2, 1.6, 2.5},   // async about 2 s
    {"three-downloads", 2, 3, 2.4, 3.75},  // 6 s over 2 s
    {"gather-2-1-3", 0, 3, 2.4, 3.75},     // async about 3 s
    {"gather-2-1-3", 1, 6, 4.8, 7.5},      // in turn 6 s
    {"gather-2-1-3", 2, 2, 1.6, 2.5},      // 6 s over 3 s
    {"timeout", 1, 2, 1.6, 2.5},           // gives up at 2 s
    {"pool-of-four", 0, 2, 1.6, 2.5},      // threads: two waves
    {"pool-of-four", 1, 2, 1.6, 2.5},      // processes: two waves
    {"cpu-gil", 0, 1, kNone, 1.25},        // threads no faster than one
    {"cpu-gil", 1, 1, 0.8, kNone},         // threads at the GIL's ideal
    {"cpu-gil", 2, 1, 0.8, kNone},         // processes at the cores' ideal
    {"blocking-in-loop", 0, 1, 0.8, 1.25}, // async about 1 s
    {"blocking-in-loop", 1, 5, 4, 6.25},   // blocking five times slower
    {"blocking-in-loop", 2, 1, 0.8, 1.25}, // blocking as slow as sequential
    {"ten-thousand", 1, 1, 0.8, kNone},    // async faster than threads
    {"ten-thousand", 2, 1, 0.8, kNone},    // async comfortably near its ideal
    {"thousand-requests", 0, 16, 12.8, 20},  // sequential about 16 s
    {"thousand-requests", 1, 6, 4.8, 7.5},   // threads about 6 s
    {"thousand-requests", 2, 5, 4, 6.25},    // processes about 5 s
    {"thousand-requests", 3, 3, 2.4, 3.75},  // asyncio about 3 s
    {"pool-waves", 0, 4, 3.2, 5},          // 4 workers: four waves
    {"pool-waves", 1, 1, 0.8, 1.25},       // 16 workers: one wave
    {"gil-sweep", 0, 1, kNone, 1.25},      // threads no faster than one
    {"gil-sweep", 1, 1, 0.8, kNone},       // threads at the GIL's ideal
    {"gil-sweep", 2, 1, 0.8, kNone},       // processes at the cores' ideal
};

TEST(ClaimedThresholds, FollowTheToleranceRule) {
    for (const Row& row : kRows) {
        const Preset* preset = find_preset(row.preset);
        ASSERT_NE(preset, nullptr) << row.preset;
        ASSERT_LT(row.check, preset->checks.size()) << row.preset;
        const PresetCheck& check = preset->checks[row.check];
        const std::string where = std::string(row.preset) + " check " + std::to_string(row.check);
        ASSERT_TRUE(check.claimed) << where;
        EXPECT_DOUBLE_EQ(check.claimed->value, row.claimed) << where;
        const CheckBounds bounds = check_bounds(check);
        ASSERT_EQ(bounds.at_least.has_value(), row.at_least.has_value()) << where;
        ASSERT_EQ(bounds.at_most.has_value(), row.at_most.has_value()) << where;
        if (row.at_least) {
            EXPECT_DOUBLE_EQ(*bounds.at_least, *row.at_least) << where;
        }
        if (row.at_most) {
            EXPECT_DOUBLE_EQ(*bounds.at_most, *row.at_most) << where;
        }
    }
}

// No built-in check sets its own bounds: each states the tutorial's figure.
TEST(ClaimedThresholds, EveryBoundedCheckStatesAFigure) {
    std::size_t rows = 0;
    for (const Preset& preset : builtin_presets()) {
        for (std::size_t i = 0; i < preset.checks.size(); ++i) {
            const PresetCheck& check = preset.checks[i];
            if (check.kind == CheckKind::Outcomes || check.kind == CheckKind::Memory ||
                check.kind == CheckKind::Order)
                continue;
            EXPECT_TRUE(check.claimed) << preset.name << " check " << i;
            EXPECT_FALSE(check.at_least || check.at_most) << preset.name << " check " << i;
            ++rows;
        }
    }
    EXPECT_EQ(rows, kRows.size()) << "a table row per bounded check";
}

TEST(ClaimedThresholds, EachSideOfTheRule) {
    PresetCheck check;
    check.claimed = ClaimedFigure{4, ClaimSide::About};
    EXPECT_DOUBLE_EQ(*check_bounds(check).at_least, 3.2);
    EXPECT_DOUBLE_EQ(*check_bounds(check).at_most, 5);
    check.claimed->side = ClaimSide::AtLeast;
    EXPECT_FALSE(check_bounds(check).at_most);
    check.claimed->side = ClaimSide::AtMost;
    EXPECT_FALSE(check_bounds(check).at_least);
    EXPECT_DOUBLE_EQ(*check_bounds(check).at_most, 5);
}

}  // namespace
}  // namespace overlap
