#include "server/endpoints.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <string_view>

#include "server/query.hpp"

namespace overlap {
namespace {

namespace http = boost::beast::http;
using nlohmann::json;

std::string_view view(boost::beast::string_view text) { return {text.data(), text.size()}; }

std::chrono::nanoseconds from_seconds(double seconds) {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::duration<double>(seconds));
}

// Header values and decoded arguments may hold any bytes; never let one
// malformed client make the JSON writer throw.
std::string dump(const json& body) {
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

HttpResponse json_response(http::status status, const json& body) {
    HttpResponse response{status, 11};
    response.set(http::field::content_type, "application/json");
    response.body() = dump(body);
    return response;
}

double real_arg(const QueryArgs& args, const std::string& name, double fallback, double min,
                double max) {
    const std::string* text = find_arg(args, name);
    return text ? parse_real(*text, name, min, max) : fallback;
}

std::uint64_t integer_arg(const QueryArgs& args, const std::string& name, std::uint64_t fallback,
                          std::uint64_t min, std::uint64_t max) {
    const std::string* text = find_arg(args, name);
    return text ? parse_integer(*text, name, min, max) : fallback;
}

constexpr std::uint64_t kAnySeed = std::numeric_limits<std::uint64_t>::max();

// A uniform draw from [0, 1) with 53 random bits: fixed by the standard
// engine's output, so a seed gives the same value everywhere.
double unit_interval(std::uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1.0p-53; }

ResponsePlan delay(std::string_view seconds_text, const QueryArgs& args, std::mt19937_64& random) {
    const double requested =
        parse_real(seconds_text, "seconds", 0, std::numeric_limits<double>::infinity());
    const double jitter = real_arg(args, "jitter", 0, 0, kMaxDelaySeconds);
    const std::string* seed_text = find_arg(args, "seed");
    const std::uint64_t seed = seed_text ? parse_integer(*seed_text, "seed", 0, kAnySeed) : 0;

    json body = {{"delay", requested}};
    double total = requested;
    if (jitter > 0) {
        const std::uint64_t bits = seed_text ? std::mt19937_64(seed)() : random();
        total += jitter * unit_interval(bits);
        body["jitter"] = jitter;
        if (seed_text) body["seed"] = seed;
    }
    if (total > kMaxDelaySeconds) {
        total = kMaxDelaySeconds;
        body["clamped_to"] = kMaxDelaySeconds;
    }
    body["delayed"] = total;

    ResponsePlan plan;
    plan.response = json_response(http::status::ok, body);
    plan.delay = from_seconds(total);
    return plan;
}

ResponsePlan status(std::string_view code_text) {
    const auto code = static_cast<unsigned>(parse_integer(code_text, "code", 100, 599));
    ResponsePlan plan;
    if (code == 101) {
        throw BadParameter("code",
                           "parameter 'code' cannot be 101: Switching Protocols answers an "
                           "Upgrade request, and this server switches to nothing");
    }
    if (code < 200) {
        // An informational response cannot end an exchange: send it, then a final 200.
        plan.interim_status = code;
        plan.response = json_response(http::status::ok, {{"interim_status", code}});
        return plan;
    }
    plan.response.result(code);
    return plan;
}

// Planned, not generated: a body built here would sit in memory, whole,
// until the slowest client had read it (100 readers of 10 MiB held 1 GB).
ResponsePlan bytes(std::string_view count_text, const QueryArgs& args) {
    ResponsePlan plan;
    plan.random_bytes = static_cast<std::size_t>(parse_integer(count_text, "n", 0, kMaxBytes));
    plan.random_seed = integer_arg(args, "seed", 0, 0, kAnySeed);
    plan.response.result(http::status::ok);
    plan.response.set(http::field::content_type, "application/octet-stream");
    return plan;
}

ResponsePlan drip(const QueryArgs& args) {
    ResponsePlan plan;
    plan.drip_duration = from_seconds(real_arg(args, "duration", 2, 0, kMaxDelaySeconds));
    plan.drip_bytes = static_cast<std::size_t>(integer_arg(args, "numbytes", 10, 0, kMaxBytes));
    plan.delay = from_seconds(real_arg(args, "delay", 0, 0, kMaxDelaySeconds));
    plan.response.result(http::status::ok);
    plan.response.set(http::field::content_type, "application/octet-stream");
    return plan;
}

// Repeated names become arrays, as httpbin does.
void add_repeatable(json& object, const std::string& key, const std::string& value) {
    if (!object.contains(key)) {
        object[key] = value;
    } else if (object[key].is_array()) {
        object[key].push_back(value);
    } else {
        object[key] = json::array({object[key], value});
    }
}

ResponsePlan echo(const HttpRequest& request, const QueryArgs& args) {
    json arg_object = json::object();
    for (const auto& [key, value] : args) add_repeatable(arg_object, key, value);
    json headers = json::object();
    for (const auto& field : request) {
        add_repeatable(headers, std::string(view(field.name_string())),
                       std::string(view(field.value())));
    }
    const json body = {
        {"args", arg_object},
        {"headers", headers},
        {"method", std::string(view(request.method_string()))},
        {"url", "http://" + std::string(view(request[http::field::host])) +
                    std::string(view(request.target()))},
    };
    ResponsePlan plan;
    plan.response = json_response(http::status::ok, body);
    return plan;
}

ResponsePlan route(const HttpRequest& request, std::string_view path, const QueryArgs& args,
                   std::mt19937_64& random) {
    const auto starts = [&](std::string_view prefix) {
        return path.substr(0, prefix.size()) == prefix;
    };
    if (starts("/delay/")) return delay(path.substr(7), args, random);
    if (starts("/status/")) return status(path.substr(8));
    if (starts("/bytes/")) return bytes(path.substr(7), args);
    if (path == "/drip") return drip(args);
    if (path == "/get") return echo(request, args);
    if (path == "/abort") {
        ResponsePlan plan;
        plan.abort = true;
        return plan;
    }
    ResponsePlan plan;
    plan.response = json_response(
        http::status::not_found,
        {{"error", "no endpoint at " + std::string(path)},
         {"endpoints",
          {"/delay/{seconds}", "/status/{code}", "/bytes/{n}", "/drip", "/get", "/abort"}}});
    return plan;
}

}  // namespace

HttpResponse error_response(http::status status, const std::string& message) {
    HttpResponse response = json_response(status, {{"error", message}});
    response.prepare_payload();
    return response;
}

ResponsePlan plan_response(const HttpRequest& request, std::mt19937_64& random) {
    const bool head = request.method() == http::verb::head;
    ResponsePlan plan;
    if (request.method() != http::verb::get && !head) {
        plan.response = json_response(
            http::status::method_not_allowed,
            {{"error", "method " + std::string(view(request.method_string())) + " not allowed"}});
        plan.response.set(http::field::allow, "GET, HEAD");
    } else {
        const std::string_view target = view(request.target());
        const std::size_t question = target.find('?');
        const std::string_view path = target.substr(0, question);
        const QueryArgs args = parse_query(
            question == std::string_view::npos ? std::string_view{} : target.substr(question + 1));
        try {
            plan = route(request, path, args, random);
        } catch (const BadParameter& error) {
            plan = ResponsePlan{};
            plan.response = json_response(http::status::bad_request,
                                          {{"error", error.what()}, {"parameter", error.name()}});
        }
    }

    plan.response.version(request.version());
    plan.response.keep_alive(request.keep_alive());
    if (plan.drip_bytes > 0) {
        plan.response.content_length(plan.drip_bytes);
    } else if (plan.random_bytes > 0) {
        plan.response.content_length(plan.random_bytes);
    } else {
        plan.response.prepare_payload();
    }
    if (head) {
        // The header says what GET would send; no body follows.
        plan.response.body().clear();
        plan.drip_bytes = 0;
        plan.drip_duration = {};
        plan.random_bytes = 0;
    }
    return plan;
}

}  // namespace overlap
