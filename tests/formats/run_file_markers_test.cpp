// Run file version 2: markers and the preset the runs came from round-trip,
// version 1 files still open, and a bad marker is named in the error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analysis/preset_captions.hpp"
#include "analysis/preset_checks.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "presets/builtin_presets.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

std::string error_of(std::string_view text) {
    try {
        run_set_from_json(text);
    } catch (const FormatError& error) {
        return error.what();
    }
    return "no error";
}

RunSet with_markers() {
    RunSet runs = test::rich_run_set();
    runs.markers = {{0.5, 0, 1, "the second wave starts"},
                    {1.25, kAllRuns, kNoTask, "the loop is blocked here — «ünïcode»"}};
    return runs;
}

TEST(RunFileMarkers, WritesVersion2) {
    EXPECT_EQ(json::parse(run_set_to_json(test::rich_run_set()))["version"], 2);
}

TEST(RunFileMarkers, MarkersRoundTrip) {
    const RunSet runs = with_markers();
    const RunSet read = run_set_from_json(run_set_to_json(runs));
    EXPECT_EQ(read.markers, runs.markers);
    const json tree = json::parse(run_set_to_json(runs));
    EXPECT_TRUE(tree["markers"][1]["run"].is_null());
    EXPECT_TRUE(tree["markers"][1]["task"].is_null());
}

TEST(RunFileMarkers, AVersion1FileStillOpens) {
    const RunSet runs = load_run_file(OVERLAP_TEST_DATA "/version1.overlap.json");
    ASSERT_EQ(runs.runs.size(), 2u);
    EXPECT_EQ(runs.runs[0].tasks.size(), 3u);
    EXPECT_TRUE(runs.markers.empty());
    EXPECT_FALSE(runs.preset);
    // And saving it again writes version 2 with what it had.
    const RunSet again = run_set_from_json(run_set_to_json(runs));
    EXPECT_EQ(again.runs[1].tasks.size(), 3u);
}

TEST(RunFileMarkers, BadMarkerFieldsAreNamed) {
    const auto broken = [](auto&& change) {
        json tree = json::parse(run_set_to_json(with_markers()));
        change(tree["markers"][1]);
        return error_of(tree.dump());
    };
    EXPECT_THAT(broken([](json& m) { m["caption"] = 3; }),
                HasSubstr("markers[1].caption should be a string, not number"));
    EXPECT_THAT(broken([](json& m) { m["caption"] = ""; }),
                HasSubstr("markers[1].caption is empty"));
    EXPECT_THAT(broken([](json& m) { m["caption"] = std::string(121, 'x'); }),
                HasSubstr("markers[1].caption is longer than 120 characters"));
    EXPECT_THAT(broken([](json& m) { m.erase("time_s"); }),
                HasSubstr("markers[1].time_s is missing"));
    EXPECT_THAT(broken([](json& m) { m["time_s"] = -1; }),
                HasSubstr("markers[1].time_s should be 0 or more"));
    EXPECT_THAT(broken([](json& m) { m["run"] = 7; }),
                HasSubstr("markers[1].run is 7, but the file has 2 runs"));
    EXPECT_THAT(broken([](json& m) { m["task"] = 99; }), HasSubstr("markers[1].task is 99"));
    EXPECT_THAT(broken([](json& m) { m["run"] = "all"; }),
                HasSubstr("markers[1].run should be a whole number, not string"));
}

