// Processes mode: P worker processes (ProcessPoolExecutor), cloned by a fork
// server started for the run, each fed one task at a time over a pipe and
// streaming its events back. Start-up, the fork server's included, is
// recorded as its own interval: it is real overhead.
// A worker that dies takes only its in-flight task down; the rest go on.
#pragma once

#include "engine/runner.hpp"

namespace overlap {

class ProcessRunner final : public Runner {
public:
    void run(RunContext& context) override;
};

}  // namespace overlap
