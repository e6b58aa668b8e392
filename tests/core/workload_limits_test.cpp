// The workload limits: what the embedded server serves bounds what a workload
// may ask, and a task of a mixed batch that asks too much is named.
#include <gtest/gtest.h>

#include "model/workload_limits.hpp"

namespace overlap {
namespace {

TEST(WorkloadLimits, FollowWhatTheServerServes) {
    EXPECT_EQ(kDelayLimit.max, kMaxDelaySeconds);
    EXPECT_EQ(kJitterLimit.max, kMaxDelaySeconds);
    EXPECT_EQ(kBytesLimit.max, static_cast<double>(kMaxBytes));
    EXPECT_EQ(&concurrency_limit(Mode::Processes), &kProcessesLimit);
    EXPECT_EQ(mode_limits_problem({Mode::Sequential, 0}), std::nullopt) << "sequential runs one at a time";
}

TEST(WorkloadLimits, ReadWhatEachTaskAsksOfTheServer) {
    Workload workload;
    workload.tasks = {{"{server}/delay/10", 0, 10.0},
                      {"{server}/delay/4?jitter=6&seed={i}", 0, {}},
                      {"{server}/bytes/10485760", 0, {}},
                      {"https://example.org/delay/60", 0, {}},
                      {"", 3'600'000, {}}};
    EXPECT_EQ(workload_limits_problem(workload), std::nullopt) << "every value at its limit";
    workload.tasks.push_back({"{server}/delay/4?seed={i}&jitter=6.5", 0, {}});
    EXPECT_EQ(workload_limits_problem(workload).value_or("none"),
              "task 6: delay plus jitter must be from 0 to 10 s, the longest the embedded server "
              "waits (got 10.5)");
    workload.tasks.back() = {"{server}/bytes/10485761", 0, {}};
    EXPECT_EQ(workload_limits_problem(workload).value_or("none"),
              "task 6: bytes must be from 0 to 10485760, the most the embedded server sends (got "
              "10485761)");
    workload.tasks.back() = {"", 0.5, {}};
    workload.behaviour.timeout_s = 0.0005;
    EXPECT_EQ(workload_limits_problem(workload).value_or("none"),
              "timeout must be from 0.001 to 86400 s (got 0.0005)");
}

// A number in a {server} URL that does not read would only come back as HTTP
// 400 from every task; it is refused up front, quoted.
TEST(WorkloadLimits, RefuseAServerNumberThatDoesNotRead) {
    const auto refusal = [](std::string url) {
        Workload workload;
        workload.tasks = {{std::move(url), 0, {}}};
        return workload_limits_problem(workload).value_or("none");
    };
    EXPECT_EQ(refusal("{server}/delay/abc"), "delay 'abc' is not a number");
    EXPECT_EQ(refusal("{server}/bytes/1k"), "bytes '1k' is not a number");
    EXPECT_EQ(refusal("{server}/delay/1?jitter=&seed={i}"), "jitter '' is not a number");
    EXPECT_EQ(refusal("{server}/status/500"), "none") << "no number the limits read";
}

// Values read from a file can be any double; the refusal stays one line.
TEST(WorkloadLimits, WordHugeValuesInExponentForm) {
    EXPECT_EQ(limit_problem(kDelayLimit, 1e300).value_or("none"),
              "delay must be from 0 to 10 s, the longest the embedded server waits (got 1e+300)");
    EXPECT_EQ(limit_problem(kTasksLimit, 2e6).value_or("none"),
              "tasks must be from 1 to 1000000 (got 2000000)");
}

}  // namespace
}  // namespace overlap
