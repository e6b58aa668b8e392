// Cancel stops every mode promptly and leaves no threads, processes or
// unfinished tasks behind.
#include <gtest/gtest.h>

#include <thread>

#include "support/test_server.hpp"

namespace overlap {
namespace {

class CancelEveryMode : public ::testing::TestWithParam<Mode> {};

TEST_P(CancelEveryMode, StopsPromptlyAndMarksWhatDidNotFinish) {
    Workload workload = uniform_workload(12, "{server}/delay/5", 0, 5);
    workload.tasks.insert(workload.tasks.begin(), {"", 5000, std::nullopt});  // long CPU work must stop too
    const int threads_before = testing::thread_count();
    {
        RunSession session(workload, {GetParam(), 4}, testing::engine_options());
        session.start();
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        const auto asked = std::chrono::steady_clock::now();
        session.cancel();
        // The brief asks for 200 ms; the bound is generous for a loaded CI machine.
        EXPECT_TRUE(session.wait_for(std::chrono::milliseconds(1500)));
        const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - asked).count();
        EXPECT_LT(took, 1.5);
        const RunRecord run = session.result();
        EXPECT_TRUE(run.cancelled);
        int cancelled = 0;
        for (const auto& task : run.tasks) {
            EXPECT_NE(task.outcome, Outcome::Pending);
            EXPECT_NE(task.outcome, Outcome::Ok);
            cancelled += task.outcome == Outcome::Cancelled ? 1 : 0;
        }
        EXPECT_EQ(cancelled, static_cast<int>(run.tasks.size()));
    }
    EXPECT_EQ(testing::thread_count(), threads_before) << "a runner thread outlived its run";
    EXPECT_EQ(testing::child_process_count(), 0) << "a worker process outlived its run";
}

INSTANTIATE_TEST_SUITE_P(Modes, CancelEveryMode,
                         ::testing::Values(Mode::Sequential, Mode::Threads, Mode::Async, Mode::Processes),
                         [](const auto& param_info) { return std::string(to_string(param_info.param)); });

}  // namespace
}  // namespace overlap
