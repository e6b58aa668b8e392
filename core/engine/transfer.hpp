// What every runner does with a libcurl easy handle: the same options, the same
// reading of the outcome, the same phases from libcurl's timers. The blocking
// fetcher and the async event loop differ only in who drives the transfer.
#pragma once

#include <curl/curl.h>

#include <cstdint>
#include <string>

#include "engine/worker_events.hpp"
#include "model/event.hpp"

namespace overlap {

// Bodies beyond this become an error: a run measures timing, not storage.
inline constexpr std::uint64_t kDefaultMaxBodyBytes = 64ull << 20;

// Per-transfer state libcurl writes into; lives as long as the transfer.
struct TransferState {
    std::uint32_t task = kNoTask;
    std::int64_t begin_ns = 0;   // when the runner handed the transfer to libcurl
    std::int64_t request_ns = 0;  // when libcurl was about to send the request; 0 if never
    std::uint64_t max_body_bytes = kDefaultMaxBodyBytes;
    std::uint64_t body_bytes = 0;
    bool body_too_large = false;
    int socket_errno = 0;  // why the transfer got no socket, 0 if it got one
    char error[CURL_ERROR_SIZE] = {};
};

struct TransferResult {
    Outcome outcome = Outcome::Error;
    int http_status = 0;
    std::string error;  // empty when the outcome is Ok
};

// Options for one transfer of `url`; `state` must outlive it, its task and
// begin_ns set by the caller. Keeps the handle's connection for reuse
// (keep-alive, like a requests.Session).
void configure_transfer(CURL* easy, const std::string& url, long timeout_ms,
                        std::uint64_t max_body_bytes, TransferState& state);

// Opens a transfer's socket as libcurl would (CURLOPT_OPENSOCKETFUNCTION),
// keeping errno when that fails: libcurl then says only "Couldn't connect",
// which hides the common cause at scale, a process out of descriptors.
curl_socket_t open_transfer_socket(TransferState& state, const curl_sockaddr& address);

// Reads the outcome after the transfer ended with `code`.
TransferResult finish_transfer(CURL* easy, CURLcode code, const TransferState& state,
                               bool cancelled, long timeout_ms);

// Records the transfer's phases from state.begin_ns to `end_ns` (when the
// runner saw it end): dns/connect/tls/send/wait/receive from libcurl's timers,
// and "stalled" for the time libcurl had not begun it yet, or had finished it
// and the runner had not yet noticed.
void record_transfer_phases(CURL* easy, const TransferState& state, std::int64_t end_ns,
                            bool succeeded, WorkerEvents& events);

// curl_global_init once per process, before any thread uses libcurl.
void ensure_curl_initialised();

}  // namespace overlap
