#include "system/resource_usage.hpp"

#include <chrono>
#include <fstream>
#include <string>

namespace overlap {

namespace {

double seconds(const timeval& time) { return static_cast<double>(time.tv_sec) + time.tv_usec * 1e-6; }

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
    // Writing 5 to clear_refs resets VmHWM (Linux ≥ 4.0), so the peak is this run's.
    std::ofstream("/proc/self/clear_refs") << "5";
    getrusage(RUSAGE_SELF, &start_);
    // Threads come and go within milliseconds (a pool of 10,000): sample often.
    sampler_ = std::jthread([this] { sample_threads(); });
}

ResourceMeter::~ResourceMeter() { stopping_.store(true); }

void ResourceMeter::sample_threads() {
    while (!stopping_.load()) {
        const int threads = static_cast<int>(status_field("Threads:")) - 1;  // not counting the sampler
        int seen = max_threads_.load();
        while (threads > seen && !max_threads_.compare_exchange_weak(seen, threads)) {
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

ResourceUsage ResourceMeter::stop() {
    stopping_.store(true);
    if (sampler_.joinable()) sampler_.join();
    rusage end{};
    getrusage(RUSAGE_SELF, &end);
    ResourceUsage usage;
    usage.cpu_user_s = seconds(end.ru_utime) - seconds(start_.ru_utime);
    usage.cpu_sys_s = seconds(end.ru_stime) - seconds(start_.ru_stime);
    usage.voluntary_switches = end.ru_nvcsw - start_.ru_nvcsw;
    usage.involuntary_switches = end.ru_nivcsw - start_.ru_nivcsw;
    usage.peak_rss_mb = static_cast<double>(peak_rss_kib()) / 1024.0;
    usage.max_threads = max_threads_.load();
    return usage;
}

}  // namespace overlap
