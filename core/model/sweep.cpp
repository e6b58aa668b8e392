// A sweep's values read from text, checked against the workload limits, and
// turned into the plan each value runs.
#include "model/sweep.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "model/number_text.hpp"
#include "model/workload_limits.hpp"

namespace overlap {

namespace {

constexpr SweepParam kAllParams[] = {SweepParam::Concurrency, SweepParam::Tasks, SweepParam::Delay,
                                     SweepParam::CpuMs};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

// from_chars, not strtod: no locale, so "0.5" reads the same under a decimal comma.
std::optional<double> number_in(std::string_view text) {
    text = trimmed(text);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
        !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::vector<double>> failed(std::string* error, std::string message) {
    if (error) *error = std::move(message);
    return std::nullopt;
}

// "1..64x2": from, up to and including `to`, each value `factor` times the last.
std::optional<std::vector<double>> geometric_range(std::string_view text, std::string* error) {
    const auto dots = text.find("..");
    const auto times = text.find('x', dots == std::string_view::npos ? 0 : dots);
    if (dots == std::string_view::npos || times == std::string_view::npos)
        return failed(error, "a range reads FROM..TOxFACTOR, as in 1..64x2");
    const auto from = number_in(text.substr(0, dots));
    const auto to = number_in(text.substr(dots + 2, times - dots - 2));
    const auto factor = number_in(text.substr(times + 1));
    if (!from || !to || !factor)
        return failed(error, "a range reads FROM..TOxFACTOR with three numbers, as in 1..64x2");
    if (*factor <= 1)
        return failed(error, "the range's factor must be above 1, not " + number_text(*factor));
    if (*from <= 0)
        return failed(error, "a geometric range starts above 0, not at " + number_text(*from));
    if (*from > *to)
        return failed(error, "the range's start " + number_text(*from) + " is above its end " +
                                 number_text(*to));
    std::vector<double> values;
    for (int k = 0;; ++k) {
        // From the start each time, rounded to the nanosecond, so 0.1..0.8x2
        // ends on 0.8 and not on 0.8000000000000002.
        const double value = std::round(*from * std::pow(*factor, k) * 1e9) / 1e9;
        if (value > *to * (1 + 1e-12)) break;
        if (values.size() == kMaxSweepValues)
            return failed(error, "the range gives more than " + std::to_string(kMaxSweepValues) +
                                     " values, the most a sweep runs");
        values.push_back(value);
    }
    return values;
}

bool whole(double value) { return value == std::floor(value); }

// The value as the parameter's limit names it, or why it cannot be one.
std::optional<std::string> value_problem(SweepParam param, double value, const SweepSpec& spec) {
    switch (param) {
        case SweepParam::Concurrency:
            if (!whole(value) || value < 1)
                return "concurrency values are whole numbers from 1 (got " + number_text(value) +
                       ")";
            for (Mode mode : spec.modes) {
                if (auto problem = limit_problem(concurrency_limit(mode),
                                                 mode == Mode::Sequential ? 1 : value))
                    return problem;
            }
            return std::nullopt;
        case SweepParam::Tasks:
            if (!whole(value))
                return "task counts are whole numbers (got " + number_text(value) + ")";
            return limit_problem(kTasksLimit, value);
        case SweepParam::Delay:
            return limit_problem(kDelayLimit, value);
        case SweepParam::CpuMs:
            return limit_problem(kCpuMsLimit, value);
    }
    return std::nullopt;
}

bool fetches_delay(const TaskSpec& task) {
    return task.url.starts_with(std::string(kServerPlaceholder) + "/delay/");
}

// The task fetching /delay/<delay_s> instead, its query (jitter, seed) kept;
// its expected duration follows unless jitter left it unknown.
TaskSpec with_delay(TaskSpec task, double delay_s) {
    if (!fetches_delay(task)) return task;
    const auto query = task.url.find('?');
    task.url = ServerShape{.delay_s = delay_s}.url() +
               (query == std::string::npos ? std::string() : task.url.substr(query));
    if (task.expected_s) task.expected_s = delay_s;
    return task;
}

}  // namespace

const char* to_string(SweepParam param) {
    switch (param) {
        case SweepParam::Concurrency:
            return "concurrency";
        case SweepParam::Tasks:
            return "tasks";
        case SweepParam::Delay:
            return "delay";
        case SweepParam::CpuMs:
            return "cpu";
    }
    return "unknown";
}

std::optional<SweepParam> sweep_param_from_string(std::string_view name) {
    for (SweepParam param : kAllParams) {
        if (name == to_string(param)) return param;
    }
    return std::nullopt;
}

std::optional<std::vector<double>> parse_sweep_values(std::string_view text, std::string* error) {
    text = trimmed(text);
    if (text.empty()) return failed(error, "lists no values");
    if (text.find("..") != std::string_view::npos) return geometric_range(text, error);
    std::vector<double> values;
    for (std::size_t entry = 1;; ++entry) {
        const auto comma = text.find(',');
        const std::string_view item = trimmed(text.substr(0, comma));
        if (item.empty()) return failed(error, "entry " + std::to_string(entry) + " is empty");
        const auto value = number_in(item);
        if (!value) return failed(error, "'" + std::string(item) + "' is not a number");
        if (std::find(values.begin(), values.end(), *value) != values.end())
            return failed(error, number_text(*value) + " is listed twice");
        if (values.size() == kMaxSweepValues)
            return failed(error, "lists more than " + std::to_string(kMaxSweepValues) +
                                     " values, the most a sweep runs");
        values.push_back(*value);
        if (comma == std::string_view::npos) return values;
        text.remove_prefix(comma + 1);
    }
}

std::optional<std::string> sweep_problem(const SweepSpec& spec) {
    if (spec.values.empty()) return "the sweep has no values";
    if (spec.values.size() > kMaxSweepValues)
        return "the sweep has " + std::to_string(spec.values.size()) + " values; it runs at most " +
               std::to_string(kMaxSweepValues);
    if (spec.modes.empty()) return "the sweep runs no mode";
    if (spec.repeat < 1 || spec.repeat > kMaxSweepRepeat)
        return "repeat must be from 1 to " + std::to_string(kMaxSweepRepeat) + " (got " +
               std::to_string(spec.repeat) + ")";
    if (spec.workload.tasks.empty()) return "the workload has no task";
    if (spec.param == SweepParam::Delay &&
        std::none_of(spec.workload.tasks.begin(), spec.workload.tasks.end(), fetches_delay))
        return "a delay sweep needs tasks that fetch the embedded server's /delay/";
    if (spec.param != SweepParam::Concurrency) {
        for (Mode mode : spec.modes) {
            if (auto problem = mode_limits_problem({mode, spec.concurrency})) return problem;
        }
    }
    for (double value : spec.values) {
        if (auto problem = value_problem(spec.param, value, spec)) return problem;
    }
    // What the parameter does to the rest (a delay plus the tasks' jitter
    // over the server's wait, say), at the extremes, where it would show.
    const auto [least, most] = std::minmax_element(spec.values.begin(), spec.values.end());
    for (double value : {*least, *most}) {
        if (auto problem = workload_problem(sweep_point_plan(spec, value).workload))
            return "at " + number_text(value) + ": " + *problem;
    }
    return std::nullopt;
}

RunPlan sweep_point_plan(const SweepSpec& spec, double value) {
    Workload workload = spec.workload;
    int concurrency = spec.concurrency;
    switch (spec.param) {
        case SweepParam::Concurrency:
            concurrency = static_cast<int>(value);
            break;
        case SweepParam::Tasks:
            if (!workload.tasks.empty())
                workload.tasks.assign(static_cast<std::size_t>(value), workload.tasks.front());
            break;
        case SweepParam::Delay:
            for (TaskSpec& task : workload.tasks) task = with_delay(std::move(task), value);
            break;
        case SweepParam::CpuMs:
            for (TaskSpec& task : workload.tasks) task.cpu_ms = value;
            break;
    }
    std::vector<ModeConfig> configs;
    for (Mode mode : spec.modes) {
        for (int r = 0; r < spec.repeat; ++r) configs.push_back({mode, concurrency});
    }
    return plan_for_modes(std::move(workload), configs);
}

SweepSpec preset_sweep_spec(const Preset& preset) {
    const PresetSweep& sweep = preset.sweep.value();
    return {sweep.param,  sweep.values,    sweep.modes,
            sweep.repeat, preset.workload, sweep.concurrency};
}

}  // namespace overlap
