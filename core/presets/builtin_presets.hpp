// The presets Overlap ships (resources/presets/*.json), compiled into the
// binaries and read on first use.
#pragma once

#include <string_view>
#include <vector>

#include "model/preset.hpp"

namespace overlap {

// In file-name order, which is the order the tutorials build up in.
const std::vector<Preset>& builtin_presets();

// nullptr when no built-in preset has that name.
const Preset* find_preset(std::string_view name);

}  // namespace overlap
