// Integration tests share one embedded server per test program, started as a
// child process from the freshly built `overlap`, exactly as the app does.
#pragma once

#include <string>

#include "engine/run_session.hpp"

namespace overlap::testing {

// The freshly built `overlap`, to start a server of a test's own (one it kills).
const char* overlap_executable();

// http://127.0.0.1:PORT of the shared server (started on first use).
const std::string& server_base();

// Engine options pointing at the shared server and the built worker.
EngineOptions engine_options();

// Runs one mode to the end and returns its record.
RunRecord run_to_end(const Workload& workload, ModeConfig config, EngineOptions options = engine_options());

// Live children of this process, other than the shared server.
int child_process_count();
// Threads of this process right now.
int thread_count();

}  // namespace overlap::testing
