// How text from a file and a file's name appear in error messages: one line,
// control characters escaped, invalid UTF-8 replaced, long values cut with
// their length stated. A damaged or hostile file must not be able to move the
// cursor, recolour the terminal or print 100 MB to stderr through a message.
// Every reader in core/formats builds its messages with these.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace overlap {

// Values are shown up to this many bytes; enough for any name Overlap knows.
inline constexpr std::size_t kShownBytes = 80;

// `text` made safe to print: C0 and C1 controls, DEL and bidirectional
// overrides escaped ("\u001b"), `"` and `\` escaped as in JSON, invalid UTF-8
// replaced by U+FFFD; beyond `max_bytes` it is cut with "…" and its length
// follows: `"aaaa…" (1048576 bytes)`. `mark` encloses it ("\"", "'" or none).
std::string shown_text(std::string_view text, std::string_view mark = "\"",
                       std::size_t max_bytes = kShownBytes);

// "'PATH': message", the path shown as above (paths may be long, so up to 4 KiB).
std::string in_file(const std::filesystem::path& path, std::string_view message);

}  // namespace overlap
