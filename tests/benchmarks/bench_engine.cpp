// Engine overhead against the ideal makespan ceil(N/c) x delay, per mode,
// on the embedded server (a child process, as in the app). Prints one line
// per scenario; the targets are in the issue notes, not asserted here.
//
//   build/dev/tests/benchmarks/bench_engine            all scenarios
//   build/dev/tests/benchmarks/bench_engine quick      10 x /delay/1 only
//   build/dev/tests/benchmarks/bench_engine gil        4 x 150 ms CPU under the GIL
#include <cstdio>
#include <cstring>
#include <string>

#include "engine/run_session.hpp"
#include "server/server_process.hpp"
#include "system/resource_limits.hpp"

namespace overlap {
namespace {

struct Scenario {
    Mode mode;
    int tasks;
    int concurrency;
};

void run(const Scenario& scenario, const EngineOptions& options) {
    const Workload workload = uniform_workload(scenario.tasks, "{server}/delay/1", 0, 1.0);
    RunSession session(workload, {scenario.mode, scenario.concurrency}, options);
    session.start();
    const RunRecord record = session.result();
    const Summary& s = record.summary;
    const int failed = static_cast<int>(record.tasks.size()) - s.ok;
    std::printf(
        "%-10s %6d x /delay/1  c=%-6d makespan %7.3f s  ideal %6.3f s  efficiency %6.4f  "
        "overhead %6.1f ms  p99 %6.3f s  rss %6.1f MB  threads %5d  failed %d\n",
        to_string(scenario.mode), scenario.tasks, scenario.concurrency, s.makespan_s,
        s.ideal_s.value_or(0), s.efficiency.value_or(0),
        (s.makespan_s - s.ideal_s.value_or(0)) * 1000, s.latency_p99_s, s.resources.peak_rss_mb,
        s.resources.max_threads, failed);
    std::fflush(stdout);
}

// The CPU lesson's makespans, which the tests only check as overlap (they
// must pass on a busy machine): threads under the GIL take as long as one
// thread, two processes about half.
void run_cpu_under_gil(const EngineOptions& options) {
    Workload workload = uniform_workload(4, "", 150, 0);
    workload.behaviour.gil = true;
    const ModeConfig configs[] = {{Mode::Sequential, 1}, {Mode::Threads, 4}, {Mode::Processes, 2}};
    for (const ModeConfig& config : configs) {
        RunSession session(workload, config, options);
        session.start();
        const Summary s = session.result().summary;
        std::printf("%-10s 4 x 150 ms CPU, GIL  c=%-2d makespan %6.3f s  cpu %6.3f s\n",
                    to_string(config.mode), config.concurrency, s.makespan_s,
                    s.resources.cpu_user_s + s.resources.cpu_sys_s);
        std::fflush(stdout);
    }
}

}  // namespace
}  // namespace overlap

int main(int argc, char* argv[]) {
    using namespace overlap;
    raise_open_file_limit();
    const bool quick = argc > 1 && std::strcmp(argv[1], "quick") == 0;
    ServerProcess server(OVERLAP_EXECUTABLE);
    const EngineOptions options{server.base_url(), OVERLAP_WORKER_EXECUTABLE, 0};
    if (argc > 1 && std::strcmp(argv[1], "gil") == 0) {
        run_cpu_under_gil(options);
        return 0;
    }
    std::printf("server %s\n", server.base_url().c_str());
    const Scenario small[] = {{Mode::Sequential, 10, 1},
                              {Mode::Threads, 10, 10},
                              {Mode::Async, 10, 10},
                              {Mode::Processes, 10, 10}};
    for (const auto& scenario : small) run(scenario, options);
    if (quick) return 0;
    const Scenario large[] = {{Mode::Threads, 1000, 1000},
                              {Mode::Async, 1000, 1000},
                              {Mode::Processes, 1000, 100},
                              {Mode::Threads, 10000, 10000},
                              {Mode::Async, 10000, 10000}};
    for (const auto& scenario : large) run(scenario, options);
    return 0;
}
