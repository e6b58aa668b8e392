// `overlap <args>` run as a user runs it, for the command tests: its exit
// status and everything it printed, and a temporary file name per test process.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <string>

#include "system/child_process.hpp"

namespace overlap {

struct Finished {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

inline std::string read_all(int fd) {
    std::string text;
    char chunk[4096];
    for (ssize_t got; (got = ::read(fd, chunk, sizeof chunk)) > 0;)
        text.append(chunk, static_cast<std::size_t>(got));
    return text;
}

// Runs `overlap <args>` through the shell so stderr joins stdout; calls
// `meanwhile` with the running child first, if given.
inline Finished overlap(const std::string& args,
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

inline std::filesystem::path temp_file(const char* name) {
    return std::filesystem::temp_directory_path() /
           (std::string(name) + "-" + std::to_string(::getpid()) + ".json");
}

}  // namespace overlap
