// How a run is named wherever two runs of one mode must be told apart: the
// blocking-in-loop preset runs async twice, once with a blocking call. The
// text formats and the window's figure use these words alike.
#pragma once

#include <string>
#include <vector>

#include "model/run_record.hpp"

namespace overlap {

// The behaviours that change what the run's mode did: "GIL", "blocking call",
// "CPU offloaded to a thread"; empty for a plain run.
std::vector<std::string> run_traits(const RunRecord& run);

// "async (c=5, blocking call)", "sequential (c=1)".
std::string run_name(const RunRecord& run);

}  // namespace overlap
