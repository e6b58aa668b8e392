#include "formats/json_syntax.hpp"

namespace overlap {

std::string describe_json_syntax_error(std::size_t byte, std::size_t size,
                                       const std::string& what) {
    if (size == 0) return "the file is empty";
    // nlohmann reports a position past the last byte when the input ran out mid-value.
    if (byte > size) {
        return "the file is truncated: it ends after " + std::to_string(size) +
               " bytes, before the JSON is complete";
    }
    // Drop the "[json.exception.parse_error.101] " tag; keep line, column and reason.
    const auto tag_end = what.find("] ");
    const std::string reason = tag_end == std::string::npos ? what : what.substr(tag_end + 2);
    return "not valid JSON: " + reason + " (byte " + std::to_string(byte) + ")";
}

}  // namespace overlap
