// Time scaling: a workload or preset on a faster clock keeps its shape, so
// tests can run the tutorials' examples in a fraction of their time.
#include <gtest/gtest.h>

#include "presets/builtin_presets.hpp"
#include "model/preset.hpp"
#include "model/workload.hpp"

namespace overlap {
namespace {

std::string scaled_url(const std::string& url, double factor) {
    Workload workload;
    workload.tasks.push_back({url, 0, std::nullopt});
    return scale_time(workload, factor).tasks[0].url;
}

TEST(ScaleTime, ScalesTheServersDelaysAndNothingElseInUrls) {
    const struct {
        const char* url;
        const char* scaled;
    } cases[] = {
        {"{server}/delay/1", "{server}/delay/0.2"},
        {"{server}/delay/0.02", "{server}/delay/0.004"},
        {"{server}/delay/1.5", "{server}/delay/0.3"},
        {"{server}/delay/1?jitter=0.5&seed={i}", "{server}/delay/0.2?jitter=0.1&seed={i}"},
        {"{server}/delay/2?seed={i}&jitter=1", "{server}/delay/0.4?seed={i}&jitter=0.2"},
        {"{server}/delay/soon", "{server}/delay/soon"},
        {"{server}/status/500", "{server}/status/500"},
        {"{server}/bytes/1000", "{server}/bytes/1000"},
        {"http://127.0.0.1:1/delay/1", "http://127.0.0.1:1/delay/1"},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(scaled_url(c.url, 0.2), c.scaled) << c.url;
}

TEST(ScaleTime, ScalesDurationsCpuWorkAndTheTimeout) {
    Workload workload = uniform_workload(2, "{server}/delay/1", 250, 1.0);
    workload.tasks.push_back({"https://example.org/", 10, std::nullopt});
    workload.behaviour.timeout_s = 30;
    const Workload fast = scale_time(workload, 0.2);
    ASSERT_EQ(fast.tasks.size(), 3u);
    EXPECT_DOUBLE_EQ(*fast.tasks[0].expected_s, 0.2);
    EXPECT_DOUBLE_EQ(fast.tasks[1].cpu_ms, 50);
    EXPECT_FALSE(fast.tasks[2].expected_s);
    EXPECT_DOUBLE_EQ(fast.tasks[2].cpu_ms, 2);
    EXPECT_DOUBLE_EQ(fast.behaviour.timeout_s, 6);
}

TEST(ScaledPreset, SecondsScaleAndRatiosStay) {
    const Preset* gather = find_preset("gather-2-1-3");
    ASSERT_NE(gather, nullptr);
    const Preset fast = scaled(*gather, 0.5);
    EXPECT_EQ(fast.workload.tasks[2].url, "{server}/delay/1.5");
    EXPECT_DOUBLE_EQ(*fast.workload.tasks[2].expected_s, 1.5);
    ASSERT_EQ(fast.checks.size(), 3u);
    EXPECT_DOUBLE_EQ(fast.checks[0].claimed->value, 1.5) << "a makespan is seconds";
    EXPECT_DOUBLE_EQ(fast.checks[1].claimed->value, 3);
    EXPECT_DOUBLE_EQ(fast.checks[2].claimed->value, 2) << "a speed-up is a ratio";

    const Preset* timeout = find_preset("timeout");
    ASSERT_NE(timeout, nullptr);
    const Preset quick = scaled(*timeout, 0.2);
    EXPECT_DOUBLE_EQ(quick.runs[0].behaviour.timeout_s, 0.4) << "each run's own timeout too";
    EXPECT_DOUBLE_EQ(quick.workload_for(0).behaviour.timeout_s, 0.4);
    EXPECT_EQ(quick.checks[0].outcomes, timeout->checks[0].outcomes);
}

}  // namespace
}  // namespace overlap
