// Starting, feeding, reading and reaping children, and keeping each child's
// pipes out of the others.
#include <gtest/gtest.h>

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <optional>
#include <system_error>

#include "system/child_process.hpp"

namespace overlap {
namespace {

using Clock = std::chrono::steady_clock;

ChildProcess shell(const std::string& script, ChildProcess::Options options = {}) {
    return ChildProcess::spawn("/bin/sh", {"-c", script}, options);
}

// Everything until end of file, or nullopt if it does not come within `timeout`.
std::optional<std::string> read_to_eof(int fd, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    std::string text;
    while (Clock::now() < deadline) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd ready{fd, POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(left.count())) <= 0) continue;
        char chunk[256];
        const ssize_t count = ::read(fd, chunk, sizeof chunk);
        if (count == 0) return text;
        if (count > 0) text.append(chunk, static_cast<std::size_t>(count));
    }
    return std::nullopt;
}

bool process_exists(pid_t pid) { return ::kill(pid, 0) == 0 || errno != ESRCH; }

TEST(ChildProcess, ReportsTheExitStatus) {
    ChildProcess child = shell("exit 3");
    const ChildProcess::Exit exit = child.wait();
    EXPECT_TRUE(WIFEXITED(exit.wait_status));
    EXPECT_EQ(WEXITSTATUS(exit.wait_status), 3);
    EXPECT_EQ(exit.describe(), "exited with status 3");
    EXPECT_EQ(child.wait().wait_status, exit.wait_status);  // reaped once, remembered
}

TEST(ChildProcess, DescribesDeathBySignal) {
    ChildProcess child = shell("kill -9 $$");
    EXPECT_EQ(child.wait().describe(), "killed by signal 9 (Killed)");
}

TEST(ChildProcess, TryWaitSaysNothingWhileTheChildRuns) {
    ChildProcess child = ChildProcess::spawn("sleep", {"30"}, {});
    EXPECT_FALSE(child.try_wait().has_value());
    child.signal(SIGTERM);
    EXPECT_EQ(child.wait().describe(), "killed by signal 15 (Terminated)");
    ASSERT_TRUE(child.try_wait().has_value());
}

TEST(ChildProcess, PipesStdinAndStdout) {
    ChildProcess child = ChildProcess::spawn("cat", {}, {.pipe_stdin = true, .pipe_stdout = true});
    ASSERT_GE(child.stdin_fd(), 0);
    ASSERT_EQ(::write(child.stdin_fd(), "ping\n", 5), 5);
    child.close_stdin();
    EXPECT_EQ(child.stdin_fd(), -1);
    EXPECT_EQ(read_to_eof(child.stdout_fd(), std::chrono::seconds(5)), "ping\n");
    EXPECT_EQ(child.wait().describe(), "exited with status 0");
}

TEST(ChildProcess, UnpipedStreamsHaveNoDescriptors) {
    ChildProcess child = shell("exit 0");
    EXPECT_EQ(child.stdin_fd(), -1);
    EXPECT_EQ(child.stdout_fd(), -1);
}

TEST(ChildProcess, ReportsResourceUsage) {
    ChildProcess child = shell("i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done");
    const ChildProcess::Exit exit = child.wait();
    const double cpu_s =
        static_cast<double>(exit.usage.ru_utime.tv_sec + exit.usage.ru_stime.tv_sec) +
        1e-6 * static_cast<double>(exit.usage.ru_utime.tv_usec + exit.usage.ru_stime.tv_usec);
    EXPECT_GT(cpu_s, 0.0);
    EXPECT_GT(exit.usage.ru_maxrss, 0);
}

TEST(ChildProcess, NamesTheExecutableItCannotStart) {
    try {
        ChildProcess::spawn("/nonexistent/program", {}, {});
        FAIL() << "started a program that does not exist";
    } catch (const std::system_error& error) {
        EXPECT_NE(std::string(error.what()).find("/nonexistent/program"), std::string::npos);
        EXPECT_EQ(error.code(), std::errc::no_such_file_or_directory);
    }
}

TEST(ChildProcess, DestructorKillsAndReapsARunningChild) {
    pid_t pid = -1;
    {
        ChildProcess child = ChildProcess::spawn("sleep", {"30"}, {.pipe_stdin = true});
        pid = child.pid();
        ASSERT_TRUE(process_exists(pid));
    }
    EXPECT_FALSE(process_exists(pid));  // not even a zombie
}

TEST(ChildProcess, MovingKeepsOneOwner) {
    ChildProcess first = shell("exit 4");
    const pid_t pid = first.pid();
    ChildProcess second = std::move(first);
    EXPECT_EQ(second.pid(), pid);
    EXPECT_EQ(second.wait().describe(), "exited with status 4");
}

// A child that inherited another child's pipe ends would keep that child's
// stdin open (it never sees end of file) or its stdout open (the parent
// never does).
TEST(ChildProcess, NoChildHoldsAnotherChildsPipes) {
    ChildProcess echo =
        shell("read line; echo \"got $line\"", {.pipe_stdin = true, .pipe_stdout = true});
    ChildProcess bystander =
        ChildProcess::spawn("sleep", {"30"}, {.pipe_stdin = true, .pipe_stdout = true});
    ASSERT_EQ(::write(echo.stdin_fd(), "x", 1), 1);
    echo.close_stdin();  // end of file reaches `read` only if no bystander holds the write end
    EXPECT_EQ(read_to_eof(echo.stdout_fd(), std::chrono::seconds(5)), "got x\n");
    EXPECT_EQ(echo.wait().describe(), "exited with status 0");
    EXPECT_FALSE(bystander.try_wait().has_value());
}

}  // namespace
}  // namespace overlap
