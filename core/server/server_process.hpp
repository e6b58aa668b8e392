// The embedded server run as a child process (`overlap serve`), so the
// program being measured never shares a core's event loop with its server.
// Destroying the object stops the server; and because the server exits when
// its stdin closes, even a crashed parent never leaves one behind.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "system/child_process.hpp"

namespace overlap {

class ServerProcess {
public:
    // Runs `<overlap_executable> serve --port 0 --exit-with-parent [extra_args]`
    // and waits for it to say where it listens. Throws std::runtime_error when
    // it cannot be started, exits early, or stays silent past `startup_timeout`.
    explicit ServerProcess(const std::string& overlap_executable,
                           std::vector<std::string> extra_args = {},
                           std::chrono::milliseconds startup_timeout = std::chrono::seconds(10));
    // SIGTERM, up to 2 s to finish, then SIGKILL.
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    const std::string& base_url() const { return base_url_; }
    // How the server ended ("killed by signal 9 (Killed)"), if it already
    // has: it should run until destroyed, so a run can name a dead server
    // instead of running on against its port.
    std::optional<std::string> exited();
    pid_t pid() const { return child_.pid(); }

private:
    ChildProcess child_;
    std::string base_url_;
};

}  // namespace overlap
