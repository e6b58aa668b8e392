// `overlap run` as a user runs it: the table it prints, the file it writes,
// Ctrl-C keeping what was recorded, a bad flag's one-line message, and every
// command's --help.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "formats/run_file.hpp"
#include "system/child_process.hpp"

namespace overlap {
namespace {

struct Finished {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

std::string read_all(int fd) {
    std::string text;
    char chunk[4096];
    for (ssize_t got; (got = ::read(fd, chunk, sizeof chunk)) > 0;)
        text.append(chunk, static_cast<std::size_t>(got));
    return text;
}

// Runs `overlap <args>` through the shell so stderr joins stdout; calls
// `meanwhile` with the running child first, if given.
Finished overlap(const std::string& args,
                 const std::function<void(ChildProcess&)>& meanwhile = {}) {
    ChildProcess child = ChildProcess::spawn(
        "/bin/sh", {"-c", std::string("exec ") + OVERLAP_EXECUTABLE + " " + args + " 2>&1"},
        {.pipe_stdin = false, .pipe_stdout = true});
    if (meanwhile) meanwhile(child);
    Finished finished;
    finished.output = read_all(child.stdout_fd());
    const ChildProcess::Exit exit = child.wait();
    finished.exit_code = WIFEXITED(exit.wait_status) ? WEXITSTATUS(exit.wait_status) : -1;
    return finished;
}

std::filesystem::path temp_file(const char* name) {
    return std::filesystem::temp_directory_path() /
           (std::string(name) + "-" + std::to_string(::getpid()) + ".json");
}

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

TEST(RunCommand, ABadFlagGetsOneLineAndExitCodeTwo) {
    const Finished run = overlap("run --tasks many");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.output,
              "overlap run: --tasks must be a whole number from 1 to 1000000 (got 'many')\n");
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
    for (const std::string command : {"run", "serve", "presets"}) {
        SCOPED_TRACE(command);
        const Finished help = overlap(command + " --help");
        EXPECT_EQ(help.exit_code, 0);
        EXPECT_EQ(help.output.rfind("Usage: overlap " + command + " [options]", 0), 0u)
            << help.output;
        EXPECT_NE(help.output.find("--help"), std::string::npos);
        EXPECT_EQ(help.output.find("--help-all"), std::string::npos)
            << "Qt's options are not the command's";
    }
}

}  // namespace
}  // namespace overlap
