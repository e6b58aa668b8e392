// Runs a comparison: a plan's runs one after another, each in a RunSession,
// against the embedded server it starts (or a server it is given). The caller
// drives it with poll() from one thread: `overlap run`'s loop waits in it,
// the window's timer polls it 30 times a second.
//
//   ComparisonRunner runner(plan, engine, current_executable());
//   runner.start();
//   while (runner.running()) { runner.poll(50ms); show(runner.progress()); }
//   ComparisonResult result = runner.result();
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "engine/run_session.hpp"
#include "model/run_plan.hpp"
#include "model/run_record.hpp"
#include "server/server_process.hpp"

namespace overlap {

struct ComparisonProgress {
    std::size_t index = 0;            // the planned run in progress
    const RunRecord* live = nullptr;  // its growing record; valid until the poll() that ends it
    std::size_t finished_tasks = 0;
    std::size_t total_tasks = 0;
    double elapsed_s = 0;  // since this run started
};

struct ComparisonResult {
    // The plan's workload, the server, when the comparison started, and one
    // record per run that ran, in plan order.
    RunSet runs;
    // Planned runs that never started, because of a cancel or a dead server:
    // the last `not_run` entries of the plan.
    std::size_t not_run = 0;
    // "the embedded server at URL was killed by signal 9 (Killed) during the
    // async run; the modes after it were not run": the server this runner
    // started or watches ended before the comparison did.
    std::optional<std::string> server_death;
};

class ComparisonRunner {
public:
    // `server_executable`: the `overlap` to start the embedded server from
    // when the plan's workload uses {server} and `engine.server_base` is
    // empty; the runner owns that server and checks it is alive after every
    // run. With a base URL given, that server is used as it is.
    ComparisonRunner(RunPlan plan, EngineOptions engine, std::string server_executable = {});
    // Runs against `server`, which the caller started and keeps across
    // comparisons (the window does): checked before the first run and after
    // every run, like a server this runner starts.
    ComparisonRunner(RunPlan plan, EngineOptions engine, ServerProcess& server);
    ~ComparisonRunner();  // cancels a run still going and stops the server it started
    ComparisonRunner(const ComparisonRunner&) = delete;
    ComparisonRunner& operator=(const ComparisonRunner&) = delete;

    // Starts the embedded server if the plan needs one (std::runtime_error
    // when it cannot), then the first run.
    void start();
    // Drains the run in progress, waiting up to `wait` for it to end. When it
    // has, keeps its record and starts the next run, unless the comparison
    // was cancelled, the plan is done or the server died. True when this call
    // ended a run: its record is runs().runs.back().
    bool poll(std::chrono::milliseconds wait = {});
    // Stops the run in progress and skips the rest; poll() ends it within 200 ms.
    void cancel();
    bool running() const { return session_ != nullptr; }
    bool cancelled() const { return cancelled_; }

    ComparisonProgress progress() const;
    const RunPlan& plan() const { return plan_; }
    // The comparison so far: the finished runs, with the workload, server and start time.
    const RunSet& runs() const { return result_.runs; }

    // Once running() is false: the whole result, moved out.
    ComparisonResult result();

private:
    void start_next();
    void finish_run();
    // Records the watched server's death, if it has died; `when` completes
    // the message ("during the async run").
    void note_server_death(const std::string& when);

    RunPlan plan_;
    EngineOptions engine_;
    std::string server_executable_;
    std::optional<ServerProcess> server_;  // the embedded server, when this runner started it
    ServerProcess* watched_ = nullptr;     // the server checked for death: server_ or the caller's
    // After server_, so it is destroyed first: its runner may still be fetching from the server.
    std::unique_ptr<RunSession> session_;
    const RunRecord* live_ = nullptr;
    std::chrono::steady_clock::time_point run_started_;
    bool cancelled_ = false;
    ComparisonResult result_;
};

}  // namespace overlap
