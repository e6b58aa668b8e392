#include "engine/worker_fork_server.hpp"

#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include "system/unique_fd.hpp"

namespace overlap {

namespace {

// One request is one SOCK_SEQPACKET message: the worker id, with the child's
// ends of its stdin and stdout pipes attached as SCM_RIGHTS.
struct Request {
    std::uint16_t worker_id = 0;
};

// The answer: the worker's pid, or -errno when it could not be cloned.
struct Reply {
    std::int32_t pid_or_error = 0;
};

constexpr int kPassedFds = 2;
using ControlBuffer = char[CMSG_SPACE(sizeof(int) * kPassedFds)];

[[noreturn]] void fail(int error, const std::string& what) {
    throw std::system_error(error, std::generic_category(), what);
}

struct PipeEnds {
    UniqueFd read;
    UniqueFd write;
};

PipeEnds make_pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) fail(errno, "cannot create a pipe for a worker");
    return {UniqueFd(fds[0]), UniqueFd(fds[1])};
}

// One request with room for the two descriptors that travel beside it.
msghdr request_message(iovec& data, ControlBuffer& control) {
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    return message;
}

bool send_request(int socket, Request request, int child_stdin, int child_stdout) {
    iovec data{&request, sizeof request};
    alignas(cmsghdr) ControlBuffer control{};
    msghdr message = request_message(data, control);
    cmsghdr* header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int) * kPassedFds);
    const int fds[kPassedFds] = {child_stdin, child_stdout};
    std::memcpy(CMSG_DATA(header), fds, sizeof fds);
    ssize_t sent;
    do {
        sent = ::sendmsg(socket, &message, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent == static_cast<ssize_t>(sizeof request);
}

// False when the engine hung up or sent something that is not a request.
bool receive_request(int socket, Request& request, UniqueFd& child_stdin, UniqueFd& child_stdout) {
    iovec data{&request, sizeof request};
    alignas(cmsghdr) ControlBuffer control{};
    msghdr message = request_message(data, control);
    ssize_t got;
    do {
        got = ::recvmsg(socket, &message, MSG_CMSG_CLOEXEC);
    } while (got < 0 && errno == EINTR);
    const cmsghdr* header = CMSG_FIRSTHDR(&message);
    if (header == nullptr || header->cmsg_type != SCM_RIGHTS ||
        header->cmsg_len != CMSG_LEN(sizeof(int) * kPassedFds)) {
        return false;
    }
    int fds[kPassedFds];
    std::memcpy(fds, CMSG_DATA(header), sizeof fds);
    child_stdin.reset(fds[0]);
    child_stdout.reset(fds[1]);
    return got == static_cast<ssize_t>(sizeof request);
}

// fork(), except that the child's parent is the engine, not the fork server.
// The raw system call skips glibc's fork bookkeeping, which this process does
// not need: it is single-threaded and holds no locks, and the child only ever
// takes a copy of what the fork server set up.
pid_t clone_for_parent() {
    return static_cast<pid_t>(
        ::syscall(SYS_clone, CLONE_PARENT | SIGCHLD, nullptr, nullptr, nullptr, nullptr));
}

}  // namespace

WorkerForkServer::WorkerForkServer(const std::string& executable, const std::vector<std::string>& args)
    : server_(ChildProcess::spawn(executable, args, {.pipe_stdin = true, .stdin_socket = true})) {}

ChildProcess WorkerForkServer::fork_worker(std::uint16_t worker_id) {
    PipeEnds orders = make_pipe();
    PipeEnds events = make_pipe();
    Reply reply;
    ssize_t got = 0;
    if (send_request(server_.stdin_fd(), {worker_id}, orders.read.get(), events.write.get())) {
        do {
            got = ::recv(server_.stdin_fd(), &reply, sizeof reply, 0);
        } while (got < 0 && errno == EINTR);
    }
    if (got != static_cast<ssize_t>(sizeof reply)) {
        const ChildProcess::Exit exit = close();
        fail(EPIPE, "the worker fork server " + exit.describe());
    }
    if (reply.pid_or_error <= 0) fail(-reply.pid_or_error, "cannot clone a worker process");
    // The worker's ends close here: once it exits, reading its events sees EOF.
    return ChildProcess::adopt(reply.pid_or_error, orders.write.release(), events.read.release());
}

ChildProcess::Exit WorkerForkServer::close() {
    server_.close_stdin();
    return server_.wait();
}

std::optional<std::uint16_t> serve_fork_requests(int request_fd) {
    // Tells the fork server from its workers in `ps` and /proc/PID/comm.
    ::prctl(PR_SET_NAME, "overlap-spawner");
    const pid_t engine = ::getppid();
    for (;;) {
        Request request;
        UniqueFd child_stdin;
        UniqueFd child_stdout;
        if (!receive_request(request_fd, request, child_stdin, child_stdout)) return std::nullopt;
        const pid_t pid = clone_for_parent();
        if (pid == 0) {
            ::prctl(PR_SET_NAME, "overlap-worker");
            // A worker dies with the engine. Its pipes tell it only when it
            // next reads or writes, so one mid-fetch (a 30 s timeout) ran on
            // orphaned. Linux sends the signal when the engine thread that
            // started the fork server exits; the dispatcher thread reaps
            // every worker before it does. The getppid() check covers an
            // engine that died before the prctl.
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != engine) std::_Exit(1);
            ::dup2(child_stdin.get(), STDIN_FILENO);
            ::dup2(child_stdout.get(), STDOUT_FILENO);
            if (request_fd != STDIN_FILENO) ::close(request_fd);
            return request.worker_id;
        }
        const Reply reply{pid > 0 ? pid : -errno};
        if (::send(request_fd, &reply, sizeof reply, MSG_NOSIGNAL) != static_cast<ssize_t>(sizeof reply)) {
            return std::nullopt;
        }
    }
}

}  // namespace overlap
