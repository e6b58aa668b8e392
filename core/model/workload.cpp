#include "model/workload.hpp"

#include <cstdio>

namespace overlap {

namespace {

void replace_all(std::string& text, std::string_view from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
        text.replace(pos, from.size(), to);
    }
}

std::string format_seconds(double seconds) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", seconds);
    return buffer;
}

}  // namespace

bool Workload::uses_server() const {
    for (const auto& task : tasks) {
        if (task.url.find(kServerPlaceholder) != std::string::npos) return true;
    }
    return false;
}

std::string ServerShape::url() const {
    std::string base = kServerPlaceholder;
    if (status != 0) return base + "/status/" + std::to_string(status);
    if (bytes > 0) return base + "/bytes/" + std::to_string(bytes);
    std::string url = base + "/delay/" + format_seconds(delay_s);
    // The seed makes jitter differ per task but stay the same from run to run.
    if (jitter_s > 0) url += "?jitter=" + format_seconds(jitter_s) + "&seed=" + kIndexPlaceholder;
    return url;
}

std::optional<double> ServerShape::expected_s() const {
    if (status != 0 || bytes > 0 || jitter_s > 0) return std::nullopt;
    return delay_s;
}

Workload uniform_workload(int tasks, const std::string& url, double cpu_ms,
                          std::optional<double> expected_s) {
    Workload workload;
    workload.tasks.assign(static_cast<std::size_t>(tasks), TaskSpec{url, cpu_ms, expected_s});
    return workload;
}

std::string resolve_url(const std::string& url, const std::string& server_base, std::size_t index) {
    std::string resolved = url;
    replace_all(resolved, kServerPlaceholder, server_base);
    replace_all(resolved, kIndexPlaceholder, std::to_string(index));
    return resolved;
}

}  // namespace overlap
