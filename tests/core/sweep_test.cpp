// A sweep as data: its values read from text, a spec that cannot run refused
// in the limits' words, and the plan each value runs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/sweep.hpp"

namespace overlap {
namespace {

std::vector<double> values(std::string_view text) {
    std::string error;
    const auto parsed = parse_sweep_values(text, &error);
    EXPECT_TRUE(parsed) << text << ": " << error;
    return parsed.value_or(std::vector<double>{});
}

std::string error_of(std::string_view text) {
    std::string error;
    EXPECT_FALSE(parse_sweep_values(text, &error)) << text;
    return error;
}

TEST(SweepValues, ListsAndGeometricRanges) {
    EXPECT_EQ(values("1,2,4,8"), (std::vector<double>{1, 2, 4, 8}));
    EXPECT_EQ(values(" 3 , 1 "), (std::vector<double>{3, 1})) << "kept in the order given";
    EXPECT_EQ(values("0.25,0.5"), (std::vector<double>{0.25, 0.5}));
    EXPECT_EQ(values("1..64x2"), (std::vector<double>{1, 2, 4, 8, 16, 32, 64}));
    EXPECT_EQ(values("1..50x2"), (std::vector<double>{1, 2, 4, 8, 16, 32})) << "up to the end, not past it";
    EXPECT_EQ(values("0.1..0.8x2"), (std::vector<double>{0.1, 0.2, 0.4, 0.8}));
    EXPECT_EQ(values("5..5x3"), (std::vector<double>{5}));
    EXPECT_EQ(values("1..64x4"), (std::vector<double>{1, 4, 16, 64}));
}

TEST(SweepValues, EachMistakeIsSaidInOneLine) {
    struct Case {
        const char* text;
        const char* says;
    };
    for (const Case& c : std::vector<Case>{
             {"", "lists no values"},
             {"1,,2", "entry 2 is empty"},
             {"1,2,", "entry 3 is empty"},
             {"1,two", "'two' is not a number"},
             {"1,2,2", "2 is listed twice"},
             {"1..64", "FROM..TOxFACTOR"},
             {"1..x2", "three numbers"},
             {"64..1x2", "start 64 is above its end 1"},
             {"0..8x2", "starts above 0"},
             {"1..8x1", "factor must be above 1, not 1"},
             {"1..8x0.5", "factor must be above 1, not 0.5"},
             {"1..1e30x2", "more than 64 values"},
         }) {
        const std::string error = error_of(c.text);
        EXPECT_NE(error.find(c.says), std::string::npos) << c.text << ": " << error;
        EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    }
    std::string many;
    for (int i = 1; i <= 65; ++i) many += std::to_string(i) + ",";
    many.pop_back();
    EXPECT_NE(error_of(many).find("more than 64 values"), std::string::npos);
}

TEST(SweepParamNames, ReadBack) {
    for (SweepParam param : {SweepParam::Concurrency, SweepParam::Tasks, SweepParam::Delay, SweepParam::CpuMs})
        EXPECT_EQ(sweep_param_from_string(to_string(param)), param);
    EXPECT_EQ(std::string(to_string(SweepParam::CpuMs)), "cpu");
    EXPECT_FALSE(sweep_param_from_string("workers"));
}

SweepSpec delay_spec(SweepParam param, std::vector<double> values) {
    const ServerShape shape{.delay_s = 0.5};
    return {param, std::move(values), {Mode::Threads, Mode::Async}, 2,
            uniform_workload(4, shape.url(), 0, shape.expected_s()), 3};
}

TEST(SweepProblem, ValuesOutsideTheirLimitsAreRefused) {
    EXPECT_FALSE(sweep_problem(delay_spec(SweepParam::Concurrency, {1, 2, 64})));
    const auto says = [](const SweepSpec& spec, const char* text) {
        const auto problem = sweep_problem(spec);
        ASSERT_TRUE(problem) << text;
        EXPECT_NE(problem->find(text), std::string::npos) << *problem;
    };
    says(delay_spec(SweepParam::Concurrency, {1, 2.5}), "whole numbers from 1 (got 2.5)");
    says(delay_spec(SweepParam::Concurrency, {0, 2}), "whole numbers from 1 (got 0)");
    says(delay_spec(SweepParam::Concurrency, {1, 200000}), "threads must be from 1 to 20000");
    says(delay_spec(SweepParam::Tasks, {1, 1.5}), "task counts are whole numbers");
    says(delay_spec(SweepParam::Tasks, {0}), "tasks must be from 1");
    says(delay_spec(SweepParam::Delay, {1, 20}), "delay must be from 0 to 10 s");
    says(delay_spec(SweepParam::CpuMs, {-1}), "CPU work per task must be from 0");
    says(delay_spec(SweepParam::Concurrency, {}), "no values");
    SweepSpec no_modes = delay_spec(SweepParam::Tasks, {1});
    no_modes.modes.clear();
    says(no_modes, "no mode");
    SweepSpec no_repeat = delay_spec(SweepParam::Tasks, {1});
    no_repeat.repeat = 0;
    says(no_repeat, "repeat must be from 1 to 100 (got 0)");
    SweepSpec cpu_only = delay_spec(SweepParam::Delay, {1});
    cpu_only.workload = uniform_workload(2, "", 10, 0.0);
    says(cpu_only, "needs tasks that fetch the embedded server's /delay/");
    // A delay plus the tasks' jitter over what the server waits.
    SweepSpec jittered = delay_spec(SweepParam::Delay, {1, 9});
    jittered.workload = uniform_workload(2, ServerShape{.delay_s = 1, .jitter_s = 2}.url(), 0, std::nullopt);
    says(jittered, "at 9: delay plus jitter must be from 0 to 10 s");
}

TEST(SweepPlan, EachModeRepeatedModeMajorAtTheValue) {
    const RunPlan plan = sweep_point_plan(delay_spec(SweepParam::Concurrency, {1, 8}), 8);
    ASSERT_EQ(plan.runs.size(), 4u);
    EXPECT_EQ(plan.runs[0].config.mode, Mode::Threads);
    EXPECT_EQ(plan.runs[1].config.mode, Mode::Threads);
    EXPECT_EQ(plan.runs[2].config.mode, Mode::Async);
    for (const PresetRun& run : plan.runs) EXPECT_EQ(run.config.concurrency, 8);
    EXPECT_EQ(plan.workload.tasks.size(), 4u);
}

TEST(SweepPlan, TasksDelayAndCpuChangeTheWorkloadAndKeepTheConcurrency) {
    const RunPlan tasks = sweep_point_plan(delay_spec(SweepParam::Tasks, {1}), 7);
    EXPECT_EQ(tasks.workload.tasks.size(), 7u);
    EXPECT_EQ(tasks.workload.tasks[6].url, "{server}/delay/0.5");
    EXPECT_EQ(tasks.runs[0].config.concurrency, 3);

    const RunPlan delay = sweep_point_plan(delay_spec(SweepParam::Delay, {1}), 0.25);
    EXPECT_EQ(delay.workload.tasks[0].url, "{server}/delay/0.25");
    EXPECT_EQ(delay.workload.tasks[0].expected_s, 0.25);

    SweepSpec jittered = delay_spec(SweepParam::Delay, {1});
    jittered.workload = uniform_workload(2, ServerShape{.delay_s = 1, .jitter_s = 0.5}.url(), 0, std::nullopt);
    const RunPlan kept = sweep_point_plan(jittered, 2);
    EXPECT_EQ(kept.workload.tasks[0].url, "{server}/delay/2?jitter=0.5&seed={i}");
    EXPECT_FALSE(kept.workload.tasks[0].expected_s) << "jitter leaves the duration unknown";

    const RunPlan cpu = sweep_point_plan(delay_spec(SweepParam::CpuMs, {1}), 40);
    for (const TaskSpec& task : cpu.workload.tasks) EXPECT_EQ(task.cpu_ms, 40);
    EXPECT_EQ(cpu.runs[3].config.concurrency, 3);
}

TEST(SweepPlan, SequentialStaysAtOne) {
    SweepSpec spec = delay_spec(SweepParam::Concurrency, {4});
    spec.modes = {Mode::Sequential};
    EXPECT_FALSE(sweep_problem(spec));
    EXPECT_EQ(sweep_point_plan(spec, 4).runs[0].config.effective_concurrency(), 1);
}

}  // namespace
}  // namespace overlap
