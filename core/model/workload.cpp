// Workloads as data: building them, resolving their URLs, checking what they
// may fetch, and scaling their clock for presets.
#include "model/workload.hpp"

#include "model/workload_limits.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <string_view>

namespace overlap {

namespace {

void replace_all(std::string& text, std::string_view from, const std::string& to) {
    for (auto pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
        text.replace(pos, from.size(), to);
    }
}

// to_chars, not printf: the window runs under the user's locale, and a
// decimal comma would turn /delay/0.5 into /delay/0,5.
std::string format_seconds(double seconds) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, seconds);
    return std::string(buffer, result.ptr);
}

// "0.5" times factor, formatted as ServerShape writes it; nullopt if not a number.
std::optional<std::string> scaled_seconds(std::string_view text, double factor) {
    double seconds = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    // To the nanosecond, so 1.5 × 0.2 reads 0.3, not 0.30000000000000004.
    return format_seconds(std::round(seconds * factor * 1e9) / 1e9);
}

// "{server}/delay/1?jitter=0.5&seed={i}" → "{server}/delay/0.2?jitter=0.1&seed={i}" for 0.2.
std::string scaled_delay_url(const std::string& url, double factor) {
    const std::string prefix = std::string(kServerPlaceholder) + "/delay/";
    if (!url.starts_with(prefix)) return url;
    const std::string_view rest = std::string_view(url).substr(prefix.size());
    const auto query = rest.find('?');
    const auto delay = scaled_seconds(rest.substr(0, query), factor);
    if (!delay) return url;  // the server answers 400, scaled or not
    std::string scaled = prefix + *delay;
    if (query == std::string_view::npos) return scaled;
    // Of the query's parameters only jitter is a duration.
    constexpr std::string_view kJitter = "jitter=";
    char separator = '?';
    for (std::string_view parameters = rest.substr(query + 1);;) {
        const auto next = parameters.find('&');
        const std::string_view parameter = parameters.substr(0, next);
        const auto jitter = parameter.starts_with(kJitter)
                                ? scaled_seconds(parameter.substr(kJitter.size()), factor)
                                : std::nullopt;
        scaled += separator;
        scaled += jitter ? std::string(kJitter) + *jitter : std::string(parameter);
        if (next == std::string_view::npos) return scaled;
        parameters.remove_prefix(next + 1);
        separator = '&';
    }
}

// Only the web: what every runner's libcurl handle allows (kFetchedSchemes).
bool fetchable(std::string_view url) {
    if (url.empty() || url.starts_with(kServerPlaceholder)) return true;  // CPU-only, or the embedded server
    const auto scheme_end = url.find("://");
    if (scheme_end == std::string_view::npos || scheme_end == 0) return false;
    std::string scheme(url.substr(0, scheme_end));
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view listed = kFetchedSchemes; !listed.empty();) {
        const auto comma = listed.find(',');
        if (listed.substr(0, comma) == scheme) return true;
        listed = comma == std::string_view::npos ? std::string_view() : listed.substr(comma + 1);
    }
    return false;
}

// A URL as a message quotes it: long ones cut, so the message stays one line's worth.
std::string quoted_url(std::string_view url) {
    constexpr std::size_t kShown = 80;
    if (url.size() <= kShown) return "'" + std::string(url) + "'";
    return "'" + std::string(url.substr(0, kShown)) + "...' (" + std::to_string(url.size()) + " characters)";
}

}  // namespace

std::optional<std::string> workload_problem(const Workload& workload) {
    for (std::size_t i = 0; i < workload.tasks.size(); ++i) {
        const std::string& url = workload.tasks[i].url;
        if (!fetchable(url)) {
            return "task " + std::to_string(i + 1) + "'s URL " + quoted_url(url) +
                   " is not http:// or https://, the only URLs Overlap fetches";
        }
    }
    return workload_limits_problem(workload);
}

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

Workload scale_time(Workload workload, double factor) {
    for (auto& task : workload.tasks) {
        task.url = scaled_delay_url(task.url, factor);
        task.cpu_ms *= factor;
        if (task.expected_s) *task.expected_s *= factor;
    }
    workload.behaviour.timeout_s *= factor;
    workload.behaviour.interpreter_ms *= factor;
    return workload;
}

}  // namespace overlap
