// A preset's captions land at the times their anchors name in each measured
// run, and a preset file's bad caption is named in the error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "analysis/preset_captions.hpp"
#include "formats/format_error.hpp"
#include "formats/preset_file.hpp"
#include "presets/builtin_presets.hpp"

namespace overlap {
namespace {

using ::testing::HasSubstr;

const Preset& builtin(const std::string& name) {
    const auto& presets = builtin_presets();
    const auto found = std::find_if(presets.begin(), presets.end(),
                                    [&](const Preset& preset) { return preset.name == name; });
    EXPECT_NE(found, presets.end()) << name;
    return *found;
}

// Tasks start in waves of `wave` tasks, each wave lasting `task_s`; the run
// ends with the last wave.
RunRecord waves(const PresetRun& planned, int tasks, int wave, double task_s) {
    RunRecord run;
    run.config = planned.config;
    run.behaviour = planned.behaviour;
    for (int i = 0; i < tasks; ++i) {
        TaskRecord task;
        task.id = static_cast<std::uint32_t>(i);
        task.outcome = Outcome::Ok;
        task.start_s = 0.01 + (i / wave) * task_s;
        task.end_s = *task.start_s + task_s;
        run.summary.makespan_s = std::max(run.summary.makespan_s, *task.end_s);
        run.tasks.push_back(task);
    }
    return run;
}

RunSet measured(const Preset& preset, int wave, double task_s) {
    RunSet runs;
    runs.workload = preset.workload;
    for (const PresetRun& planned : preset.runs) {
        runs.runs.push_back(
            waves(planned, static_cast<int>(preset.workload.tasks.size()), wave, task_s));
    }
    return runs;
}

TEST(PresetCaptions, PoolOfFourMarksTheFullPoolAndTheSecondWave) {
    const Preset& preset = builtin("pool-of-four");
    const std::vector<Marker> markers = resolve_captions(preset, measured(preset, 4, 1.0));
    ASSERT_EQ(markers.size(), 4u);  // two captions on each of the two runs
    EXPECT_EQ(markers[0].caption, "4 workers busy, 4 tasks queued");
    EXPECT_DOUBLE_EQ(markers[0].time_s, 0.01);
    EXPECT_EQ(markers[0].task, 3u);
    EXPECT_EQ(markers[0].run, 0u);
    EXPECT_EQ(markers[1].run, 1u);
    EXPECT_DOUBLE_EQ(markers[2].time_s, 1.01);  // task 4 starts the second wave
    EXPECT_EQ(markers[2].task, 4u);
}

TEST(PresetCaptions, BlockingInLoopMarksTheBlockedRunOnly) {
    const Preset& preset = builtin("blocking-in-loop");
    RunSet runs = measured(preset, 5, 1.0);
    runs.runs[2] = waves(preset.runs[2], 5, 1, 1.0);  // one at a time: ends at 5.01 s
    const std::vector<Marker> markers = resolve_captions(preset, runs);
    const auto blocked = std::find_if(markers.begin(), markers.end(), [](const Marker& m) {
        return m.caption == "one blocking call holds the whole loop";
    });
    ASSERT_NE(blocked, markers.end());
    EXPECT_EQ(blocked->run, 2u);
    EXPECT_NEAR(blocked->time_s, 0.501, 1e-9);  // a tenth of the run's 5.01 s
    EXPECT_EQ(blocked->task, kNoTask);
    EXPECT_EQ(
        std::count_if(markers.begin(), markers.end(), [](const Marker& m) { return m.run == 2; }),
        1);
}

TEST(PresetCaptions, EveryNamedPresetHasCaptionsThatFitAMarker) {
    for (const char* name : {"pool-of-four", "blocking-in-loop", "ten-requests", "cpu-gil"}) {
        SCOPED_TRACE(name);
        const Preset& preset = builtin(name);
        EXPECT_FALSE(preset.captions.empty());
        for (const PresetCaption& caption : preset.captions)
            EXPECT_FALSE(caption_problem(caption.text));
    }
}

TEST(PresetCaptions, ATaskThatNeverStartedHasNoMarker) {
    const Preset& preset = builtin("pool-of-four");
    RunSet runs = measured(preset, 4, 1.0);
    runs.runs[1].tasks[4].start_s.reset();
    const std::vector<Marker> markers = resolve_captions(preset, runs);
    EXPECT_EQ(markers.size(), 3u);
}

TEST(PresetCaptions, TimesScaleWithThePresetAndFractionsDoNot) {
    Preset preset = builtin("pool-of-four");
    preset.captions = {{CaptionAnchor::Time, 2, 0, {}, "t"},
                       {CaptionAnchor::Fraction, 0.5, 0, {}, "f"}};
    const Preset fast = scaled(preset, 0.1);
    EXPECT_DOUBLE_EQ(fast.captions[0].value, 0.2);
    EXPECT_DOUBLE_EQ(fast.captions[1].value, 0.5);
}

std::string caption_error(const std::string& caption) {
    const std::string text = R"({"format": "overlap-preset", "version": 1, "name": "x",
        "title": "x", "claim": "x", "workload": {"title": "x", "tasks": [{"url": "{server}/delay/1"}]},
        "modes": [{"mode": "threads", "concurrency": 2}], "checks": [],
        "captions": [)" + caption +
                             "]}";
    try {
        preset_from_json(text);
    } catch (const FormatError& error) {
        return error.what();
    }
    return "no error";
}

TEST(PresetCaptions, BadCaptionsInAPresetFileAreNamed) {
    EXPECT_THAT(caption_error(R"({"at": "soon", "text": "x"})"),
                HasSubstr("captions[0].at has an unknown value"));
    EXPECT_THAT(caption_error(R"({"at": "task_start", "task": 3, "text": "x"})"),
                HasSubstr("captions[0].task"));
    EXPECT_THAT(caption_error(R"({"at": "fraction", "value": 2, "text": "x"})"),
                HasSubstr("captions[0].value should be from 0 to 1"));
    EXPECT_THAT(caption_error(R"({"at": "time", "value": 1, "text": ""})"),
                HasSubstr("captions[0].text is empty"));
    EXPECT_THAT(caption_error(R"({"at": "time", "value": 1, "mode": "async", "text": "x"})"),
                HasSubstr("captions[0].mode names a mode no run uses"));
    EXPECT_EQ(caption_error(R"({"at": "task_end", "task": 0, "run": 0, "text": "x"})"), "no error");
}

}  // namespace
}  // namespace overlap
