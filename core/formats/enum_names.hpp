// The reverse of the model's to_string(): reads back the stable names that run
// files use for phases, worker states, outcomes, verdicts, caption anchors and ideal caps
// (modes: mode_from_string).
#pragma once

#include <optional>
#include <string_view>

#include "model/check_result.hpp"
#include "model/event.hpp"
#include "model/marker.hpp"
#include "model/run_record.hpp"

namespace overlap {

std::optional<PhaseKind> phase_kind_from_string(std::string_view name);
std::optional<WorkerState> worker_state_from_string(std::string_view name);
std::optional<Outcome> outcome_from_string(std::string_view name);
std::optional<Verdict> verdict_from_string(std::string_view name);
std::optional<CaptionAnchor> caption_anchor_from_string(std::string_view name);
std::optional<IdealCap> ideal_cap_from_string(std::string_view name);

}  // namespace overlap
