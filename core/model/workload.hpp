// What to run: N tasks, each fetching a URL and/or doing CPU work. A workload is
// plain data: it round-trips through run files and preset files unchanged.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace overlap {

// In a URL, this placeholder stands for the embedded server's base address
// (http://127.0.0.1:PORT), which is only known once the server has started.
inline constexpr const char* kServerPlaceholder = "{server}";
// The only URL schemes Overlap fetches, in libcurl's list form: the engine
// hands it to libcurl, workload_problem() refuses any other scheme up front.
inline constexpr const char* kFetchedSchemes = "http,https";
// In a URL, this placeholder becomes the task's index.
inline constexpr const char* kIndexPlaceholder = "{i}";

struct TaskSpec {
    std::string url;          // empty: CPU-only task
    double cpu_ms = 0;        // deterministic computation after the fetch
    // How long the server is known to take (a /delay/N target); used for the
    // ideal makespan. Unknown for real targets.
    std::optional<double> expected_s;
};

// Options that change how the runners behave, not what the tasks are.
struct Behaviour {
    double timeout_s = 30;           // per task, covers the fetch and the CPU work
    bool gil = false;                // CPU work holds one process-wide lock (CPython's GIL)
    bool offload = false;            // async: CPU work goes to a helper thread (asyncio.to_thread)
    bool blocking_in_async = false;  // async: fetch with a blocking call on the loop thread
    // CPU work CPython does for every request besides the task's own (building
    // it, parsing the answer): spent after each answered fetch, always under
    // the emulated interpreter lock, as CPython never runs Python code without
    // its GIL. 0: none.
    double interpreter_ms = 0;
};

struct Workload {
    std::string title;
    std::vector<TaskSpec> tasks;
    Behaviour behaviour;

    bool uses_server() const;
};

// The URL of the embedded server's endpoint for a delay, jitter, size or status.
// Exactly one shape applies, in the order status, bytes, delay.
struct ServerShape {
    double delay_s = 1;
    double jitter_s = 0;
    long bytes = 0;
    int status = 0;
    std::string url() const;  // e.g. "{server}/delay/1"
    std::optional<double> expected_s() const;
};

// Why the workload cannot be run as given, or nullopt when it can: a task URL
// that is not http:// or https:// (after {server}, which is). libcurl speaks
// file://, gopher://, smb:// and more; a shared preset could otherwise read
// local files or reach internal services. The engine refuses them too
// (CURLOPT_PROTOCOLS_STR); this says so before a run, naming the task. Then
// any number outside the workload limits (workload_limits.hpp).
std::optional<std::string> workload_problem(const Workload& workload);

// N identical tasks.
Workload uniform_workload(int tasks, const std::string& url, double cpu_ms,
                          std::optional<double> expected_s);

// Replaces {server} and {i} in a task's URL.
std::string resolve_url(const std::string& url, const std::string& server_base, std::size_t index);

// The same workload on a faster (factor < 1) or slower clock: the embedded
// server's delays and jitter in {server}/delay/ URLs, expected durations, CPU
// work and the timeout are multiplied by `factor`. Other URLs stay as they are.
Workload scale_time(Workload workload, double factor);

}  // namespace overlap
