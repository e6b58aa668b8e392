#include "support/test_server.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include "server/server_process.hpp"

namespace overlap::testing {

namespace {

ServerProcess& server() {
    static ServerProcess instance(overlap_executable());
    return instance;
}

}  // namespace

const char* overlap_executable() { return OVERLAP_EXECUTABLE; }

const std::string& server_base() { return server().base_url(); }

EngineOptions engine_options() {
    EngineOptions options;
    options.server_base = server_base();
    options.worker_executable = OVERLAP_WORKER_EXECUTABLE;
    return options;
}

RunRecord run_to_end(const Workload& workload, ModeConfig config, EngineOptions options) {
    RunSession session(workload, config, std::move(options));
    session.start();
    return session.result();
}

int child_process_count() {
    const pid_t server_pid = server().pid();
    int count = 0;
    for (const auto& task : std::filesystem::directory_iterator("/proc/self/task")) {
        std::ifstream children(task.path() / "children");
        pid_t pid = 0;
        while (children >> pid) count += pid != server_pid ? 1 : 0;
    }
    return count;
}

int thread_count() {
    // ThreadSanitizer starts a helper thread of its own when the process
    // first creates one; create one here first so that it is never counted
    // as a thread a run left behind.
    [[maybe_unused]] static const bool sanitizer_settled = [] {
        std::thread([] {}).join();
        return true;
    }();
    int count = 0;
    for ([[maybe_unused]] const auto& task : std::filesystem::directory_iterator("/proc/self/task")) ++count;
    return count;
}

}  // namespace overlap::testing
