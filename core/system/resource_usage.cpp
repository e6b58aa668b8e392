#include "system/resource_usage.hpp"

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>

namespace overlap {

namespace {

double seconds(const timeval& time) {
    return static_cast<double>(time.tv_sec) + time.tv_usec * 1e-6;
}

// A field of /proc/self/status such as "VmHWM:" or "Threads:"; -1 if absent.
long status_field(const char* name) {
    std::ifstream status("/proc/self/status");
    std::string key;
    long value = -1;
    while (status >> key) {
        if (key == name) {
            status >> value;
            return value;
        }
        status.ignore(4096, '\n');
    }
    return -1;
}

}  // namespace

long peak_rss_kib() { return status_field("VmHWM:"); }

ResourceMeter::ResourceMeter() {
    // An earlier run's freed memory (10,000 threads' arenas) stays resident
    // until the heap is trimmed, and would count in this run's peak: the
    // figures then depended on which mode ran first. Give it back first.
    malloc_trim(0);
    // Writing 5 to clear_refs resets VmHWM (Linux ≥ 4.0), so the peak is this run's.
    std::ofstream("/proc/self/clear_refs") << "5";
    getrusage(RUSAGE_THREAD, &start_);
    threads_before_ = static_cast<int>(status_field("Threads:"));
    // Threads come and go within milliseconds (a pool of 10,000): sample often.
    sampler_ = std::jthread([this] { sample_threads(); });
}

ResourceMeter::~ResourceMeter() { stopping_.store(true); }

void ResourceMeter::sample_threads() {
    while (!stopping_.load()) {
        const int threads =
            static_cast<int>(status_field("Threads:")) - 1;  // not counting the sampler
        int seen = max_threads_.load();
        while (threads > seen && !max_threads_.compare_exchange_weak(seen, threads)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

void ResourceMeter::add(const rusage& usage, const rusage& since) {
    std::lock_guard lock(mutex_);
    threads_.cpu_user_s += seconds(usage.ru_utime) - seconds(since.ru_utime);
    threads_.cpu_sys_s += seconds(usage.ru_stime) - seconds(since.ru_stime);
    threads_.voluntary_switches += usage.ru_nvcsw - since.ru_nvcsw;
    threads_.involuntary_switches += usage.ru_nivcsw - since.ru_nivcsw;
}

void ResourceMeter::add_calling_thread() {
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    add(usage, rusage{});
}

ResourceUsage ResourceMeter::stop() {
    stopping_.store(true);
    if (sampler_.joinable()) sampler_.join();
    rusage end{};
    getrusage(RUSAGE_THREAD, &end);
    add(end, start_);
    std::lock_guard lock(mutex_);
    ResourceUsage usage = threads_;
    usage.peak_rss_mb = static_cast<double>(peak_rss_kib()) / 1024.0;
    // The constructing thread and those the run started; the rest of the
    // process (the window's GUI and Qt's helpers) was there before.
    usage.max_threads = std::max(1, max_threads_.load() - threads_before_ + 1);
    return usage;
}

}  // namespace overlap
