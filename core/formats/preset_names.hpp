// The names a preset file gives check kinds and claim sides: read by
// preset_file.cpp, written by the run file writer (which keeps a comparison's
// preset in the preset file's own form).
#pragma once

#include <array>
#include <utility>

#include "model/preset.hpp"

namespace overlap {

inline constexpr std::array<std::pair<const char*, ClaimSide>, 3> kClaimSides{{
    {"about", ClaimSide::About},
    {"at_least", ClaimSide::AtLeast},
    {"at_most", ClaimSide::AtMost},
}};

inline constexpr std::array<std::pair<const char*, CheckKind>, 6> kCheckKinds{{
    {"speedup", CheckKind::Speedup},
    {"efficiency", CheckKind::Efficiency},
    {"makespan", CheckKind::Makespan},
    {"outcomes", CheckKind::Outcomes},
    {"memory", CheckKind::Memory},
    {"order", CheckKind::Order},
}};

// The file's name for `value` in one of the tables above.
template <typename Enum, std::size_t N>
constexpr const char* name_in(const std::array<std::pair<const char*, Enum>, N>& names,
                              Enum value) {
    for (const auto& [name, known] : names) {
        if (known == value) return name;
    }
    return "?";
}

}  // namespace overlap
