#include "http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <system_error>

namespace overlap::testing {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Transfer {
    Reply* reply;
    Clock::time_point start;
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
    auto* transfer = static_cast<Transfer*>(user);
    transfer->reply->body.append(data, size * count);
    transfer->reply->chunk_arrivals_s.push_back(seconds_since(transfer->start));
    return size * count;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
    static_cast<Reply*>(user)->headers.append(data, size * count);
    return size * count;
}

}  // namespace

HttpClient::HttpClient() : handle_(curl_easy_init()) {
    if (handle_ == nullptr) throw std::runtime_error("curl_easy_init failed");
}

HttpClient::~HttpClient() { curl_easy_cleanup(handle_); }

Reply HttpClient::get(const std::string& url, const std::vector<std::string>& headers) {
    curl_slist* list = nullptr;
    for (const std::string& header : headers) list = curl_slist_append(list, header.c_str());
    curl_easy_setopt(handle_, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, list);
    Reply reply = perform(url);
    curl_easy_setopt(handle_, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(list);
    return reply;
}

Reply HttpClient::request(const std::string& method, const std::string& url) {
    if (method == "HEAD") {
        curl_easy_setopt(handle_, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(handle_, CURLOPT_CUSTOMREQUEST, method.c_str());
    }
    Reply reply = perform(url);
    curl_easy_setopt(handle_, CURLOPT_NOBODY, 0L);
    curl_easy_setopt(handle_, CURLOPT_CUSTOMREQUEST, nullptr);
    return reply;
}

Reply HttpClient::perform(const std::string& url) {
    Reply reply;
    Transfer transfer{&reply, Clock::now()};
    curl_easy_setopt(handle_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(handle_, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(handle_, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(handle_, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(handle_, CURLOPT_HEADERDATA, &reply);
    curl_easy_setopt(handle_, CURLOPT_TIMEOUT_MS, 20000L);
    curl_easy_setopt(handle_, CURLOPT_NOSIGNAL, 1L);
    reply.result = curl_easy_perform(handle_);
    curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &reply.status);
    curl_easy_getinfo(handle_, CURLINFO_STARTTRANSFER_TIME, &reply.first_byte_s);
    curl_easy_getinfo(handle_, CURLINFO_TOTAL_TIME, &reply.total_s);
    curl_easy_getinfo(handle_, CURLINFO_NUM_CONNECTS, &reply.new_connections);
    return reply;
}

Reply fetch(const std::string& url) { return HttpClient().get(url); }

RawSocket::RawSocket(unsigned short port) : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
    if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "socket");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd_);
        throw std::system_error(error, std::generic_category(), "connect");
    }
}

RawSocket::~RawSocket() { close(); }

void RawSocket::close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

void RawSocket::send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t count = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (count < 0) throw std::system_error(errno, std::generic_category(), "send");
        sent += static_cast<std::size_t>(count);
    }
}

RawSocket::Received RawSocket::read_until_closed(std::chrono::milliseconds timeout) {
    Received received;
    const auto start = Clock::now();
    const auto deadline = start + timeout;
    while (Clock::now() < deadline) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd ready{fd_, POLLIN, 0};
        if (::poll(&ready, 1, static_cast<int>(left.count())) <= 0) continue;
        char chunk[4096];
        const ssize_t count = ::recv(fd_, chunk, sizeof chunk, 0);
        if (count <= 0) {
            received.closed = true;
            break;
        }
        received.bytes.append(chunk, static_cast<std::size_t>(count));
    }
    received.elapsed_s = seconds_since(start);
    return received;
}

}  // namespace overlap::testing
