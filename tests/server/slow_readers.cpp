#include "slow_readers.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <system_error>

namespace overlap::testing {
namespace {

// A small receive window, so the kernel cannot take the whole body off the
// server's hands: what the client does not read stays the server's problem.
constexpr int kReceiveBuffer = 32 * 1024;

int connect_slow_reader(unsigned short port, const std::string& request) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) throw std::system_error(errno, std::generic_category(), "socket");
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &kReceiveBuffer, sizeof kReceiveBuffer);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
        ::send(fd, request.data(), request.size(), MSG_NOSIGNAL) !=
            static_cast<ssize_t>(request.size())) {
        const int error = errno;
        ::close(fd);
        throw std::system_error(error, std::generic_category(), "slow reader");
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

}  // namespace

SlowReaders::SlowReaders(unsigned short port, int clients, const std::string& target,
                         std::size_t per_tick, std::chrono::milliseconds tick) {
    const std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    try {
        for (int i = 0; i < clients; ++i) fds_.push_back(connect_slow_reader(port, request));
    } catch (...) {
        for (const int fd : fds_) ::close(fd);
        throw;
    }
    received_.assign(fds_.size(), 0);
    thread_ = std::thread([this, per_tick, tick] { read_loop(per_tick, tick); });
}

SlowReaders::~SlowReaders() { stop(); }

void SlowReaders::read_loop(std::size_t per_tick, std::chrono::milliseconds tick) {
    std::vector<char> chunk(per_tick);
    auto next = std::chrono::steady_clock::now();
    while (!stopping_) {
        for (std::size_t i = 0; i < fds_.size(); ++i) {
            const ssize_t count = ::recv(fds_[i], chunk.data(), chunk.size(), 0);
            if (count > 0) received_[i] += static_cast<std::size_t>(count);
        }
        next += tick;
        std::this_thread::sleep_until(next);
    }
}

std::vector<std::size_t> SlowReaders::stop() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
    for (const int fd : fds_) ::close(fd);
    fds_.clear();
    return received_;
}

unsigned short port_of(const std::string& base_url) {
    return static_cast<unsigned short>(std::stoi(base_url.substr(base_url.rfind(':') + 1)));
}

long status_kib(int pid, const std::string& field) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
    }
    return -1;
}

}  // namespace overlap::testing
