// Markers: a moment in a comparison with a short caption ("the second wave
// starts"), put there by a lecturer or by a preset for the moment its claim is
// about. They belong to the comparison (RunSet) and are saved in its run file;
// the timelines draw them and the replay shows their captions as it passes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/event.hpp"

namespace overlap {

// Long enough for a sentence, short enough to fit above a timeline.
inline constexpr std::size_t kMaxCaptionChars = 120;

// A marker's `run` when it belongs to every run of the comparison.
inline constexpr std::uint32_t kAllRuns = kNoTask;

struct Marker {
    double time_s = 0;             // seconds from the run's start
    std::uint32_t run = kAllRuns;  // index into RunSet::runs, or every run
    std::uint32_t task = kNoTask;  // the task it is about, if any
    std::string caption;

    bool operator==(const Marker&) const = default;
};

// The markers at or before `time_s` that show in run `run` (its own and
// every run's), in time order: what a replay at that time has passed.
std::vector<Marker> markers_until(const std::vector<Marker>& markers, double time_s,
                                  std::uint32_t run);

// Why a caption cannot be a marker's, or nothing when it can.
std::optional<std::string> caption_problem(const std::string& caption);

// Where a preset's caption goes, stated without knowing the measurement:
// the time is found in each run once it has been recorded
// (analysis/preset_captions.hpp, docs/presets.md).
enum class CaptionAnchor {
    Time,       // `value` seconds from the run's start
    Fraction,   // `value` (0..1) of the run's makespan
    TaskStart,  // when task `task` started
    TaskEnd,    // when task `task` ended
};

const char* to_string(CaptionAnchor anchor);  // "time", "fraction", "task_start", "task_end"

struct PresetCaption {
    CaptionAnchor at = CaptionAnchor::Time;
    double value = 0;
    std::uint32_t task = 0;
    std::optional<std::size_t> run;  // one of the preset's runs; every run when empty
    std::string text;

    bool operator==(const PresetCaption&) const = default;
};

}  // namespace overlap
