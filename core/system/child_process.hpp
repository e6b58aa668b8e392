// A child process started with posix_spawn: the one way Overlap starts
// programs (the embedded server, the multi-process runner's fork server). Safe
// to use from a threaded parent: nothing is forked, and every pipe end the
// parent keeps is close-on-exec, so no child inherits another child's pipes.
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

namespace overlap {

class ChildProcess {
public:
    struct Options {
        bool pipe_stdin = false;
        bool pipe_stdout = false;  // stderr is always inherited
        // With pipe_stdin: a SOCK_SEQPACKET socket pair instead of a pipe, so
        // the parent can also read the child's replies and pass it descriptors.
        bool stdin_socket = false;
    };

    struct Exit {
        int wait_status = 0;
        // CPU times are the child's own. ru_maxrss is not: the child shares the
        // parent's memory until exec, and Linux counts that in, so a small
        // child of a large parent reports the parent's size at spawn.
        rusage usage{};
        // "exited with status 3", "killed by signal 9 (Killed)"
        std::string describe() const;
    };

    // argv[0] is `path`; a path without '/' is looked up in PATH. Throws
    // std::system_error naming the executable if it cannot be started.
    static ChildProcess spawn(const std::string& path, const std::vector<std::string>& args,
                              Options options);

    // Takes charge of a process that is already this process's child (one a
    // fork server cloned with CLONE_PARENT) and of the parent's ends of its
    // stdin and stdout (-1 for none).
    static ChildProcess adopt(pid_t pid, int stdin_fd, int stdout_fd);

    ChildProcess(ChildProcess&& other) noexcept;
    ChildProcess& operator=(ChildProcess&& other) noexcept;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    // A child still running is killed (SIGKILL) and reaped: never a zombie.
    ~ChildProcess();

    pid_t pid() const { return pid_; }
    int stdin_fd() const { return stdin_fd_; }    // the parent's write end, -1 if not piped
    int stdout_fd() const { return stdout_fd_; }  // the parent's read end, -1 if not piped
    void close_stdin();
    // Does nothing once the child has been reaped (its pid may belong to another process).
    void signal(int sig) const;

    // Both reap the child once; later calls return the same Exit.
    Exit wait();
    std::optional<Exit> try_wait();

private:
    ChildProcess() = default;
    void release();

    pid_t pid_ = -1;
    std::optional<Exit> exit_;  // set once reaped
    int stdin_fd_ = -1;
    int stdout_fd_ = -1;
};

}  // namespace overlap
