// The one definition of each derived number: summary, speed-up and its
// baseline, failure count, ideal makespan, tasks in flight.
#include "analysis/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>

namespace overlap {

namespace {

// Nearest-rank percentile: the smallest recorded latency that at least p% of
// tasks do not exceed. Always a value that really occurred. `sorted` is non-empty.
double percentile(const std::vector<double>& sorted, double p) {
    const auto rank =
        static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

void count_outcome(Summary& summary, Outcome outcome) {
    switch (outcome) {
        case Outcome::Ok:
            ++summary.ok;
            break;
        case Outcome::HttpError:
            ++summary.http_errors;
            break;
        case Outcome::Error:
            ++summary.errors;
            break;
        case Outcome::Timeout:
            ++summary.timeouts;
            break;
        case Outcome::Cancelled:
            ++summary.cancelled;
            break;
        case Outcome::Pending:
            break;
    }
}

// How many of the run's threads can compute at once, and what limits them.
std::pair<int, IdealCap> computing_lanes(const RunRecord& run, int cores) {
    const int workers = run.config.effective_concurrency();
    switch (run.config.mode) {
        case Mode::Sequential:
            return {1, IdealCap::Concurrency};
        case Mode::Async:
            return {1, run.behaviour.gil ? IdealCap::Gil : IdealCap::EventLoop};
        case Mode::Threads:
            if (run.behaviour.gil) return {1, IdealCap::Gil};
            break;
        case Mode::Processes:  // each process has a GIL of its own
            break;
    }
    if (cores > 0 && cores < workers) return {cores, IdealCap::Cores};
    return {workers, IdealCap::Concurrency};
}

// CPython's own work per request (Behaviour::interpreter_ms) always holds an
// interpreter lock, GIL emulation or not: the one lock threads share, the
// event loop's thread, or each process's own.
std::pair<int, IdealCap> interpreter_lanes(const RunRecord& run, int cores) {
    switch (run.config.mode) {
        case Mode::Threads:
            return {1, IdealCap::Gil};
        case Mode::Async:
            return {1, IdealCap::EventLoop};
        case Mode::Processes:
            return computing_lanes(run, cores);
        case Mode::Sequential:
            break;
    }
    return {1, IdealCap::Concurrency};
}

void set_ideal(Summary& summary, const RunRecord& run, const Workload& workload, int cores) {
    if (workload.tasks.empty()) return;
    std::vector<double> durations;
    durations.reserve(workload.tasks.size());
    double cpu_s = 0;
    double interpreter_s = 0;
    for (const TaskSpec& task : workload.tasks) {
        if (!task.expected_s) return;
        const double interpreter = task.url.empty() ? 0 : run.behaviour.interpreter_ms / 1000.0;
        durations.push_back(*task.expected_s + task.cpu_ms / 1000.0 + interpreter);
        cpu_s += task.cpu_ms / 1000.0;
        interpreter_s += interpreter;
    }
    const double scheduled = ideal_makespan(durations, run.config.effective_concurrency());
    auto [lanes, cap] = computing_lanes(run, cores);
    const auto [interpreter_lanes_n, interpreter_cap] = interpreter_lanes(run, cores);
    // Work that needs the same lanes queues for them together; otherwise the
    // busier kind of work bounds the run.
    double computing = 0;
    if (lanes == interpreter_lanes_n) {
        computing = (cpu_s + interpreter_s) / lanes;
        if (cpu_s == 0) cap = interpreter_cap;
    } else if (interpreter_s / interpreter_lanes_n > cpu_s / lanes) {
        computing = interpreter_s / interpreter_lanes_n;
        cap = interpreter_cap;
    } else {
        computing = cpu_s / lanes;
    }
    // Within a microsecond the two bounds are the same: the concurrency caps.
    const bool capped = computing > scheduled + 1e-6;
    summary.ideal_s = capped ? computing : scheduled;
    summary.ideal_cap = capped ? cap : IdealCap::Concurrency;
    summary.cores = cores;
}

}  // namespace

double ideal_makespan(const std::vector<double>& durations, int workers) {
    const auto count = static_cast<std::size_t>(std::max(workers, 1));
    // Free times of the workers; the earliest is on top.
    std::priority_queue<double, std::vector<double>, std::greater<>> free_at(
        std::greater<>{}, std::vector<double>(std::min(count, durations.size()), 0.0));
    double makespan = 0;
    for (double duration : durations) {
        const double end = free_at.top() + duration;
        free_at.pop();
        free_at.push(end);
        makespan = std::max(makespan, end);
    }
    return makespan;
}

std::optional<double> speed_up(const Summary& run, const Summary& baseline) {
    // Every task failed (ok counts nothing while the failure counts do), or
    // the user stopped the run: its makespan is then when it stopped, not
    // how long the work took, and a run stopped early would read fastest.
    const auto not_comparable = [](const Summary& s) {
        return (s.ok == 0 && failed_tasks(s) > 0) || s.cancelled > 0;
    };
    if (not_comparable(run) || not_comparable(baseline) || run.makespan_s <= 0 ||
        baseline.makespan_s <= 0) {
        return std::nullopt;
    }
    return baseline.makespan_s / run.makespan_s;
}

const RunRecord* speed_up_baseline(std::span<const RunRecord> runs) {
    const auto sequential = std::find_if(runs.begin(), runs.end(), [](const RunRecord& run) {
        return run.config.mode == Mode::Sequential;
    });
    return sequential == runs.end() ? nullptr : &*sequential;
}

int failed_tasks(const Summary& summary) {
    return summary.http_errors + summary.errors + summary.timeouts;
}

std::vector<std::pair<double, int>> in_flight_steps(const RunRecord& run) {
    std::vector<std::pair<double, int>> changes;  // (time, +1 or -1)
    for (const TaskRecord& task : run.tasks) {
        if (!task.start_s || !task.end_s) continue;
        changes.emplace_back(*task.start_s, +1);
        changes.emplace_back(*task.end_s, -1);
    }
    // At equal times -1 sorts first: intervals are half-open.
    std::sort(changes.begin(), changes.end());
    std::vector<std::pair<double, int>> steps;
    int count = 0;
    for (std::size_t i = 0; i < changes.size();) {
        const double time = changes[i].first;
        for (; i < changes.size() && changes[i].first == time; ++i) count += changes[i].second;
        if (steps.empty() || steps.back().second != count) steps.emplace_back(time, count);
    }
    return steps;
}

std::string ideal_cap_text(const Summary& summary) {
    return ideal_cap_text(summary.ideal_cap, summary.cores);
}

std::string ideal_cap_text(IdealCap cap, int cores) {
    switch (cap) {
        case IdealCap::Concurrency:
            return {};
        case IdealCap::Cores:
            return std::to_string(cores) + (cores == 1 ? " core" : " cores");
        case IdealCap::Gil:
            return "GIL: one at a time";
        case IdealCap::EventLoop:
            return "one event loop thread";
    }
    return {};
}

Summary summarise(const RunRecord& run, const Workload& workload, const ResourceUsage& usage,
                  int cores) {
    Summary summary;
    std::vector<double> latencies;
    int finished = 0;
    for (const TaskRecord& task : run.tasks) {
        count_outcome(summary, task.outcome);
        if (!task.end_s) continue;
        summary.makespan_s = std::max(summary.makespan_s, *task.end_s);
        // Cancelled tasks were stopped, not served: they count as neither
        // throughput nor latency.
        if (task.outcome == Outcome::Pending || task.outcome == Outcome::Cancelled) continue;
        ++finished;
        if (task.start_s) latencies.push_back(*task.end_s - *task.start_s);
    }
    if (summary.makespan_s > 0) summary.throughput_per_s = finished / summary.makespan_s;
    if (!latencies.empty()) {
        std::sort(latencies.begin(), latencies.end());
        summary.latency_p50_s = percentile(latencies, 50);
        summary.latency_p95_s = percentile(latencies, 95);
        summary.latency_p99_s = percentile(latencies, 99);
        summary.latency_max_s = latencies.back();
    }
    for (const auto& step : in_flight_steps(run)) {
        summary.peak_in_flight = std::max(summary.peak_in_flight, step.second);
    }

    set_ideal(summary, run, workload, cores);
    // The ideal is for the whole workload run as planned: a run stopped early,
    // or with a task that failed instead of taking its time, is not "more
    // efficient than ideal", it has no efficiency (see the header).
    const bool all_ok = !run.tasks.empty() && summary.ok == static_cast<int>(run.tasks.size());
    if (summary.ideal_s && summary.makespan_s > 0 && all_ok) {
        summary.efficiency = *summary.ideal_s / summary.makespan_s;
    }
    summary.resources = usage;
    return summary;
}

}  // namespace overlap
