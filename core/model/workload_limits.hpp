// The largest workload Overlap runs, in one place: the CLI's flags, the preset
// and workload reader, the window's spin boxes and the embedded server all read
// these numbers, and one function words every refusal, so a value one front end
// accepts is never refused by another or failed task by task by the server.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "model/mode.hpp"
#include "model/workload.hpp"

namespace overlap {

// What the embedded server serves: it waits at most this long (a longer
// delay plus jitter is clamped, a longer jitter refused) and sends at most
// this many bytes (/bytes and /drip refuse more). Limits below follow from them.
inline constexpr double kMaxDelaySeconds = 10;
inline constexpr std::size_t kMaxBytes = 10u << 20;

// One number a workload sets, with the range Overlap runs.
struct Limit {
    const char* name;  // as the refusal names it: "tasks", "delay", ...
    double min;
    double max;
    const char* unit;    // " s", " ms" or ""
    const char* reason;  // why the maximum, or "" when it is only a sanity bound
};

inline constexpr const char* kServerWaitReason = ", the longest the embedded server waits";

inline constexpr Limit kTasksLimit{"tasks", 1, 1'000'000, "", ""};
inline constexpr Limit kDelayLimit{"delay", 0, kMaxDelaySeconds, " s", kServerWaitReason};
inline constexpr Limit kJitterLimit{"jitter", 0, kMaxDelaySeconds, " s", kServerWaitReason};
// The delay and its jitter together: the server clamps their sum.
inline constexpr Limit kWaitLimit{"delay plus jitter", 0, kMaxDelaySeconds, " s", kServerWaitReason};
inline constexpr Limit kBytesLimit{"bytes", 0, static_cast<double>(kMaxBytes), "",
                                   ", the most the embedded server sends"};
inline constexpr Limit kCpuMsLimit{"CPU work per task", 0, 3'600'000, " ms", ""};
// The emulated interpreter's work per request: a minute is already absurd.
inline constexpr Limit kInterpreterMsLimit{"interpreter cost per request", 0, 60'000, " ms", ""};
inline constexpr Limit kTimeoutLimit{"timeout", 0.001, 86'400, " s", ""};
// Threads are OS threads with their own stacks; processes are forked workers.
inline constexpr Limit kThreadsLimit{"threads", 1, 20'000, "", ""};
inline constexpr Limit kAsyncLimit{"transfers in flight", 1, 100'000, "", ""};
inline constexpr Limit kProcessesLimit{"processes", 1, 1'024, "", ""};

// The concurrency limit of a mode; sequential runs one at a time.
const Limit& concurrency_limit(Mode mode);

// The one wording of a refusal: "bytes must be from 0 to 10485760, the most
// the embedded server sends (got 50000000)"; nullopt when `value` is within.
std::optional<std::string> limit_problem(const Limit& limit, double value);

// The first number of the workload outside its limit: the task count, each
// task's CPU work, the timeout, and the delay, jitter and size each task asks
// of the embedded server (read back from its {server} URL), or nullopt.
std::optional<std::string> workload_limits_problem(const Workload& workload);

// The mode's concurrency outside its limit, or nullopt.
std::optional<std::string> mode_limits_problem(const ModeConfig& config);

}  // namespace overlap
