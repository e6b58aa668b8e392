#include "engine/blocking_fetcher.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

#include "engine/clock.hpp"

namespace overlap {

BlockingFetcher::BlockingFetcher(CancelSource* cancel) : cancel_(cancel) {
    ensure_curl_initialised();
    easy_ = curl_easy_init();
    if (!easy_) throw std::runtime_error("libcurl could not create a transfer handle");
    curl_easy_setopt(easy_, CURLOPT_OPENSOCKETFUNCTION, open_socket);
    curl_easy_setopt(easy_, CURLOPT_OPENSOCKETDATA, this);
    curl_easy_setopt(easy_, CURLOPT_CLOSESOCKETFUNCTION, close_socket);
    curl_easy_setopt(easy_, CURLOPT_CLOSESOCKETDATA, this);
    curl_easy_setopt(easy_, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(easy_, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(easy_, CURLOPT_NOPROGRESS, 0L);
    if (cancel_) registration_ = cancel_->on_cancel([this] { interrupt(); });
}

BlockingFetcher::~BlockingFetcher() {
    registration_.reset();  // no interrupt() may run once the handle is gone
    curl_easy_cleanup(easy_);
}

curl_socket_t BlockingFetcher::open_socket(void* self, curlsocktype, curl_sockaddr* address) {
    auto& fetcher = *static_cast<BlockingFetcher*>(self);
    // Checked under the lock interrupt() takes: either interrupt() will see
    // this socket, or we see the cancel here and refuse to connect.
    std::lock_guard lock(fetcher.socket_mutex_);
    if (fetcher.cancel_ && fetcher.cancel_->cancelled()) return CURL_SOCKET_BAD;
    fetcher.socket_ = open_transfer_socket(fetcher.state_, *address);
    return fetcher.socket_;
}

int BlockingFetcher::close_socket(void* self, curl_socket_t socket) {
    auto& fetcher = *static_cast<BlockingFetcher*>(self);
    std::lock_guard lock(fetcher.socket_mutex_);
    if (fetcher.socket_ == socket) fetcher.socket_ = CURL_SOCKET_BAD;
    return ::close(socket);
}

int BlockingFetcher::on_progress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto& fetcher = *static_cast<BlockingFetcher*>(self);
    return fetcher.cancel_ && fetcher.cancel_->cancelled() ? 1 : 0;
}

void BlockingFetcher::interrupt() {
    // shutdown() wakes a thread blocked in poll() on this socket at once; the
    // descriptor stays valid until libcurl closes it, so there is no fd reuse race.
    std::lock_guard lock(socket_mutex_);
    if (socket_ != CURL_SOCKET_BAD) ::shutdown(socket_, SHUT_RDWR);
}

TransferResult BlockingFetcher::fetch(std::uint32_t task, const std::string& url, long timeout_ms,
                                      std::uint64_t max_body_bytes, WorkerEvents& events) {
    if (cancel_ && cancel_->cancelled()) return {Outcome::Cancelled, 0, "cancelled"};
    state_.task = task;
    state_.begin_ns = now_ns();
    configure_transfer(easy_, url, timeout_ms, max_body_bytes, state_);
    const CURLcode code = curl_easy_perform(easy_);
    const std::int64_t end = now_ns();
    const bool cancelled = cancel_ && cancel_->cancelled();
    record_transfer_phases(easy_, state_, end, code == CURLE_OK, events);
    return finish_transfer(easy_, code, state_, cancelled, timeout_ms);
}

}  // namespace overlap
