// Bad targets and broken workers: each task shows what happened, the run
// goes on, and nothing is lost.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/test_server.hpp"

namespace overlap {
namespace {

using testing::run_to_end;

struct Fault {
    const char* name;
    std::string url;
    Outcome outcome;
    const char* error_contains;
    int http_status = 0;
};

class EveryFault : public ::testing::TestWithParam<Mode> {};

TEST_P(EveryFault, EachTaskCarriesItsOwnOutcome) {
    const std::vector<Fault> faults{
        {"ok", "{server}/delay/0.05", Outcome::Ok, "", 200},
        {"server error", "{server}/status/500", Outcome::HttpError, "HTTP 500", 500},
        {"not found", "{server}/status/404", Outcome::HttpError, "HTTP 404", 404},
        {"refused", "http://127.0.0.1:1/", Outcome::Error, "onnect"},
        {"unresolvable", "http://nowhere.invalid/", Outcome::Error, "resolve"},
        {"aborted", "{server}/abort", Outcome::Error, ""},
        {"timeout", "{server}/delay/3", Outcome::Timeout, "timed out"},
        {"too large", "{server}/bytes/50000", Outcome::Error, "cap"},
        {"bad URL", "notaprotocol://x", Outcome::Error, ""},
        // libcurl reads files and speaks gopher unless told not to; a
        // workload that slips past the front ends' check still gets nothing.
        {"local file", "file:///etc/hostname", Outcome::Error, "rotocol"},
        {"gopher", "gopher://127.0.0.1:1/", Outcome::Error, "rotocol"},
    };
    Workload workload;
    for (const auto& fault : faults) workload.tasks.push_back({fault.url, 0, std::nullopt});
    workload.behaviour.timeout_s = 0.5;
    EngineOptions options = testing::engine_options();
    options.max_body_bytes = 10'000;

    const RunRecord run = run_to_end(workload, {GetParam(), 3}, options);
    ASSERT_EQ(run.tasks.size(), faults.size());
    for (std::size_t i = 0; i < faults.size(); ++i) {
        const TaskRecord& task = run.tasks[i];
        SCOPED_TRACE(faults[i].name);
        EXPECT_EQ(task.outcome, faults[i].outcome) << task.error;
        EXPECT_NE(task.error.find(faults[i].error_contains), std::string::npos) << task.error;
        if (faults[i].outcome != Outcome::Ok) {
            EXPECT_FALSE(task.error.empty());
        }
        if (faults[i].http_status) {
            EXPECT_EQ(task.http_status, faults[i].http_status);
        }
        EXPECT_TRUE(task.end_s.has_value());
    }
    EXPECT_EQ(run.summary.ok, 1);
    EXPECT_EQ(run.summary.http_errors, 2);
    EXPECT_EQ(run.summary.timeouts, 1);
    EXPECT_EQ(run.summary.errors, 7);
}

INSTANTIATE_TEST_SUITE_P(Modes, EveryFault,
                         ::testing::Values(Mode::Sequential, Mode::Threads, Mode::Async,
                                           Mode::Processes),
                         [](const auto& param_info) {
                             return std::string(to_string(param_info.param));
                         });

// Lowers this process's open-file limit to what is open now plus `headroom`
// for as long as it lives, so that sockets run out mid-run.
class FewDescriptors {
public:
    explicit FewDescriptors(int headroom) {
        getrlimit(RLIMIT_NOFILE, &saved_);
        const auto open = std::distance(std::filesystem::directory_iterator("/proc/self/fd"),
                                        std::filesystem::directory_iterator{});
        rlimit lowered = saved_;
        lowered.rlim_cur = static_cast<rlim_t>(open + headroom);
        setrlimit(RLIMIT_NOFILE, &lowered);
    }
    ~FewDescriptors() { setrlimit(RLIMIT_NOFILE, &saved_); }
    FewDescriptors(const FewDescriptors&) = delete;
    FewDescriptors& operator=(const FewDescriptors&) = delete;

private:
    rlimit saved_{};
};

TEST(Async, RunningOutOfDescriptorsNamesTheLimit) {
    const int tasks = 40;
    const EngineOptions options = testing::engine_options();  // starts the server first
    RunRecord run;
    {
        const FewDescriptors few(16);  // the loop's own few, then a handful of sockets
        run = run_to_end(uniform_workload(tasks, "{server}/delay/0.3", 0, 0.3),
                         {Mode::Async, tasks}, options);
    }
    int out_of_descriptors = 0;
    for (const auto& task : run.tasks) {
        if (task.outcome == Outcome::Ok) continue;
        EXPECT_EQ(task.outcome, Outcome::Error);
        EXPECT_NE(task.error.find("Too many open files"), std::string::npos) << task.error;
        EXPECT_NE(task.error.find("ulimit -n"), std::string::npos) << task.error;
        ++out_of_descriptors;
    }
    EXPECT_GT(run.summary.ok, 0) << "the sockets there were room for still fetched";
    EXPECT_GT(out_of_descriptors, 0);
    EXPECT_EQ(run.summary.ok + out_of_descriptors, tasks);
}

std::vector<pid_t> worker_pids() {
    std::vector<pid_t> pids;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
        std::ifstream children(task.path() / "children");
        pid_t pid = 0;
        while (children >> pid) {
            std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
            std::string name;
            comm >> name;
            if (name == "overlap-worker") pids.push_back(pid);
        }
    }
    return pids;
}

TEST(Processes, AKilledWorkerFailsOnlyItsOwnTask) {
    const Workload workload = uniform_workload(6, "{server}/delay/0.5", 0, 0.5);
    RunSession session(workload, {Mode::Processes, 2}, testing::engine_options());
    session.start();
    std::vector<pid_t> pids;
    for (int i = 0; i < 200 && pids.size() < 2; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        pids = worker_pids();
    }
    ASSERT_EQ(pids.size(), 2u);
    std::this_thread::sleep_for(std::chrono::milliseconds(250));  // both are mid-task now
    ::kill(pids[0], SIGKILL);
    const RunRecord run = session.result();

    int died = 0;
    for (const auto& task : run.tasks) {
        if (task.outcome == Outcome::Error) {
            ++died;
            EXPECT_NE(task.error.find("killed by signal 9"), std::string::npos) << task.error;
            // Its lane shows it busy from the task's start until its death was seen.
            const auto lane = std::find_if(run.workers.begin(), run.workers.end(),
                                           [&](const WorkerRecord& w) { return w.id == task.worker; });
            ASSERT_NE(lane, run.workers.end());
            const auto busy = std::find_if(lane->spans.begin(), lane->spans.end(), [&](const WorkerSpan& s) {
                return s.state == WorkerState::Busy && s.task == task.id;
            });
            ASSERT_NE(busy, lane->spans.end()) << "the killed worker's lane lost its busy span";
            ASSERT_TRUE(task.start_s && task.end_s);
            EXPECT_NEAR(busy->span.start_s, *task.start_s, 1e-6);
            EXPECT_NEAR(busy->span.end_s, *task.end_s, 1e-6);
            EXPECT_GT(busy->span.duration(), 0.1) << "killed 250 ms into the task";
        } else {
            EXPECT_EQ(task.outcome, Outcome::Ok) << task.error;
        }
    }
    EXPECT_EQ(died, 1);
    EXPECT_EQ(run.summary.ok, 5) << "the surviving worker runs every other task";
}

TEST(Processes, AMissingWorkerExecutableFailsEveryTaskWithTheReason) {
    EngineOptions options = testing::engine_options();
    options.worker_executable = "/nonexistent/overlap-worker";
    const RunRecord run =
        run_to_end(uniform_workload(3, "{server}/delay/0", 0, 0), {Mode::Processes, 2}, options);
    for (const auto& task : run.tasks) {
        EXPECT_EQ(task.outcome, Outcome::Error);
        EXPECT_NE(task.error.find("/nonexistent/overlap-worker"), std::string::npos) << task.error;
    }
}

}  // namespace
}  // namespace overlap
