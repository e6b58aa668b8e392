// A blocking HTTP client with one reused handle, like a requests.Session: what
// the sequential mode, each pool thread, each worker process and the
// blocking-call-in-the-event-loop demo use. Cancel interrupts a transfer that
// is blocked in the kernel by shutting its socket down.
#pragma once

#include <curl/curl.h>

#include <mutex>
#include <string>

#include "engine/cancel_source.hpp"
#include "engine/transfer.hpp"

namespace overlap {

class BlockingFetcher {
public:
    explicit BlockingFetcher(CancelSource* cancel = nullptr);
    ~BlockingFetcher();
    BlockingFetcher(const BlockingFetcher&) = delete;
    BlockingFetcher& operator=(const BlockingFetcher&) = delete;

    // Fetches `url` (blocking) and records its phases for `task`.
    TransferResult fetch(std::uint32_t task, const std::string& url, long timeout_ms, std::uint64_t max_body_bytes,
                         WorkerEvents& events);

private:
    static curl_socket_t open_socket(void* self, curlsocktype purpose, curl_sockaddr* address);
    static int close_socket(void* self, curl_socket_t socket);
    static int on_progress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
    void interrupt();

    CURL* easy_;
    TransferState state_;
    CancelSource* cancel_;
    CancelSource::Registration registration_;
    std::mutex socket_mutex_;  // the socket may be shut down from the cancelling thread
    curl_socket_t socket_ = CURL_SOCKET_BAD;
};

}  // namespace overlap
