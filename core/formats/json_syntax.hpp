// Turns nlohmann's parse errors into a message for the user, telling a file
// that was cut short apart from one that is not JSON at all, and bounds how
// deep a file may nest before anything recursive (building a tree, walking
// it, dumping it) sees it. Shared by every reader in core/formats.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "formats/format_error.hpp"

namespace overlap {

// Overlap's files nest six levels; a file nested deeper than this is not one
// of them, and 40,000 levels would overflow the stack of a recursive walk.
inline constexpr std::size_t kMaxJsonDepth = 100;

// What a SAX parse_error callback gets: nlohmann's 1-based position of the
// error, the token it last read and the exception; `size` is the input's
// length. The token (file content) is shown sanitised and cut (error_text.hpp).
std::string describe_json_syntax_error(std::size_t byte, std::size_t size,
                                       const std::string& last_token,
                                       const nlohmann::json::exception& error);

// The message for a file nested deeper than kMaxJsonDepth.
std::string nesting_too_deep();

// A small file as a tree, once its syntax and depth are checked. Throws
// FormatError(prefix + what is wrong).
nlohmann::json parse_json_tree(std::string_view text, const std::string& prefix);

// Runs `read`, turning any nlohmann exception that escapes it into a
// FormatError: a reader's bug must cost the user a message, not the process.
template <typename Read>
auto without_json_exceptions(const std::string& prefix, Read&& read) {
    try {
        return read();
    } catch (const nlohmann::json::exception& error) {
        throw FormatError(prefix + "unexpected JSON error (" + std::to_string(error.id) + ")");
    }
}

}  // namespace overlap
