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

void save_run_file(const RunSet& runs, const std::filesystem::path& path);
RunSet load_run_file(const std::filesystem::path& path);

}  // namespace overlap
