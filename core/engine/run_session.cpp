#include "engine/run_session.hpp"

#include <algorithm>
#include <cmath>

#include "engine/async_runner.hpp"
#include "engine/clock.hpp"
#include "engine/cpu_work.hpp"
#include "engine/pool_runner.hpp"
#include "engine/process_runner.hpp"
#include "analysis/statistics.hpp"
#include "system/cpu_load.hpp"
#include "system/resource_usage.hpp"

namespace overlap {

namespace {

std::vector<std::string> resolved_urls(const Workload& workload, const std::string& server_base) {
    std::vector<std::string> urls;
    urls.reserve(workload.tasks.size());
    for (std::size_t i = 0; i < workload.tasks.size(); ++i) {
        urls.push_back(resolve_url(workload.tasks[i].url, server_base, i));
    }
    return urls;
}

void add_children(ResourceUsage& usage, const ResourceUsage& children) {
    usage.cpu_user_s += children.cpu_user_s;
    usage.cpu_sys_s += children.cpu_sys_s;
    usage.peak_rss_mb += children.peak_rss_mb;
    usage.processes = children.processes;
    usage.voluntary_switches += children.voluntary_switches;
    usage.involuntary_switches += children.involuntary_switches;
}

}  // namespace

std::unique_ptr<Runner> make_runner(Mode mode) {
    switch (mode) {
        case Mode::Sequential:
            return std::make_unique<PoolRunner>(/*sequential=*/true);
        case Mode::Threads:
            return std::make_unique<PoolRunner>(/*sequential=*/false);
        case Mode::Async:
            return std::make_unique<AsyncRunner>();
        case Mode::Processes:
            return std::make_unique<ProcessRunner>();
    }
    return nullptr;
}

RunSession::RunSession(Workload workload, ModeConfig config, EngineOptions options)
    : workload_(std::move(workload)),
      config_(config),
      options_(std::move(options)),
      urls_(resolved_urls(workload_, options_.server_base)),
      builder_(config_, workload_.behaviour, urls_, now_ns()),
      cancel_(std::make_unique<CancelSource>()),
      runner_(make_runner(config.mode)) {}

RunSession::~RunSession() {
    cancel();
    if (thread_.joinable()) thread_.join();
}

void RunSession::start() {
    builder_.set_origin(now_ns());
    thread_ = std::thread([this] { run(); });
}

void RunSession::cancel() { cancel_->cancel(); }

bool RunSession::wait_for(std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

void RunSession::run() {
    if (options_.cpu_iterations_per_ms <= 0) {
        options_.cpu_iterations_per_ms =
            calibrated_cpu_iterations_per_ms(default_calibration_file());
    }
    std::vector<ResolvedTask> tasks;
    tasks.reserve(workload_.tasks.size());
    for (std::size_t i = 0; i < workload_.tasks.size(); ++i) {
        tasks.push_back({static_cast<std::uint32_t>(i), urls_[i],
                         iterations_for_ms(workload_.tasks[i].cpu_ms, options_.cpu_iterations_per_ms)});
    }
    ResourceUsage children;
    // Before the run, so other programs' load is read without the run's own.
    const double pressure_before = cpu_pressure_pct();
    ResourceMeter meter;
    RunContext context{tasks,
                       workload_.behaviour,
                       config_.effective_concurrency(),
                       options_.cpu_iterations_per_ms,
                       options_.max_body_bytes,
                       options_.worker_executable,
                       recorder_,
                       *cancel_,
                       children,
                       meter};
    try {
        runner_->run(context);
    } catch (const std::exception& error) {
        // A runner that cannot go on (no threads left, no descriptors) ends
        // the run; every task it did not finish carries the reason.
        failure_ = error.what();
    }
    usage_ = meter.stop();
    add_children(usage_, children);
    pressure_pct_ = std::max(pressure_before, cpu_pressure_pct());
    done_.store(true, std::memory_order_release);
}

const RunRecord& RunSession::update() {
    EventBatch batch;
    recorder_.drain(batch);
    if (!batch.empty()) builder_.apply(batch);
    return builder_.record();
}

RunRecord RunSession::result() {
    if (thread_.joinable()) thread_.join();
    update();
    if (!failure_.empty()) {
        for (auto& task : builder_.record().tasks) {
            if (task.outcome == Outcome::Pending && task.error.empty()) task.error = failure_;
        }
    }
    builder_.finish(cancel_->cancelled());
    RunRecord record = std::move(builder_.record());
    record.summary = summarise(record, workload_, usage_, usable_cores());
    record.summary.cpu_pressure_pct = pressure_pct_;
    return record;
}

}  // namespace overlap
