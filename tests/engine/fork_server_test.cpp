// The processes mode's fork server: its clones are the engine's own children,
// speak the worker protocol, and a fork server that is gone is reported as such.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "engine/worker_fork_server.hpp"
#include "engine/worker_protocol.hpp"
#include "support/test_server.hpp"

namespace overlap {
namespace {

namespace protocol = worker_protocol;

const std::vector<std::string> kWorkerArgs{"--iterations-per-ms", "1000", "--max-body-bytes", "1024"};

pid_t parent_of(pid_t pid) {
    // /proc/PID/stat: "pid (comm) state ppid ..."; comm has no spaces here.
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string ignored;
    pid_t parent = -1;
    stat >> ignored >> ignored >> ignored >> parent;
    return parent;
}

// Reads frames until end of file, returning their types in order.
std::vector<protocol::FrameType> frames_until_exit(const ChildProcess& worker) {
    std::string input;
    char chunk[4096];
    ssize_t got;
    while ((got = ::read(worker.stdout_fd(), chunk, sizeof chunk)) > 0) input.append(chunk, static_cast<std::size_t>(got));
    std::vector<protocol::FrameType> types;
    std::size_t offset = 0;
    while (const auto frame = protocol::next_frame(input, offset)) types.push_back(frame->type);
    EXPECT_EQ(offset, input.size()) << "a frame was cut short";
    return types;
}

TEST(WorkerForkServer, ClonesWorkersThatAreTheEnginesOwnChildren) {
    WorkerForkServer fork_server(testing::engine_options().worker_executable, kWorkerArgs);
    ChildProcess first = fork_server.fork_worker(0);
    ChildProcess second = fork_server.fork_worker(1);
    EXPECT_NE(first.pid(), second.pid());
    EXPECT_EQ(parent_of(first.pid()), ::getpid());
    EXPECT_EQ(parent_of(second.pid()), ::getpid());
    const ChildProcess::Exit server_exit = fork_server.close();
    EXPECT_TRUE(WIFEXITED(server_exit.wait_status) && WEXITSTATUS(server_exit.wait_status) == 0)
        << server_exit.describe();

    // The workers outlive their fork server: each says it is ready, and when
    // its stdin closes, reports its memory and exits cleanly.
    for (ChildProcess* worker : {&first, &second}) {
        worker->close_stdin();
        const auto types = frames_until_exit(*worker);
        ASSERT_EQ(types.size(), 2u);
        EXPECT_EQ(types.front(), protocol::FrameType::Ready);
        EXPECT_EQ(types.back(), protocol::FrameType::Usage);
        const ChildProcess::Exit exit = worker->wait();
        EXPECT_TRUE(WIFEXITED(exit.wait_status) && WEXITSTATUS(exit.wait_status) == 0) << exit.describe();
    }
}

TEST(WorkerForkServer, AFailedForkServerIsReportedWithItsExit) {
    // `false` reads no request and exits 1, as a broken worker executable would.
    WorkerForkServer fork_server("false", {});
    try {
        fork_server.fork_worker(0);
        FAIL() << "a fork server that exited cannot clone workers";
    } catch (const std::system_error& error) {
        EXPECT_NE(std::string(error.what()).find("fork server exited with status 1"), std::string::npos)
            << error.what();
    }
}

}  // namespace
}  // namespace overlap
