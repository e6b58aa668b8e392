// Sequential and thread-pool modes: W threads take tasks in order from a shared
// queue and run each with a blocking fetch (ThreadPoolExecutor(max_workers=W)).
// Sequential is the pool of one, so both modes share every line of timing code.
#pragma once

#include "engine/runner.hpp"

namespace overlap {

class PoolRunner final : public Runner {
public:
    explicit PoolRunner(bool sequential) : sequential_(sequential) {}
    void run(RunContext& context) override;

private:
    bool sequential_;
};

}  // namespace overlap
