// What a run cost the operating system: CPU time, context switches (getrusage
// per thread), the peak resident set (VmHWM, reset per run) and the most
// threads alive.
#pragma once

#include <sys/resource.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "model/run_record.hpp"

namespace overlap {

// This process's peak resident set (VmHWM) in KiB, or -1 where unknown.
long peak_rss_kib();

// Measures a run from construction to stop(): the CPU time and context
// switches of the run's own threads, not of the whole process (in the window
// that would count the GUI thread's drawing too), the peak resident set and
// the most of the run's threads alive at once. Children are added by the runner that reaps them
// (wait4 reports their usage exactly).
class ResourceMeter {
public:
    ResourceMeter();  // on the thread that will call stop()
    ~ResourceMeter();
    ResourceMeter(const ResourceMeter&) = delete;
    ResourceMeter& operator=(const ResourceMeter&) = delete;

    // Counts the calling thread's whole life so far; a thread the run started
    // calls it once, as it ends (see CountedThread).
    void add_calling_thread();
    // Adds the constructing thread's share since construction; call on it.
    ResourceUsage stop();

private:
    void sample_threads();
    void add(const rusage& usage, const rusage& since);

    rusage start_{};  // the constructing thread's, at construction
    std::mutex mutex_;
    ResourceUsage threads_;  // added by add_calling_thread()
    std::atomic<bool> stopping_{false};
    int threads_before_ = 0;  // the process's, at construction
    std::atomic<int> max_threads_{0};
    std::jthread sampler_;
};

// Lives at the top of a thread a run starts and counts that thread in the
// run's meter when the thread's work is over.
class CountedThread {
public:
    explicit CountedThread(ResourceMeter& meter) : meter_(meter) {}
    ~CountedThread() { meter_.add_calling_thread(); }
    CountedThread(const CountedThread&) = delete;
    CountedThread& operator=(const CountedThread&) = delete;

private:
    ResourceMeter& meter_;
};

}  // namespace overlap
