// `overlap run`'s exit status from what was recorded: failed tasks, a
// preset's checks (and the failures its outcomes checks expect), a dead server.
#include <gtest/gtest.h>

#include "analysis/statistics.hpp"
#include "run_exit_status.hpp"

namespace overlap::app {
namespace {

RunRecord run_with(Mode mode, std::vector<Outcome> outcomes) {
    RunRecord run;
    run.config = {mode, 2};
    for (Outcome outcome : outcomes) {
        TaskRecord task;
        task.outcome = outcome;
        run.tasks.push_back(task);
    }
    run.summary = summarise(run, Workload{}, ResourceUsage{});
    return run;
}

CheckResult verdict(Verdict v) { return {v, "measured", "expected"}; }

TEST(RunExitStatus, ZeroOnlyWhenEveryTaskCompletedOk) {
    RunSet runs;
    runs.runs = {run_with(Mode::Sequential, {Outcome::Ok, Outcome::Ok}),
                 run_with(Mode::Async, {Outcome::Ok, Outcome::Ok})};
    EXPECT_EQ(run_outcome(runs, nullptr, {}, std::nullopt).status, kExitOk);
    EXPECT_TRUE(run_outcome(runs, nullptr, {}, std::nullopt).reason.empty());

    for (Outcome failure : {Outcome::HttpError, Outcome::Error, Outcome::Timeout}) {
        runs.runs[1] = run_with(Mode::Async, {failure, Outcome::Ok});
        const RunOutcome outcome = run_outcome(runs, nullptr, {}, std::nullopt);
        EXPECT_EQ(outcome.status, kExitTasksFailed);
        EXPECT_EQ(outcome.reason, "1 of 4 tasks failed; the errors column counts them per mode");
    }
    runs.runs[1] = run_with(Mode::Async, {Outcome::Cancelled, Outcome::Ok});
    EXPECT_EQ(run_outcome(runs, nullptr, {}, std::nullopt).status, kExitOk)
        << "a cancelled task was stopped, it did not fail";
}

TEST(RunExitStatus, APresetsOutcomesCheckDecidesForItsRunOnly) {
    Preset preset;
    preset.runs = {{{Mode::Threads, 2}, {}}, {{Mode::Async, 2}, {}}};
    PresetCheck outcomes;
    outcomes.kind = CheckKind::Outcomes;
    outcomes.run = 0;
    preset.checks = {outcomes};
    RunSet runs;
    runs.runs = {run_with(Mode::Threads, {Outcome::Ok, Outcome::Timeout}),
                 run_with(Mode::Async, {Outcome::Ok, Outcome::Ok})};
    EXPECT_EQ(run_outcome(runs, &preset, {verdict(Verdict::Pass)}, std::nullopt).status, kExitOk)
        << "the timeout is what the preset shows";
    EXPECT_EQ(run_outcome(runs, &preset, {verdict(Verdict::Fail)}, std::nullopt).status,
              kExitCheckFailed);
    EXPECT_EQ(run_outcome(runs, &preset, {verdict(Verdict::NotMeasured)}, std::nullopt).status,
              kExitCheckFailed);

    runs.runs[1] =
        run_with(Mode::Async, {Outcome::Ok, Outcome::Error});  // a run no outcomes check reads
    EXPECT_EQ(run_outcome(runs, &preset, {verdict(Verdict::Pass)}, std::nullopt).status,
              kExitTasksFailed);
}

TEST(RunExitStatus, ADeadServerOutranksEverythingElse) {
    RunSet runs;
    runs.runs = {run_with(Mode::Threads, {Outcome::Error})};
    const RunOutcome outcome = run_outcome(runs, nullptr, {verdict(Verdict::Fail)},
                                           "the embedded server exited with status 1");
    EXPECT_EQ(outcome.status, kExitServerDied);
    EXPECT_EQ(outcome.reason, "the embedded server exited with status 1");
}

}  // namespace
}  // namespace overlap::app

namespace overlap::app {
namespace {

TEST(RunExitStatus, ChecksThatFailedOnlyOnABusyMachineExitSix) {
    RunSet runs;
    runs.runs = {run_with(Mode::Sequential, {Outcome::Ok})};
    const RunOutcome busy =
        run_outcome(runs, nullptr, {verdict(Verdict::Pass), verdict(Verdict::Unreliable)},
                    std::nullopt);
    EXPECT_EQ(busy.status, kExitMachineBusy);
    EXPECT_EQ(busy.status, 6);
    EXPECT_EQ(run_outcome(runs, nullptr, {verdict(Verdict::Fail), verdict(Verdict::Unreliable)},
                          std::nullopt)
                  .status,
              kExitCheckFailed)
        << "a plain failure outranks a busy machine";
}

}  // namespace
}  // namespace overlap::app
