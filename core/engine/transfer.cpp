// The libcurl options, outcome reading and phase timing every runner shares.
#include "engine/transfer.hpp"

#include <sys/resource.h>
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <mutex>
#include <system_error>

#include "engine/clock.hpp"
#include "model/workload.hpp"

namespace overlap {

namespace {

// Stalls shorter than this are the runner's own bookkeeping between two
// clock reads: a phase for them would only add a line to every tooltip.
constexpr std::int64_t kMinStallNs = 50'000;

// libcurl calls this once the connection is ready, just before the request
// goes out. Its timers count from a start this program cannot see (an event
// loop adds a transfer, libcurl begins it when it gets to it); this moment,
// minus the connect time, places that start on our clock.
int on_request(void* user, char*, char*, int, int) {
    static_cast<TransferState*>(user)->request_ns = now_ns();
    return CURL_PREREQFUNC_OK;
}

std::size_t discard_body(char*, std::size_t size, std::size_t count, void* user) {
    auto& state = *static_cast<TransferState*>(user);
    state.body_bytes += size * count;
    if (state.body_bytes > state.max_body_bytes) {
        state.body_too_large = true;
        return 0;  // makes libcurl fail the transfer with CURLE_WRITE_ERROR
    }
    return size * count;
}

std::string no_socket_message(int error) {
    // error_code's message is strerror_r's: many pool threads may fail at once.
    std::string message =
        "could not open a socket: " + std::error_code(error, std::generic_category()).message();
    rlimit files{};
    if ((error == EMFILE || error == ENFILE) && getrlimit(RLIMIT_NOFILE, &files) == 0) {
        // A blocking transfer holds three descriptors (its socket and
        // libcurl's wake-up pair), so a thread per task meets this first.
        message += " (this process may open " + std::to_string(files.rlim_cur) + "; see ulimit -n)";
    }
    return message;
}

}  // namespace

void ensure_curl_initialised() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

void configure_transfer(CURL* easy, const std::string& url, long timeout_ms,
                        std::uint64_t max_body_bytes, TransferState& state) {
    state.max_body_bytes = max_body_bytes;
    state.body_bytes = 0;
    state.body_too_large = false;
    state.socket_errno = 0;
    state.request_ns = 0;
    state.error[0] = '\0';
    curl_easy_setopt(easy, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard_body);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &state);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, state.error);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for DNS timeouts
    // The web only, redirects included: libcurl would otherwise read file://
    // URLs and speak gopher, SMB and more, so a shared preset or a redirect
    // could read local files or reach internal services.
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, kFetchedSchemes);
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, kFetchedSchemes);
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "overlap/0.1");
    curl_easy_setopt(easy, CURLOPT_PREREQFUNCTION, on_request);
    curl_easy_setopt(easy, CURLOPT_PREREQDATA, &state);
}

curl_socket_t open_transfer_socket(TransferState& state, const curl_sockaddr& address) {
    const curl_socket_t socket =
        ::socket(address.family, address.socktype | SOCK_CLOEXEC, address.protocol);
    state.socket_errno = socket == CURL_SOCKET_BAD ? errno : 0;
    return socket;
}

TransferResult finish_transfer(CURL* easy, CURLcode code, const TransferState& state,
                               bool cancelled, long timeout_ms) {
    TransferResult result;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    result.http_status = static_cast<int>(status);
    if (code == CURLE_OK) {
        result.outcome = status >= 400 ? Outcome::HttpError : Outcome::Ok;
        if (result.outcome == Outcome::HttpError) result.error = "HTTP " + std::to_string(status);
        return result;
    }
    if (cancelled) {
        result.outcome = Outcome::Cancelled;
        result.error = "cancelled";
        return result;
    }
    if (code == CURLE_OPERATION_TIMEDOUT) {
        result.outcome = Outcome::Timeout;
        result.error = "timed out after " + std::to_string(timeout_ms) + " ms";
        return result;
    }
    result.outcome = Outcome::Error;
    if (state.body_too_large) {
        result.error = "response body larger than the cap of " +
                       std::to_string(state.max_body_bytes) + " bytes";
    } else if (state.socket_errno != 0) {
        result.error = no_socket_message(state.socket_errno);
    } else {
        result.error = state.error[0] != '\0' ? state.error : curl_easy_strerror(code);
    }
    return result;
}

void record_transfer_phases(CURL* easy, const TransferState& state, std::int64_t end_ns,
                            bool succeeded, WorkerEvents& events) {
    // libcurl's timers are microseconds since the transfer began, each the
    // moment a stage completed; 0 means "not reached" (or instant on reuse).
    struct Stage {
        PhaseKind kind;
        CURLINFO info;
        curl_off_t done_us = 0;
    };
    std::array<Stage, 6> stages{{{PhaseKind::Dns, CURLINFO_NAMELOOKUP_TIME_T},
                                 {PhaseKind::Connect, CURLINFO_CONNECT_TIME_T},
                                 {PhaseKind::Tls, CURLINFO_APPCONNECT_TIME_T},
                                 {PhaseKind::Send, CURLINFO_PRETRANSFER_TIME_T},
                                 {PhaseKind::Wait, CURLINFO_STARTTRANSFER_TIME_T},
                                 {PhaseKind::Receive, CURLINFO_TOTAL_TIME_T}}};
    for (auto& stage : stages) curl_easy_getinfo(easy, stage.info, &stage.done_us);
    const std::int64_t total_ns = stages.back().done_us * 1000;

    // Where libcurl's clock began: the request moment minus the connection's
    // set-up when libcurl got that far, else counted back from the end. It
    // cannot precede the hand-over nor leave the transfer ending after end_ns.
    const curl_off_t connected_us = std::max(stages[1].done_us, stages[2].done_us);
    const std::int64_t latest_ns = std::max(state.begin_ns, end_ns - total_ns);
    const std::int64_t origin_ns =
        state.request_ns != 0
            ? std::clamp(state.request_ns - connected_us * 1000, state.begin_ns, latest_ns)
            : latest_ns;
    const auto stall = [&](std::int64_t from, std::int64_t to) {
        if (to - from >= kMinStallNs) events.phase(state.task, PhaseKind::Stalled, from, to);
    };
    stall(state.begin_ns, origin_ns);

    // A failed transfer stopped in the stage after the last one it completed.
    std::size_t reached = stages.size();
    if (!succeeded) {
        reached = 0;
        for (std::size_t i = 0; i + 1 < stages.size(); ++i) {
            if (stages[i].done_us > 0) reached = i + 1;
        }
    }
    curl_off_t previous_us = 0;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const bool is_last = i >= reached;
        const curl_off_t end_us = is_last ? stages.back().done_us : stages[i].done_us;
        if (stages[i].kind == PhaseKind::Tls && stages[i].done_us == 0 && !is_last)
            continue;  // plain HTTP
        if (end_us > previous_us) {
            events.phase(state.task, stages[i].kind, origin_ns + previous_us * 1000,
                         origin_ns + end_us * 1000);
            previous_us = end_us;
        }
        if (is_last) break;
    }
    stall(origin_ns + total_ns, end_ns);
}

}  // namespace overlap
