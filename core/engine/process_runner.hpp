// Processes mode: P worker processes (ProcessPoolExecutor), spawned with
// posix_spawn, each fed one task at a time over a pipe and streaming its
// events back. Start-up is recorded as its own interval: it is real overhead.
// A worker that dies takes only its in-flight task down; the rest go on.
#pragma once

#include "engine/runner.hpp"

namespace overlap {

class ProcessRunner final : public Runner {
public:
    void run(RunContext& context) override;
};

}  // namespace overlap
