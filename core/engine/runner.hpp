// The interface the four modes implement. A runner runs every task of a
// workload to an outcome, records through the Recorder, and returns when all
// tasks have ended or the run was cancelled.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/cancel_source.hpp"
#include "engine/recorder.hpp"
#include "engine/task_execution.hpp"
#include "model/mode.hpp"
#include "model/run_record.hpp"
#include "model/workload.hpp"
#include "system/resource_usage.hpp"

namespace overlap {

struct RunContext {
    const std::vector<ResolvedTask>& tasks;
    const Behaviour& behaviour;
    int concurrency = 1;
    double iterations_per_ms = 1;
    std::uint64_t max_body_bytes = kDefaultMaxBodyBytes;
    std::string worker_executable;  // processes mode only
    Recorder& recorder;
    CancelSource& cancel;
    ResourceUsage& child_usage;  // processes mode adds what its children used
    ResourceMeter& meter;        // each thread a runner starts counts itself in (CountedThread)

    long timeout_ms() const { return static_cast<long>(behaviour.timeout_s * 1000); }
    std::uint64_t interpreter_iterations() const {
        return iterations_for_ms(behaviour.interpreter_ms, iterations_per_ms);
    }
};

class Runner {
public:
    virtual ~Runner() = default;
    virtual void run(RunContext& context) = 0;
};

std::unique_ptr<Runner> make_runner(Mode mode);

}  // namespace overlap
