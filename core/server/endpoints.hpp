// The httpbin-style endpoints. Each request becomes a plan: what to send and
// how long to wait first. Planning is pure (no socket, no clock), so every
// rule is tested without waiting; the session carries the plan out.
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>

#include "model/workload_limits.hpp"  // kMaxDelaySeconds, kMaxBytes: what workloads may ask

namespace overlap {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;

struct ResponsePlan {
    HttpResponse response;  // sent once `delay` has passed
    std::chrono::nanoseconds delay{0};
    unsigned interim_status = 0;  // a 1xx response sent first; 0 for none
    // /drip: `response` holds the header only; this many body bytes follow,
    // spread evenly over `drip_duration`.
    std::size_t drip_bytes = 0;
    std::chrono::nanoseconds drip_duration{0};
    // /bytes: `response` holds the header only; the session streams this
    // many bytes of fill_random_bytes(random_seed, ...) as the client reads.
    std::size_t random_bytes = 0;
    std::uint64_t random_seed = 0;
    bool abort = false;  // close the connection without answering
};

// `random` draws the jitter of requests that give no ?seed=.
ResponsePlan plan_response(const HttpRequest& request, std::mt19937_64& random);

// A JSON body {"error": message}; the session's own refusals (400, 431, 503...) use it too.
HttpResponse error_response(boost::beast::http::status status, const std::string& message);

}  // namespace overlap
