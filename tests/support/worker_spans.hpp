// A worker's spans in one state, for the engine tests that read worker lanes.
#pragma once

#include <vector>

#include "model/run_record.hpp"

namespace overlap::testing {

inline std::vector<WorkerSpan> spans_in(const WorkerRecord& worker, WorkerState state) {
    std::vector<WorkerSpan> found;
    for (const auto& span : worker.spans)
        if (span.state == state) found.push_back(span);
    return found;
}

}  // namespace overlap::testing
