#include "server/server_process.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <stdexcept>
#include <system_error>
#include <thread>

namespace overlap {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::string_view kGreeting = "listening on ";
constexpr auto kStopGrace = std::chrono::seconds(2);

ChildProcess start(const std::string& executable, std::vector<std::string> extra_args) {
    std::vector<std::string> args = {"serve", "--port", "0", "--exit-with-parent"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    try {
        return ChildProcess::spawn(executable, args, {.pipe_stdin = true, .pipe_stdout = true});
    } catch (const std::system_error& error) {
        throw std::runtime_error(std::string("server: ") + error.what());
    }
}

// The child's first stdout line, or why there is none.
std::string first_line(ChildProcess& child, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    std::string text;
    while (text.find('\n') == std::string::npos) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd ready{child.stdout_fd(), POLLIN, 0};
        const int polled = left.count() > 0 ? ::poll(&ready, 1, static_cast<int>(left.count())) : 0;
        if (polled < 0 && errno == EINTR) continue;
        if (polled == 0) {
            throw std::runtime_error("server did not say where it listens within " +
                                     std::to_string(timeout.count()) + " ms");
        }
        char chunk[256];
        const ssize_t count = ::read(child.stdout_fd(), chunk, sizeof chunk);
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) {
            throw std::runtime_error("server " + child.wait().describe() +
                                     " before saying where it listens");
        }
        text.append(chunk, static_cast<std::size_t>(count));
    }
    text.resize(text.find('\n'));
    return text;
}

}  // namespace

ServerProcess::ServerProcess(const std::string& overlap_executable,
                             std::vector<std::string> extra_args,
                             std::chrono::milliseconds startup_timeout)
    : child_(start(overlap_executable, std::move(extra_args))) {
    const std::string line = first_line(child_, startup_timeout);
    if (line.substr(0, kGreeting.size()) != kGreeting) {
        throw std::runtime_error("server said '" + line + "' instead of where it listens");
    }
    base_url_ = line.substr(kGreeting.size());
}

std::optional<std::string> ServerProcess::exited() {
    try {
        if (const auto exit = child_.try_wait()) return exit->describe();
    } catch (const std::system_error& error) {
        return std::string("cannot be waited for (") + error.what() + ")";
    }
    return std::nullopt;
}

ServerProcess::~ServerProcess() {
    child_.signal(SIGTERM);
    const auto deadline = Clock::now() + kStopGrace;
    try {
        while (!child_.try_wait()) {
            if (Clock::now() >= deadline) break;  // ~ChildProcess kills and reaps it
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    } catch (const std::system_error&) {
        // Already reaped behind our back (SIGCHLD ignored): nothing left to stop.
    }
}

}  // namespace overlap
