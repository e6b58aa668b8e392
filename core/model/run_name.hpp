// How a run is named wherever two runs of one mode must be told apart: the
// blocking-in-loop preset runs async twice, once with a blocking call. The
// text formats and the window's figure use these words alike, and a trace's
// process names are read back with run_from_name().
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/run_record.hpp"

namespace overlap {

// The behaviours that change what the run's mode did: "GIL", "blocking call",
// "CPU offloaded to a thread"; empty for a plain run.
std::vector<std::string> run_traits(ModeConfig config, const Behaviour& behaviour);
std::vector<std::string> run_traits(const RunRecord& run);

// "async (c=5, blocking call)", "sequential (c=1)".
std::string run_name(const RunRecord& run);

// The reverse of run_name(): a run with the mode, concurrency and traits the
// name gives (nothing else set), or nullopt for any text run_name() would not
// write, such as "sequential (c=4)" or a profiler's "python3".
std::optional<RunRecord> run_from_name(std::string_view name);

}  // namespace overlap
