// A sweep as one versioned JSON file (docs/sweep-format.md): the parameter,
// the values, the modes and repeats, and each value's runs in the run file's
// own form. Saving is atomic; reading errors are FormatErrors that name the
// problem and its JSON path, as run files' do.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "model/sweep.hpp"

namespace overlap {

inline constexpr int kSweepFileVersion = 1;

std::string sweep_to_json(const SweepResult& sweep);
SweepResult sweep_from_json(std::string_view text);

void save_sweep_file(const SweepResult& sweep, const std::filesystem::path& path);
SweepResult load_sweep_file(const std::filesystem::path& path);

// Whether `text` is a sweep file rather than a run file: the window's Open
// asks, to show either.
bool looks_like_sweep_file(std::string_view text);

}  // namespace overlap
