// The engine's front door: run one workload in one mode on a background thread,
// watch it grow, cancel it, and take the finished record. The window and the
// headless `overlap run` both use exactly this.
//
//   RunSession session(workload, {Mode::Async, 100}, options);
//   session.start();
//   while (!session.done()) { draw(session.update()); sleep(33ms); }
//   RunRecord run = session.result();
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "engine/cancel_source.hpp"
#include "engine/recorder.hpp"
#include "engine/run_builder.hpp"
#include "engine/runner.hpp"
#include "engine/transfer.hpp"
#include "model/run_record.hpp"
#include "model/workload.hpp"

namespace overlap {

struct EngineOptions {
    std::string server_base;        // replaces {server} in URLs, e.g. http://127.0.0.1:PORT
    std::string worker_executable;  // the lean worker the processes mode spawns
    double cpu_iterations_per_ms = 0;  // 0: use this machine's calibration
    std::uint64_t max_body_bytes = kDefaultMaxBodyBytes;
};

class RunSession {
public:
    RunSession(Workload workload, ModeConfig config, EngineOptions options);
    ~RunSession();  // cancels a run still going and joins it
    RunSession(const RunSession&) = delete;
    RunSession& operator=(const RunSession&) = delete;

    void start();
    // Returns at once; every mode stops within 200 ms.
    void cancel();
    bool done() const { return done_.load(std::memory_order_acquire); }
    bool wait_for(std::chrono::milliseconds timeout) const;

    // Folds everything recorded since the last call into the record and
    // returns it. Call from one thread only (the window's timer, the CLI loop).
    const RunRecord& update();
    std::size_t finished_tasks() const { return builder_.finished_tasks(); }
    std::size_t total_tasks() const { return workload_.tasks.size(); }

    // After done(): the complete record, with its summary.
    RunRecord result();

private:
    void run();

    Workload workload_;
    ModeConfig config_;
    EngineOptions options_;
    std::vector<std::string> urls_;  // resolved, one per task
    Recorder recorder_;
    RunBuilder builder_;
    std::unique_ptr<CancelSource> cancel_;
    std::unique_ptr<Runner> runner_;
    ResourceUsage usage_;
    double pressure_pct_ = 0;  // the machine's CPU pressure before or after the run, the higher
    std::string failure_;  // why the runner stopped early, if it did
    std::thread thread_;
    std::atomic<bool> done_{false};
};

}  // namespace overlap
