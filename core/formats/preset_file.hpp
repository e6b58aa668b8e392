// Preset files (format "overlap-preset", resources/presets/*.json): a
// tutorial's workload, the runs that compare it, its claim and the checks on
// it. A preset's workload is written as a run file's, except that members left
// out take their defaults and a task may carry "repeat": N. Every reading error
// is a FormatError naming the problem and, for a bad value, its JSON path.
#pragma once

#include <filesystem>
#include <string_view>

#include "model/preset.hpp"
#include "model/workload.hpp"

namespace overlap {

inline constexpr int kPresetFileVersion = 1;

Preset preset_from_json(std::string_view text);
Preset load_preset_file(const std::filesystem::path& path);

// A workload object on its own, written as in a preset.
Workload workload_from_json(std::string_view text);

// What `overlap run --workload FILE` reads: a preset file's workload, or a
// workload object on its own.
Workload workload_file_from_json(std::string_view text);
Workload load_workload_file(const std::filesystem::path& path);

}  // namespace overlap
