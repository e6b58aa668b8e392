#include "formats/enum_names.hpp"

namespace overlap {

namespace {

// Tries every enumerator from 0 to `last`: the names live in one place, to_string().
template <typename Enum>
std::optional<Enum> from_string(std::string_view name, Enum last) {
    for (int i = 0; i <= static_cast<int>(last); ++i) {
        if (name == to_string(static_cast<Enum>(i))) return static_cast<Enum>(i);
    }
    return std::nullopt;
}

}  // namespace

std::optional<PhaseKind> phase_kind_from_string(std::string_view name) {
    return from_string(name, static_cast<PhaseKind>(kPhaseKindCount - 1));
}

std::optional<WorkerState> worker_state_from_string(std::string_view name) {
    return from_string(name, static_cast<WorkerState>(kWorkerStateCount - 1));
}

std::optional<Outcome> outcome_from_string(std::string_view name) {
    return from_string(name, Outcome::Cancelled);
}

std::optional<Verdict> verdict_from_string(std::string_view name) {
    return from_string(name, Verdict::Unreliable);
}

std::optional<CaptionAnchor> caption_anchor_from_string(std::string_view name) {
    return from_string(name, CaptionAnchor::TaskEnd);
}

std::optional<IdealCap> ideal_cap_from_string(std::string_view name) {
    return from_string(name, IdealCap::EventLoop);
}

}  // namespace overlap