void expect_same_preset(const Preset& a, const Preset& b) {
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.claim, b.claim);
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.figures, b.figures);
    EXPECT_EQ(a.workload.tasks.size(), b.workload.tasks.size());
    ASSERT_EQ(a.runs.size(), b.runs.size());
    for (std::size_t i = 0; i < a.runs.size(); ++i) {
        EXPECT_EQ(a.runs[i].config.mode, b.runs[i].config.mode);
        EXPECT_EQ(a.runs[i].config.concurrency, b.runs[i].config.concurrency);
        EXPECT_EQ(a.runs[i].behaviour.blocking_in_async, b.runs[i].behaviour.blocking_in_async);
        EXPECT_EQ(a.runs[i].behaviour.gil, b.runs[i].behaviour.gil);
    }
    ASSERT_EQ(a.checks.size(), b.checks.size());
    for (std::size_t i = 0; i < a.checks.size(); ++i) {
        SCOPED_TRACE("check " + std::to_string(i));
        const PresetCheck& x = a.checks[i];
        const PresetCheck& y = b.checks[i];
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_EQ(x.run, y.run);
        if (x.kind == CheckKind::Speedup || x.kind == CheckKind::Memory) {
            EXPECT_EQ(x.baseline, y.baseline);
        }
        EXPECT_EQ(x.claimed.has_value(), y.claimed.has_value());
        if (x.claimed && y.claimed) {
            EXPECT_EQ(x.claimed->value, y.claimed->value);
            EXPECT_EQ(x.claimed->side, y.claimed->side);
        }
        EXPECT_EQ(x.at_least, y.at_least);
        EXPECT_EQ(x.at_most, y.at_most);
        EXPECT_EQ(x.outcomes, y.outcomes);
        EXPECT_EQ(x.order, y.order);
    }
    EXPECT_EQ(a.captions, b.captions);
}

// Every built-in preset, kept with made-up runs in its modes, reads back whole.
TEST(RunFileMarkers, EveryBuiltinPresetRoundTripsWithItsVerdicts) {
    for (const Preset& preset : builtin_presets()) {
        SCOPED_TRACE(preset.name);
        RunSet runs;
        runs.workload = preset.workload;
        for (const PresetRun& planned : preset.runs) {
            RunRecord run = test::sample_run();
            run.config = planned.config;
            run.behaviour = planned.behaviour;
            runs.runs.push_back(run);
        }
        attach_preset(runs, preset, evaluate_checks(preset, runs));
        const RunSet read = run_set_from_json(run_set_to_json(runs));
        ASSERT_TRUE(read.preset);
        expect_same_preset(read.preset->preset, preset);
        ASSERT_EQ(read.preset->verdicts.size(), preset.checks.size());
        for (std::size_t i = 0; i < preset.checks.size(); ++i) {
            EXPECT_EQ(read.preset->verdicts[i].verdict, runs.preset->verdicts[i].verdict);
            EXPECT_EQ(read.preset->verdicts[i].sentence(), runs.preset->verdicts[i].sentence());
        }
        EXPECT_EQ(read.markers, runs.markers);
    }
}

TEST(RunFileMarkers, ABadPresetIsNamedUnderPreset) {
    const Preset& preset = builtin_presets().front();
    RunSet runs = test::rich_run_set();
    attach_preset(runs, preset, std::vector<CheckResult>(preset.checks.size()));
    json tree = json::parse(run_set_to_json(runs));
    tree["preset"]["checks"][0]["run"] = 42;
    EXPECT_THAT(error_of(tree.dump()), HasSubstr("Damaged run file: preset.checks[0].run"));
    tree = json::parse(run_set_to_json(runs));
    tree["preset"]["verdicts"][0]["verdict"] = "MAYBE";
    EXPECT_THAT(error_of(tree.dump()),
                HasSubstr("preset.verdicts[0].verdict has an unknown value"));
    tree = json::parse(run_set_to_json(runs));
    tree["preset"]["verdicts"].erase(0);
    EXPECT_THAT(error_of(tree.dump()), HasSubstr("verdicts for"));
    tree = json::parse(run_set_to_json(runs));
    tree["preset"] = 1;
    EXPECT_THAT(error_of(tree.dump()), HasSubstr("preset should be an object, not number"));
}

TEST(RunFileMarkers, MarkersUntilIsWhatAReplayHasPassed) {
    const std::vector<Marker> markers = {
        {2, 1, kNoTask, "c"}, {1, kAllRuns, kNoTask, "b"}, {0.5, 0, kNoTask, "a"}};
    EXPECT_TRUE(markers_until(markers, 0.4, 0).empty());
    const auto run0 = markers_until(markers, 5, 0);
    ASSERT_EQ(run0.size(), 2u);
    EXPECT_EQ(run0[0].caption, "a");
    EXPECT_EQ(run0[1].caption, "b");
    const auto run1 = markers_until(markers, 2, 1);  // "at or before"
    ASSERT_EQ(run1.size(), 2u);
    EXPECT_EQ(run1[1].caption, "c");
}

}  // namespace
}  // namespace overlap
