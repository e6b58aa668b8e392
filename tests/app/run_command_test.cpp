// `overlap run` as a user runs it: the table it prints, the file it writes,
// Ctrl-C, SIGTERM and SIGHUP keeping what was recorded and leaving no process
// behind, the exit status, a dead server named, a bad flag's one-line
// message, and every command's --help.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>
#include <vector>

#include "formats/run_file.hpp"
#include "overlap_command.hpp"
#include "server/server_process.hpp"
#include "system/child_process.hpp"

namespace overlap {
namespace {

TEST(RunCommand, PrintsOneRowPerModeAndWritesTheRunFile) {
    const auto file = temp_file("overlap-run");
    const Finished run = overlap(
        "run --tasks 3 --delay 0.1 --modes sequential,async --quiet --json " + file.string());
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("makespan"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("sequential"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("async"), std::string::npos) << run.output;
    const RunSet saved = load_run_file(file);
    ASSERT_EQ(saved.runs.size(), 2u);
    EXPECT_EQ(saved.runs[1].config.mode, Mode::Async);
    EXPECT_EQ(saved.runs[1].summary.ok, 3);
    EXPECT_NE(saved.server.find("http://127.0.0.1:"), std::string::npos);
    std::filesystem::remove(file);
}

TEST(RunCommand, SaysWhatIsEmulatedAndWhatIsReal) {
    const Finished plain = overlap("run --tasks 2 --delay 0 --modes async --quiet");
    EXPECT_NE(plain.output.find("Emulated: nothing. Real: the HTTP transfers"), std::string::npos)
        << plain.output;
    const Finished emulated = overlap("run --tasks 2 --delay 0 --modes threads --gil --interpreter-ms 2 --quiet");
    EXPECT_EQ(emulated.exit_code, 0) << emulated.output;
    EXPECT_NE(emulated.output.find("Emulated: a GIL"), std::string::npos) << emulated.output;
    EXPECT_NE(emulated.output.find("CPython's own work per request, 2 ms of CPU"), std::string::npos)
        << emulated.output;
}

TEST(RunCommand, InterruptCancelsAndStillWritesWhatWasRecorded) {
    const auto file = temp_file("overlap-interrupted");
    const Finished run =
        overlap("run --tasks 4 --delay 5 --modes threads,async --quiet --json " + file.string(),
                [](ChildProcess& child) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                    child.signal(SIGINT);
                });
    EXPECT_EQ(run.exit_code, 130) << run.output;
    const RunSet saved = load_run_file(file);
    ASSERT_EQ(saved.runs.size(), 1u) << "the modes after the interrupted one do not run";
    EXPECT_TRUE(saved.runs[0].cancelled);
    for (const auto& task : saved.runs[0].tasks) {
        EXPECT_EQ(task.outcome, Outcome::Cancelled);
        EXPECT_TRUE(task.start_s.has_value()) << "all four had started";
    }
    std::filesystem::remove(file);
}

using Clock = std::chrono::steady_clock;

// /proc/PID/stat's state letter; 'Z' (a zombie) and gone both mean dead.
bool alive(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string skip;
    char state = 'X';
    if (!(stat >> skip >> skip >> state)) return false;
    return state != 'Z' && state != 'X';
}

// The live children of `parent` whose /proc/PID/comm is `name`.
std::vector<pid_t> children_named(pid_t parent, const std::string& name) {
    std::vector<pid_t> found;
    std::error_code ignored;
    for (const auto& thread :
         std::filesystem::directory_iterator("/proc/" + std::to_string(parent) + "/task", ignored)) {
        std::ifstream children(thread.path() / "children");
        for (pid_t pid = 0; children >> pid;) {
            std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
            std::string comm_name;
            comm >> comm_name;
            if (comm_name == name && alive(pid)) found.push_back(pid);
        }
    }
    return found;
}

// Waits up to 20 s (a loaded machine starts processes slowly) for `overlap`
// to have `servers` embedded servers (0 or 1) and `workers` worker processes.
struct Family {
    std::vector<pid_t> servers;
    std::vector<pid_t> workers;
    std::vector<pid_t> all() const {
        std::vector<pid_t> pids = servers;
        pids.insert(pids.end(), workers.begin(), workers.end());
        return pids;
    }
};
Family wait_for_family(pid_t overlap_pid, std::size_t servers, std::size_t workers) {
    Family family;
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    while (Clock::now() < deadline) {
        family = {children_named(overlap_pid, "overlap"), children_named(overlap_pid, "overlap-worker")};
        if (family.servers.size() == servers && family.workers.size() == workers) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return family;
}

// Waits until the server `pid` holds `connections` sockets besides its
// listening one: that many requests are in flight, so the run has started. A
// fixed sleep after the server appeared was not enough on a loaded machine,
// where the server can take longer than that to report its port.
bool wait_for_connections(pid_t pid, int connections) {
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    const std::filesystem::path fds = "/proc/" + std::to_string(pid) + "/fd";
    while (Clock::now() < deadline) {
        int sockets = 0;
        std::error_code error;
        for (const auto& fd : std::filesystem::directory_iterator(fds, error)) {
            if (std::filesystem::read_symlink(fd.path(), error).string().starts_with("socket:")) ++sockets;
        }
        if (sockets > connections) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

// How long until every pid is dead, up to `limit` (returned if some still live).
Clock::duration time_until_dead(const std::vector<pid_t>& pids, Clock::duration limit) {
    const auto began = Clock::now();
    while (Clock::now() - began < limit) {
        if (std::none_of(pids.begin(), pids.end(), alive)) return Clock::now() - began;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return limit;
}

double ms(Clock::duration duration) { return std::chrono::duration<double, std::milli>(duration).count(); }

struct Stop {
    int sig;
    // As a terminal sends Ctrl-C or its hang-up: to the whole foreground
    // process group, which the run's server and workers must not be in, or
    // they die with it and the stopped run reads as failed.
    bool to_group;
};

class StopSignal : public ::testing::TestWithParam<Stop> {};

// SIGTERM (kill, systemd, timeout) and SIGHUP (the terminal closed) stop a run
// as Ctrl-C does: cancelled, written, and its server and workers stopped. The
// figure asked for is 200 ms; the bound is generous for a loaded CI machine.
TEST_P(StopSignal, CancelsWritesWhatWasRecordedAndStopsEveryChild) {
    const int sig = GetParam().sig;
    const auto file = temp_file(("overlap-signal-" + std::to_string(sig)).c_str());
    Family family;
    Clock::time_point signalled;
    const Finished run = overlap(
        "run --tasks 2 --delay 5 --modes processes,async --processes 2 --quiet --json " + file.string(),
        [&](ChildProcess& child) {
            family = wait_for_family(child.pid(), 1, 2);
            EXPECT_TRUE(wait_for_connections(family.servers.at(0), 2)) << "both tasks mid-fetch";
            signalled = Clock::now();
            // The test spawned overlap as the leader of a group of its own.
            if (GetParam().to_group) {
                ::kill(-child.pid(), sig);
            } else {
                child.signal(sig);
            }
        });
    const auto exited = Clock::now() - signalled;
    ASSERT_EQ(family.servers.size(), 1u);
    ASSERT_EQ(family.workers.size(), 2u);
    EXPECT_EQ(run.exit_code, 128 + sig) << run.output;
    EXPECT_LT(ms(exited), 2000) << "from the signal to the exit";
    EXPECT_LT(ms(time_until_dead(family.all(), std::chrono::seconds(2))), 2000)
        << "the server and workers outlived the run";
    RecordProperty("signal_to_exit_ms", std::to_string(ms(exited)));

    const RunSet saved = load_run_file(file);
    ASSERT_EQ(saved.runs.size(), 1u) << "the modes after the stopped one do not run";
    EXPECT_TRUE(saved.runs[0].cancelled);
    for (const auto& task : saved.runs[0].tasks) EXPECT_EQ(task.outcome, Outcome::Cancelled);
    std::filesystem::remove(file);
}

INSTANTIATE_TEST_SUITE_P(Signals, StopSignal,
                         ::testing::Values(Stop{SIGTERM, false}, Stop{SIGHUP, true}, Stop{SIGINT, true}),
                         [](const auto& param_info) {
                             const Stop stop = param_info.param;
                             const std::string name = stop.sig == SIGTERM ? "Sigterm" : stop.sig == SIGHUP ? "Sighup" : "Sigint";
                             return name + (stop.to_group ? "ToTheGroup" : "");
                         });

TEST(RunCommand, WorkersDieWithAKilledRun) {
    // SIGKILL leaves no chance to clean up: the workers, each mid-way through
    // a 5 s fetch, must go by themselves, not when their fetch ends. The
    // server is this test's, not the run's: a dying embedded server would
    // end their fetches and hide whether they die with the run.
    const ServerProcess server(OVERLAP_EXECUTABLE);
    Family family;
    Clock::duration gone{};
    overlap("run --url " + server.base_url() + "/delay/5 --tasks 2 --modes processes --processes 2 --quiet",
            [&](ChildProcess& child) {
                family = wait_for_family(child.pid(), 0, 2);
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                child.signal(SIGKILL);
                gone = time_until_dead(family.all(), std::chrono::seconds(4));
            });
    ASSERT_EQ(family.workers.size(), 2u);
    EXPECT_LT(ms(gone), 2000) << "orphaned workers ran on";
}

TEST(RunCommand, ADeadServerIsNamedAndTheLaterModesDoNotRun) {
    // Long delays: the server dies while the threads run is surely in flight.
    const Finished run = overlap("run --tasks 2 --delay 5 --modes threads,async --quiet", [](ChildProcess& child) {
        const Family family = wait_for_family(child.pid(), 1, 0);
        ASSERT_EQ(family.servers.size(), 1u);
        ASSERT_TRUE(wait_for_connections(family.servers[0], 1)) << "the threads run never fetched";
        ::kill(family.servers[0], SIGKILL);
    });
    EXPECT_EQ(run.exit_code, 5) << run.output;
    EXPECT_NE(run.output.find("overlap run: the embedded server at http://127.0.0.1:"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find(" killed by signal 9 (Killed) during the threads run; the modes after it were not run\n"),
              std::string::npos)
        << run.output;
    EXPECT_EQ(run.output.find("\nasync"), std::string::npos) << "async ran against a dead port:\n" << run.output;
}

TEST(RunCommand, AFailedTaskMeansExitCodeThree) {
    const Finished failed = overlap("run --tasks 2 --status 500 --modes async --quiet");
    EXPECT_EQ(failed.exit_code, 3) << failed.output;
    EXPECT_NE(failed.output.find("overlap run: 2 of 2 tasks failed"), std::string::npos) << failed.output;
    EXPECT_EQ(overlap("run --tasks 2 --status 200 --modes async --quiet").exit_code, 0);
}

TEST(RunCommand, ABadFlagGetsOneLineAndExitCodeTwo) {
    const Finished run = overlap("run --tasks many");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.output,
              "overlap run: --tasks must be a whole number (got 'many')\n");
}

TEST(RunCommand, AnUnwritableOutputIsRefusedBeforeTheRun) {
    // Ten seconds of delay: reaching the table would mean the path was
    // checked only after the run, as it used to be.
    const Finished run = overlap("run --tasks 1 --delay 10 --modes async --quiet --json /nonexistent/run.json");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.output,
              "overlap run: --json: Cannot save '/nonexistent/run.json': No such file or directory\n");
}

TEST(Commands, HelpNamesTheCommandAndOnlyItsOwnOptions) {
    for (const std::string command : {"run", "serve", "presets", "diff"}) {
        SCOPED_TRACE(command);
        const Finished help = overlap(command + " --help");
        EXPECT_EQ(help.exit_code, 0);
        EXPECT_EQ(help.output.rfind("Usage: overlap " + command + " [options]", 0), 0u)
            << help.output;
        EXPECT_NE(help.output.find("--help"), std::string::npos);
        EXPECT_EQ(help.output.find("--help-all"), std::string::npos)
            << "Qt's options are not the command's";
    }
    const Finished help = overlap("run --help");
    for (const char* code : {"Exit status: 0 ", "3 a task failed", "preset's check did not hold",
                             "5 the embedded server died", "143 SIGTERM"}) {
        EXPECT_NE(help.output.find(code), std::string::npos) << code << " in\n" << help.output;
    }
}

}  // namespace
}  // namespace overlap
