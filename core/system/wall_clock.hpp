// Calendar time, for labelling a recording (never for measuring: see engine/clock.hpp).
#pragma once

#include <string>

namespace overlap {

std::string utc_now_iso8601();  // e.g. 2026-11-22T04:31:07Z

}  // namespace overlap
