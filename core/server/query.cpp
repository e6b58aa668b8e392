#include "server/query.hpp"

#include <curl/curl.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>

namespace overlap {
namespace {

std::string decode(std::string_view text) {
    std::string plus_as_space(text);
    for (char& c : plus_as_space) {
        if (c == '+') c = ' ';
    }
    int length = 0;
    // Since curl 7.82 the handle argument is ignored.
    char* decoded = curl_easy_unescape(nullptr, plus_as_space.data(),
                                       static_cast<int>(plus_as_space.size()), &length);
    if (decoded == nullptr) return plus_as_space;
    std::string result(decoded, static_cast<std::size_t>(length));
    curl_free(decoded);
    return result;
}

template <typename Number>
[[noreturn]] void out_of_range(const std::string& name, std::string_view text, Number min,
                               Number max) {
    std::ostringstream message;
    message << "parameter '" << name << "' must be ";
    if (max < std::numeric_limits<Number>::max()) {
        message << "between " << min << " and " << max;
    } else {
        message << "at least " << min;
    }
    message << ", got '" << text << "'";
    throw BadParameter(name, message.str());
}

[[noreturn]] void not_a_number(const std::string& name, std::string_view text, const char* kind) {
    throw BadParameter(
        name, "parameter '" + name + "' must be " + kind + ", got '" + std::string(text) + "'");
}

}  // namespace

QueryArgs parse_query(std::string_view query) {
    QueryArgs args;
    while (!query.empty()) {
        const std::size_t end = query.find('&');
        const std::string_view pair = query.substr(0, end);
        query = end == std::string_view::npos ? std::string_view{} : query.substr(end + 1);
        if (pair.empty()) continue;
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos) {
            args.emplace_back(decode(pair), std::string{});
        } else {
            args.emplace_back(decode(pair.substr(0, equals)), decode(pair.substr(equals + 1)));
        }
    }
    return args;
}

const std::string* find_arg(const QueryArgs& args, std::string_view name) {
    for (const auto& [key, value] : args) {
        if (key == name) return &value;
    }
    return nullptr;
}

double parse_real(std::string_view text, const std::string& name, double min, double max) {
    double value = 0;
    // General format, not fixed: the client writes durations with
    // std::to_chars, which picks the shorter form, so 0.0005 s goes out as
    // "5e-04" and 100000 s as "1e+05". from_chars reads both and, unlike
    // strtod, neither the locale nor hexadecimal.
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range && end == text.data() + text.size()) {
        not_a_number(name, text, "a number a double can hold");  // 1e400, 1e-400
    }
    if (text.empty() || error != std::errc{} || end != text.data() + text.size() ||
        !std::isfinite(value)) {
        not_a_number(name, text, "a number");
    }
    if (value < min || value > max) out_of_range(name, text, min, max);
    return value;
}

std::uint64_t parse_integer(std::string_view text, const std::string& name, std::uint64_t min,
                            std::uint64_t max) {
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range) out_of_range(name, text, min, max);
    if (text.empty() || error != std::errc{} || end != text.data() + text.size()) {
        // "-1" is a number, just not one in range.
        if (!text.empty() && text.front() == '-') out_of_range(name, text, min, max);
        not_a_number(name, text, "a whole number");
    }
    if (value < min || value > max) out_of_range(name, text, min, max);
    return value;
}

}  // namespace overlap
