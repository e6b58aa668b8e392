// Overlap's own file: a workload and its runs as versioned JSON
// (docs/run-format.md). Saving is atomic; every reading error is a FormatError
// whose message names the problem and, for a bad field, its JSON path.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "model/run_record.hpp"

namespace overlap {

// 2 adds markers and the preset the runs came from; version 1 files still read.
inline constexpr int kRunFileVersion = 2;

std::string run_set_to_json(const RunSet& runs);
RunSet run_set_from_json(std::string_view text);

// A workload object as run files write it (formats/preset_file's
// workload_from_json() reads it back): for files that hold a workload of
// their own, as a sweep file does.
std::string workload_to_json(const Workload& workload);

void save_run_file(const RunSet& runs, const std::filesystem::path& path);
RunSet load_run_file(const std::filesystem::path& path);

}  // namespace overlap
