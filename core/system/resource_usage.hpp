// What a run cost the operating system: CPU time, context switches (getrusage),
// the peak resident set (VmHWM, reset per run) and the most threads alive.
#pragma once

#include <sys/resource.h>

#include <atomic>
#include <thread>

#include "model/run_record.hpp"

namespace overlap {

// This process's peak resident set (VmHWM) in KiB, or -1 where unknown.
long peak_rss_kib();

// Measures this process from construction to stop(); children are added by
// the runner that reaps them (wait4 reports their usage exactly).
class ResourceMeter {
public:
    ResourceMeter();
    ~ResourceMeter();
    ResourceUsage stop();

private:
    void sample_threads();

    rusage start_{};
    std::atomic<bool> stopping_{false};
    std::atomic<int> max_threads_{0};
    std::jthread sampler_;
};

}  // namespace overlap
