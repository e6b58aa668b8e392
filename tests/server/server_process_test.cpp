// `overlap serve` as a child: the real built binary, started, used, stopped.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "http_client.hpp"
#include "server/server_process.hpp"
#include "system/child_process.hpp"

namespace overlap {
namespace {

using testing::fetch;

std::string error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "no error";
}

// The first line `overlap serve` prints, or "" at end of file.
std::string read_line(int fd) {
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') line += c;
    return line;
}

ChildProcess::Exit wait_at_most(ChildProcess& child, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto exit = child.try_wait()) return *exit;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ADD_FAILURE() << "child still running after " << limit.count() << " s";
    child.signal(SIGKILL);
    return child.wait();
}

TEST(ServerProcess, StartsServesAndStops) {
    pid_t pid = -1;
    {
        ServerProcess server(OVERLAP_EXECUTABLE);
        pid = server.pid();
        EXPECT_EQ(server.base_url().rfind("http://127.0.0.1:", 0), 0u) << server.base_url();
        EXPECT_EQ(fetch(server.base_url() + "/get").status, 200);
    }
    EXPECT_NE(::kill(pid, 0), 0);  // stopped and reaped
}

TEST(ServerProcess, PassesExtraArguments) {
    ServerProcess server(OVERLAP_EXECUTABLE, {"--max-connections", "1"});
    EXPECT_EQ(fetch(server.base_url() + "/get").status, 200);
}

TEST(ServerProcess, SaysWhenTheExecutableCannotStart) {
    EXPECT_NE(error_of([] {
                  ServerProcess server("/nonexistent/overlap");
              }).find("cannot start /nonexistent/overlap"),
              std::string::npos);
}

TEST(ServerProcess, SaysWhenTheServerExitsEarly) {
    const std::string error = error_of([] {
        ServerProcess server(OVERLAP_EXECUTABLE, {"--max-connections", "none"});
    });
    EXPECT_NE(error.find("exited with status 2"), std::string::npos) << error;
}

TEST(ServerProcess, SaysWhenTheServerStaysSilent) {
    const auto script = std::filesystem::temp_directory_path() /
                        ("overlap-silent-" + std::to_string(::getpid()) + ".sh");
    std::ofstream(script) << "#!/bin/sh\nexec sleep 30\n";
    std::filesystem::permissions(script, std::filesystem::perms::owner_all);
    const std::string error = error_of(
        [&] { ServerProcess server(script.string(), {}, std::chrono::milliseconds(300)); });
    std::filesystem::remove(script);
    EXPECT_NE(error.find("within 300 ms"), std::string::npos) << error;
}

TEST(ServeCommand, ExitsWhenItsParentClosesStdin) {
    ChildProcess child =
        ChildProcess::spawn(OVERLAP_EXECUTABLE, {"serve", "--port", "0", "--exit-with-parent"},
                            {.pipe_stdin = true, .pipe_stdout = true});
    EXPECT_EQ(read_line(child.stdout_fd()).rfind("listening on http://127.0.0.1:", 0), 0u);
    child.close_stdin();
    EXPECT_EQ(wait_at_most(child, std::chrono::seconds(5)).describe(), "exited with status 0");
}

TEST(ServeCommand, StopsCleanlyOnSigterm) {
    ChildProcess child =
        ChildProcess::spawn(OVERLAP_EXECUTABLE, {"serve", "--port", "0"}, {.pipe_stdout = true});
    EXPECT_EQ(read_line(child.stdout_fd()).rfind("listening on ", 0), 0u);
    child.signal(SIGTERM);
    EXPECT_EQ(wait_at_most(child, std::chrono::seconds(5)).describe(), "exited with status 0");
}

TEST(ServeCommand, RejectsBadFlagValuesWithStatus2) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"serve", "--port", "70000"},
          std::vector<std::string>{"serve", "--port", "http"},
          std::vector<std::string>{"serve", "--max-connections", "0"},
          std::vector<std::string>{"serve", "--no-such-flag"}}) {
        ChildProcess child = ChildProcess::spawn(OVERLAP_EXECUTABLE, args, {.pipe_stdout = true});
        EXPECT_EQ(read_line(child.stdout_fd()), "");  // nothing on stdout: the error goes to stderr
        EXPECT_EQ(wait_at_most(child, std::chrono::seconds(5)).describe(), "exited with status 2")
            << args[1];
    }
}

}  // namespace
}  // namespace overlap
