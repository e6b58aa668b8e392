// The sweep loop: a ComparisonRunner per value, all against one embedded
// server, so the server's start-up is paid once and every value meets the
// same server.
#include "engine/sweep_runner.hpp"

#include <stdexcept>

#include "system/wall_clock.hpp"

namespace overlap {

struct SweepRunner::State {
    SweepSpec spec;
    EngineOptions engine;
    std::string server_executable;
    std::optional<ServerProcess> own_server;  // started here when needed
    ServerProcess* server = nullptr;          // own_server or the caller's
    // After own_server, so it is destroyed first: its run may still be fetching.
    std::unique_ptr<ComparisonRunner> comparison;
    SweepResult result;
    std::optional<std::string> server_death;

    void start_point() {
        comparison.reset();
        const std::size_t index = result.points.size();
        if (result.cancelled || server_death || index >= spec.values.size()) return;
        RunPlan plan = sweep_point_plan(spec, spec.values[index]);
        comparison = server ? std::make_unique<ComparisonRunner>(std::move(plan), engine, *server)
                            : std::make_unique<ComparisonRunner>(std::move(plan), engine);
        comparison->start();
    }

    void finish_point() {
        ComparisonResult finished = comparison->result();
        if (finished.server_death) server_death = std::move(finished.server_death);
        // A value cancelled before any run finished has no point: stop here.
        if (finished.runs.runs.empty()) {
            result.cancelled = true;
            return;
        }
        result.points.push_back({spec.values[result.points.size()], std::move(finished.runs)});
    }
};

SweepRunner::SweepRunner(SweepSpec spec, EngineOptions engine, std::string server_executable)
    : state_(std::make_unique<State>()) {
    state_->spec = std::move(spec);
    state_->engine = std::move(engine);
    state_->server_executable = std::move(server_executable);
}

SweepRunner::SweepRunner(SweepSpec spec, EngineOptions engine, ServerProcess& server)
    : SweepRunner(std::move(spec), std::move(engine)) {
    state_->server = &server;
}

SweepRunner::~SweepRunner() = default;

void SweepRunner::start() {
    State& s = *state_;
    if (const auto problem = sweep_problem(s.spec)) throw std::invalid_argument(*problem);
    if (!s.server && s.engine.server_base.empty() && s.spec.workload.uses_server() &&
        !s.server_executable.empty()) {
        s.own_server.emplace(s.server_executable);
        s.server = &*s.own_server;
    }
    s.result.spec = s.spec;
    s.result.recorded_at = utc_now_iso8601();
    s.start_point();
}

bool SweepRunner::poll(std::chrono::milliseconds wait) {
    State& s = *state_;
    if (!s.comparison) return false;
    s.comparison->poll(wait);
    if (s.comparison->running()) return false;
    s.finish_point();
    s.start_point();
    return true;
}

void SweepRunner::cancel() {
    state_->result.cancelled = true;
    if (state_->comparison) state_->comparison->cancel();
}

bool SweepRunner::running() const { return state_->comparison != nullptr; }

SweepProgress SweepRunner::progress() const {
    SweepProgress progress;
    progress.point = state_->result.points.size();
    progress.points = state_->spec.values.size();
    if (state_->comparison) progress.comparison = state_->comparison->progress();
    return progress;
}

const SweepResult& SweepRunner::so_far() const { return state_->result; }

SweepResult SweepRunner::result() { return std::move(state_->result); }

const std::optional<std::string>& SweepRunner::server_death() const { return state_->server_death; }

}  // namespace overlap
