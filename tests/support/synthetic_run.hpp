// Made-up but realistic RunRecords for the timeline's tests and render
// benchmark: tasks queued from t = 0, then connect, wait and receive on the
// first free slot, spread the way an async run (one event loop, C slots) or a
// thread pool (W workers with busy intervals) spreads them.
#pragma once

#include <cstdint>

#include "model/run_record.hpp"

namespace overlap::test {

enum class Spread { Async, Threads };

// About one task in a hundred fails (error, timeout or HTTP 500); `seed` makes
// the record reproducible.
RunRecord syntheticRun(int tasks, Spread spread, int concurrency, std::uint32_t seed = 1);

}  // namespace overlap::test
