// Parse-error messages and the depth pre-pass for tree-parsed files.
#include "formats/json_syntax.hpp"

#include "formats/error_text.hpp"

namespace overlap {

namespace {

using nlohmann::json;

// nlohmann's id for a number beyond the range of a double ("1e400").
constexpr int kNumberOverflow = 406;

// Checks syntax and depth without building anything, so the tree parse that
// follows only ever sees a well-formed, shallow document.
class DepthCheck {
public:
    DepthCheck(std::size_t size, const std::string& prefix) : size_(size), prefix_(prefix) {}

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const std::string&) { return true; }
    bool string(std::string&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool key(std::string&) { return true; }
    bool start_object(std::size_t) { return open(); }
    bool start_array(std::size_t) { return open(); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t byte, const std::string& token, const json::exception& error) {
        throw FormatError(prefix_ + describe_json_syntax_error(byte, size_, token, error));
    }

private:
    bool open() {
        if (++depth_ > kMaxJsonDepth) throw FormatError(prefix_ + nesting_too_deep());
        return true;
    }
    bool close() {
        --depth_;
        return true;
    }

    std::size_t size_;
    const std::string& prefix_;
    std::size_t depth_ = 0;
};

}  // namespace

std::string describe_json_syntax_error(std::size_t byte, std::size_t size,
                                       const std::string& last_token,
                                       const nlohmann::json::exception& error) {
    if (size == 0) return "the file is empty";
    // nlohmann reports a position past the last byte when the input ran out mid-value.
    if (byte > size) {
        return "the file is truncated: it ends after " + std::to_string(size) +
               " bytes, before the JSON is complete";
    }
    const std::string at = " (byte " + std::to_string(byte) + ")";
    if (error.id == kNumberOverflow)
        return "a number is out of range: " + shown_text(last_token, "") + at;
    // Drop the "[json.exception.parse_error.101] " tag; keep line, column and
    // reason, with the token it quotes ("last read: '...'") shown safely.
    const std::string what = error.what();
    const auto tag_end = what.find("] ");
    std::string reason = tag_end == std::string::npos ? what : what.substr(tag_end + 2);
    const std::string quoted_token = "'" + last_token + "'";
    if (const auto token = reason.find(quoted_token); token != std::string::npos) {
        reason.replace(token, quoted_token.size(), shown_text(last_token, "'"));
    } else {
        reason = shown_text(reason, "", 300);
    }
    return "not valid JSON: " + reason + at;
}

std::string nesting_too_deep() {
    return "it nests objects and arrays deeper than " + std::to_string(kMaxJsonDepth) + " levels";
}

json parse_json_tree(std::string_view text, const std::string& prefix) {
    DepthCheck check(text.size(), prefix);
    json::sax_parse(text, &check);
    return without_json_exceptions(prefix, [&] { return json::parse(text); });
}

}  // namespace overlap
