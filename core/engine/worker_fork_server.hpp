// How the processes mode starts its workers quickly. Starting `overlap-worker`
// costs about 15 ms of CPU (loading libcurl's 35 libraries, initialising
// OpenSSL); ten of them at once on two cores delayed the first task by 150 ms.
// So one `overlap-worker` is started per run, initialises once, and clones a
// worker for each request, the way Python's "forkserver" start method does.
// Clones are made with CLONE_PARENT: they are the engine's own children, which
// it waits for, kills and reads the exit status of like any spawned process.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "system/child_process.hpp"

namespace overlap {

// The engine's end. Not thread-safe: the dispatcher thread owns it.
class WorkerForkServer {
public:
    // Starts `executable args...` with the request socket as its stdin.
    // Throws std::system_error naming the executable if it cannot start.
    WorkerForkServer(const std::string& executable, const std::vector<std::string>& args);

    // A new worker process with piped stdin and stdout, which then serves
    // orders as worker `worker_id`. Throws std::system_error with the reason
    // (the fork server died, the clone failed).
    ChildProcess fork_worker(std::uint16_t worker_id);

    // Ends the fork server (its workers run on) and returns its exit.
    ChildProcess::Exit close();

private:
    ChildProcess server_;
};

// The fork server's end, in `overlap-worker`: answers requests arriving on
// `request_fd` until the engine hangs up, then returns nullopt. In each cloned
// worker it returns that worker's id, with stdin and stdout connected to the
// engine.
std::optional<std::uint16_t> serve_fork_requests(int request_fd);

}  // namespace overlap
