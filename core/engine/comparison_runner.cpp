// The comparison loop, in one place for `overlap run` and the window.
#include "engine/comparison_runner.hpp"

#include "system/wall_clock.hpp"

namespace overlap {

ComparisonRunner::ComparisonRunner(RunPlan plan, EngineOptions engine,
                                   std::string server_executable)
    : plan_(std::move(plan)),
      engine_(std::move(engine)),
      server_executable_(std::move(server_executable)) {}

ComparisonRunner::ComparisonRunner(RunPlan plan, EngineOptions engine, ServerProcess& server)
    : plan_(std::move(plan)), engine_(std::move(engine)), watched_(&server) {
    engine_.server_base = server.base_url();
}

ComparisonRunner::~ComparisonRunner() = default;

void ComparisonRunner::start() {
    if (engine_.server_base.empty() && plan_.workload.uses_server() &&
        !server_executable_.empty()) {
        server_.emplace(server_executable_);
        watched_ = &*server_;
        engine_.server_base = server_->base_url();
    }
    result_.runs.workload = plan_.workload;
    result_.runs.server = engine_.server_base;
    result_.runs.recorded_at = utc_now_iso8601();
    // A server kept across comparisons may have died while the window was idle.
    if (plan_.workload.uses_server()) note_server_death("before the comparison started; no mode was run");
    start_next();
}

void ComparisonRunner::start_next() {
    const std::size_t index = result_.runs.runs.size();
    if (cancelled_ || result_.server_death || index >= plan_.runs.size()) {
        result_.not_run = plan_.runs.size() - index;
        return;
    }
    session_ =
        std::make_unique<RunSession>(plan_.workload_for(index), plan_.runs[index].config, engine_);
    session_->start();
    run_started_ = std::chrono::steady_clock::now();
    live_ = &session_->update();
}

bool ComparisonRunner::poll(std::chrono::milliseconds wait) {
    if (!session_) return false;
    // Read done() before draining, so this drain or result() sees the last events.
    const bool done = session_->wait_for(wait);
    live_ = &session_->update();
    if (!done) return false;
    finish_run();
    start_next();
    return true;
}

void ComparisonRunner::finish_run() {
    const std::size_t index = result_.runs.runs.size();
    result_.runs.runs.push_back(session_->result());
    session_.reset();
    live_ = nullptr;
    // Checked after every run: each of the next runs' tasks would only fail
    // with "connection refused", which hides the cause.
    note_server_death("during the " + std::string(to_string(plan_.runs[index].config.mode)) +
                      " run" +
                      (index + 1 < plan_.runs.size() ? "; the modes after it were not run" : ""));
}

void ComparisonRunner::note_server_death(const std::string& when) {
    if (const auto death = watched_ ? watched_->exited() : std::nullopt)
        result_.server_death = "the embedded server at " + engine_.server_base + " " + *death + " " + when;
}

void ComparisonRunner::cancel() {
    cancelled_ = true;
    if (session_) session_->cancel();
}

ComparisonProgress ComparisonRunner::progress() const {
    ComparisonProgress progress;
    progress.index = result_.runs.runs.size();
    if (!session_) return progress;
    progress.live = live_;
    progress.finished_tasks = session_->finished_tasks();
    progress.total_tasks = session_->total_tasks();
    progress.elapsed_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - run_started_).count();
    return progress;
}

ComparisonResult ComparisonRunner::result() { return std::move(result_); }

}  // namespace overlap
