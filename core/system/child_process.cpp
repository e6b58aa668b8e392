#include "system/child_process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <system_error>
#include <utility>

extern char** environ;

namespace overlap {
namespace {

[[noreturn]] void fail(int error, const std::string& what) {
    throw std::system_error(error, std::generic_category(), what);
}

void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

// Both ends are close-on-exec; the child gets its end only through dup2 onto
// 0 or 1, which clears the flag on the copy. A socket pair's ends both read
// and write; `read` is the one the child gets as stdin.
struct Pipe {
    int read = -1;
    int write = -1;
    explicit Pipe(bool socket = false) {
        int fds[2];
        const int made = socket ? ::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, fds)
                                : ::pipe2(fds, O_CLOEXEC);
        if (made != 0) fail(errno, socket ? "cannot create a socket pair" : "cannot create a pipe");
        read = fds[0];
        write = fds[1];
    }
    ~Pipe() {
        close_fd(read);
        close_fd(write);
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;
};

struct SpawnSetup {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    SpawnSetup() {
        posix_spawn_file_actions_init(&actions);
        posix_spawnattr_init(&attributes);
        // Signal dispositions set to "ignore" and the calling thread's blocked
        // signals would otherwise survive exec; the child starts clean.
        sigset_t none;
        sigemptyset(&none);
        sigset_t all;
        sigfillset(&all);
        posix_spawnattr_setsigmask(&attributes, &none);
        posix_spawnattr_setsigdefault(&attributes, &all);
        // A process group of its own: Ctrl-C or a closing terminal signals the
        // whole foreground group, and a server or workers killed by it would
        // turn a run the user stopped into one full of failures. Stopping is
        // the parent's to do; children end when it ends (stdin closes,
        // PR_SET_PDEATHSIG).
        posix_spawnattr_setpgroup(&attributes, 0);
        posix_spawnattr_setflags(&attributes,
                                 POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

pid_t wait_for(pid_t pid, int flags, ChildProcess::Exit& exit) {
    pid_t result;
    do {
        result = ::wait4(pid, &exit.wait_status, flags, &exit.usage);
    } while (result < 0 && errno == EINTR);
    if (result < 0) fail(errno, "cannot wait for process " + std::to_string(pid));
    return result;
}

}  // namespace

std::string ChildProcess::Exit::describe() const {
    if (WIFEXITED(wait_status))
        return "exited with status " + std::to_string(WEXITSTATUS(wait_status));
    if (WIFSIGNALED(wait_status)) {
        const int sig = WTERMSIG(wait_status);
        std::string text = "killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
        if (WCOREDUMP(wait_status)) text += ", core dumped";
        return text;
    }
    return "wait status " + std::to_string(wait_status);
}

ChildProcess ChildProcess::spawn(const std::string& path, const std::vector<std::string>& args,
                                 Options options) {
    std::vector<char*> argv;
    argv.reserve(args.size() + 2);
    argv.push_back(const_cast<char*>(path.c_str()));
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);

    SpawnSetup setup;
    std::optional<Pipe> in;
    std::optional<Pipe> out;
    if (options.pipe_stdin) {
        in.emplace(options.stdin_socket);
        posix_spawn_file_actions_adddup2(&setup.actions, in->read, STDIN_FILENO);
    }
    if (options.pipe_stdout) {
        out.emplace();
        posix_spawn_file_actions_adddup2(&setup.actions, out->write, STDOUT_FILENO);
    }

    ChildProcess child;
    const int error = ::posix_spawnp(&child.pid_, path.c_str(), &setup.actions, &setup.attributes,
                                     argv.data(), environ);
    if (error != 0) {
        child.pid_ = -1;
        fail(error, "cannot start " + path);
    }
    if (in) std::swap(child.stdin_fd_, in->write);
    if (out) std::swap(child.stdout_fd_, out->read);
    return child;
}

ChildProcess ChildProcess::adopt(pid_t pid, int stdin_fd, int stdout_fd) {
    ChildProcess child;
    child.pid_ = pid;
    child.stdin_fd_ = stdin_fd;
    child.stdout_fd_ = stdout_fd;
    return child;
}

ChildProcess::ChildProcess(ChildProcess&& other) noexcept
    : pid_(std::exchange(other.pid_, -1)),
      exit_(std::exchange(other.exit_, std::nullopt)),
      stdin_fd_(std::exchange(other.stdin_fd_, -1)),
      stdout_fd_(std::exchange(other.stdout_fd_, -1)) {}

ChildProcess& ChildProcess::operator=(ChildProcess&& other) noexcept {
    if (this != &other) {
        release();
        pid_ = std::exchange(other.pid_, -1);
        exit_ = std::exchange(other.exit_, std::nullopt);
        stdin_fd_ = std::exchange(other.stdin_fd_, -1);
        stdout_fd_ = std::exchange(other.stdout_fd_, -1);
    }
    return *this;
}

ChildProcess::~ChildProcess() { release(); }

void ChildProcess::release() {
    close_fd(stdin_fd_);
    close_fd(stdout_fd_);
    if (pid_ > 0 && !exit_) {
        ::kill(pid_, SIGKILL);
        Exit ignored;
        while (::wait4(pid_, &ignored.wait_status, 0, &ignored.usage) < 0 && errno == EINTR) {
        }
    }
    pid_ = -1;
    exit_.reset();
}

void ChildProcess::close_stdin() { close_fd(stdin_fd_); }

void ChildProcess::signal(int sig) const {
    if (pid_ > 0 && !exit_) ::kill(pid_, sig);
}

ChildProcess::Exit ChildProcess::wait() {
    if (!exit_) {
        Exit exit;
        wait_for(pid_, 0, exit);
        exit_ = exit;
    }
    return *exit_;
}

std::optional<ChildProcess::Exit> ChildProcess::try_wait() {
    if (!exit_) {
        Exit exit;
        if (wait_for(pid_, WNOHANG, exit) == 0) return std::nullopt;
        exit_ = exit;
    }
    return exit_;
}

}  // namespace overlap
