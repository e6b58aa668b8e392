#include "formats/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace overlap {

namespace {

// Printable ASCII other than the quote and the backslash is its own JSON encoding.
bool needs_escaping(std::string_view text) {
    for (const char c : text) {
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') return true;
    }
    return false;
}

}  // namespace

void JsonWriter::separate() {
    if (!first_) out_ += ',';
    first_ = false;
}

JsonWriter& JsonWriter::open(char bracket) {
    separate();
    out_ += bracket;
    first_ = true;
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    out_ += bracket;
    first_ = false;
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    separate();
    out_ += '"';
    out_ += name;
    out_ += "\":";
    first_ = true;
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    separate();
    out_ += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    if (!std::isfinite(number)) return null();
    separate();
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.append(buffer, result.ptr);
    return *this;
}

void JsonWriter::append_integer(long long number) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.append(buffer, result.ptr);
}

void JsonWriter::append_unsigned(unsigned long long number) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    out_.append(buffer, result.ptr);
}

JsonWriter& JsonWriter::value(std::string_view text) {
    separate();
    if (!needs_escaping(text)) {
        out_ += '"';
        out_ += text;
        out_ += '"';
        return *this;
    }
    // Invalid UTF-8 (a server's bytes in an error message) becomes U+FFFD
    // rather than making the whole file unsaveable.
    out_ += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return *this;
}

}  // namespace overlap
