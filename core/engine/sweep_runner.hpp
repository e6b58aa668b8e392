// Runs a sweep: one ComparisonRunner per value, one after another, against
// one embedded server kept for the whole sweep. Driven by poll() from one
// thread, like ComparisonRunner.
//
//   SweepRunner runner(spec, engine, current_executable());
//   runner.start();
//   while (runner.running()) { runner.poll(50ms); show(runner.progress()); }
//   SweepResult sweep = runner.result();
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "engine/comparison_runner.hpp"
#include "model/sweep.hpp"

namespace overlap {

struct SweepProgress {
    std::size_t point = 0;   // the value in progress
    std::size_t points = 0;  // spec.values.size()
    ComparisonProgress comparison;  // within that value's comparison
};

class SweepRunner {
public:
    // `server_executable`: the `overlap` to start the embedded server from
    // when the workload uses {server} and `engine.server_base` is empty.
    SweepRunner(SweepSpec spec, EngineOptions engine, std::string server_executable = {});
    // Runs against a server the caller started and keeps (the window does).
    SweepRunner(SweepSpec spec, EngineOptions engine, ServerProcess& server);
    ~SweepRunner();
    SweepRunner(const SweepRunner&) = delete;
    SweepRunner& operator=(const SweepRunner&) = delete;

    // std::invalid_argument with sweep_problem()'s words when the spec cannot
    // run; std::runtime_error when the server cannot start.
    void start();
    // As ComparisonRunner::poll(); true when this call ended a value.
    bool poll(std::chrono::milliseconds wait = {});
    void cancel();  // stops the run in progress and skips the rest; its value keeps the runs that ran
    bool running() const;

    SweepProgress progress() const;
    const SweepResult& so_far() const;  // the values finished so far
    // Once running() is false: the whole result, moved out.
    SweepResult result();
    // Set when the server died: the ComparisonResult's message.
    const std::optional<std::string>& server_death() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace overlap
