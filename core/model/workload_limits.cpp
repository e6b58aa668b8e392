// The workload limits' checks and their one wording of a refusal.
#include "model/workload_limits.hpp"

#include <charconv>
#include <string_view>

#include "model/number_text.hpp"

namespace overlap {

namespace {

std::optional<double> number_in(std::string_view text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// What a {server} URL asks of the embedded server; the URLs ServerShape writes.
// A number that does not read is kept as text, so the refusal can quote it
// rather than the server answering 400 task by task.
struct Asked {
    std::optional<double> delay_s;
    double jitter_s = 0;
    std::optional<double> bytes;
    std::optional<std::string> unreadable;  // "delay 'abc' is not a number"
};

std::optional<double> read_number(const char* what, std::string_view text, Asked& asked) {
    const auto value = number_in(text);
    if (!value && !asked.unreadable)
        asked.unreadable = std::string(what) + " '" + std::string(text) + "' is not a number";
    return value;
}

Asked asked_of(std::string_view url) {
    Asked asked;
    if (!url.starts_with(kServerPlaceholder)) return asked;
    url.remove_prefix(std::string_view(kServerPlaceholder).size());
    const auto query = url.find('?');
    const std::string_view path = url.substr(0, query);
    if (path.starts_with("/bytes/")) asked.bytes = read_number("bytes", path.substr(7), asked);
    if (!path.starts_with("/delay/")) return asked;
    asked.delay_s = read_number("delay", path.substr(7), asked);
    if (query == std::string_view::npos) return asked;
    constexpr std::string_view kJitter = "jitter=";
    for (std::string_view parameters = url.substr(query + 1); !parameters.empty();) {
        const auto next = parameters.find('&');
        const std::string_view parameter = parameters.substr(0, next);
        if (parameter.starts_with(kJitter))
            asked.jitter_s =
                read_number("jitter", parameter.substr(kJitter.size()), asked).value_or(0);
        parameters =
            next == std::string_view::npos ? std::string_view() : parameters.substr(next + 1);
    }
    return asked;
}

std::optional<std::string> task_problem(const TaskSpec& task) {
    if (auto problem = limit_problem(kCpuMsLimit, task.cpu_ms)) return problem;
    const Asked asked = asked_of(task.url);
    if (asked.unreadable) return asked.unreadable;
    if (asked.bytes) return limit_problem(kBytesLimit, *asked.bytes);
    if (!asked.delay_s) return std::nullopt;
    if (auto problem = limit_problem(kDelayLimit, *asked.delay_s)) return problem;
    if (auto problem = limit_problem(kJitterLimit, asked.jitter_s)) return problem;
    return limit_problem(kWaitLimit, *asked.delay_s + asked.jitter_s);
}

}  // namespace

const Limit& concurrency_limit(Mode mode) {
    static constexpr Limit kSequential{"sequential tasks at once", 1, 1, "", ""};
    switch (mode) {
        case Mode::Threads:
            return kThreadsLimit;
        case Mode::Async:
            return kAsyncLimit;
        case Mode::Processes:
            return kProcessesLimit;
        case Mode::Sequential:
            break;
    }
    return kSequential;
}

std::optional<std::string> limit_problem(const Limit& limit, double value) {
    if (value >= limit.min && value <= limit.max) return std::nullopt;  // false for NaN too
    return std::string(limit.name) + " must be from " + number_text(limit.min) + " to " +
           number_text(limit.max) + limit.unit + limit.reason + " (got " + number_text(value) + ")";
}

std::optional<std::string> workload_limits_problem(const Workload& workload) {
    if (auto problem = limit_problem(kTasksLimit, static_cast<double>(workload.tasks.size())))
        return problem;
    if (auto problem = limit_problem(kTimeoutLimit, workload.behaviour.timeout_s)) return problem;
    if (auto problem = limit_problem(kInterpreterMsLimit, workload.behaviour.interpreter_ms))
        return problem;
    for (std::size_t i = 0; i < workload.tasks.size(); ++i) {
        // A uniform batch (every one the CLI's flags or the window's form make)
        // trips on its first task, so that message is the flag's; later ones name the task.
        if (auto problem = task_problem(workload.tasks[i]))
            return i == 0 ? problem : "task " + std::to_string(i + 1) + ": " + *problem;
    }
    return std::nullopt;
}

std::optional<std::string> mode_limits_problem(const ModeConfig& config) {
    return limit_problem(concurrency_limit(config.mode), config.effective_concurrency());
}

}  // namespace overlap
