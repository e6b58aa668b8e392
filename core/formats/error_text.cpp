// Escaping and UTF-8 repair are nlohmann's (a JSON string dump with invalid
// bytes replaced); this adds what JSON leaves raw but a terminal acts on.
#include "formats/error_text.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace overlap {

namespace {

constexpr std::size_t kShownPathBytes = 4096;

// Where to cut `text` at most `max_bytes` in without splitting a UTF-8 sequence.
std::size_t cut_point(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text.size();
    std::size_t cut = max_bytes;
    // Step back over up to three continuation bytes (10xxxxxx) to a sequence's start.
    for (int i = 0; i < 3 && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80; ++i)
        --cut;
    return cut;
}

std::string code_point(unsigned value) {
    char escaped[8];
    std::snprintf(escaped, sizeof escaped, "\\u%04x", value);
    return escaped;
}

// Characters JSON allows raw that terminals still obey: DEL, the C1 controls
// (U+0080-U+009F, CSI among them) and the bidirectional marks and overrides
// that make text display in another order than it reads.
std::string escape_terminal_controls(std::string_view valid_utf8) {
    std::string out;
    out.reserve(valid_utf8.size());
    for (std::size_t i = 0; i < valid_utf8.size(); ++i) {
        const auto byte = [&](std::size_t at) {
            return at < valid_utf8.size() ? static_cast<unsigned char>(valid_utf8[at]) : 0u;
        };
        const unsigned first = byte(i);
        if (first == 0x7F) {
            out += code_point(first);
        } else if (first == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) {
            out += code_point(byte(i + 1));
            i += 1;
        } else if (first == 0xE2 && (byte(i + 1) == 0x80 || byte(i + 1) == 0x81)) {
            const unsigned value = 0x2000 | (byte(i + 1) & 0x3F) << 6 | (byte(i + 2) & 0x3F);
            const bool bidi = value == 0x200E || value == 0x200F ||
                              (value >= 0x202A && value <= 0x202E) ||
                              (value >= 0x2066 && value <= 0x2069);
            if (!bidi) {
                out += valid_utf8[i];
                continue;
            }
            out += code_point(value);
            i += 2;
        } else {
            out += valid_utf8[i];
        }
    }
    return out;
}

}  // namespace

std::string shown_text(std::string_view text, std::string_view mark, std::size_t max_bytes) {
    const std::size_t cut = cut_point(text, max_bytes);
    const std::string dumped = nlohmann::json(std::string(text.substr(0, cut)))
                                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // The dump is a JSON string literal: drop its quotes, keep its escapes.
    const std::string_view inner = std::string_view(dumped).substr(1, dumped.size() - 2);
    std::string out = std::string(mark) + escape_terminal_controls(inner);
    if (cut == text.size()) return out + std::string(mark);
    return out + "…" + std::string(mark) + " (" + std::to_string(text.size()) + " bytes)";
}

std::string in_file(const std::filesystem::path& path, std::string_view message) {
    return shown_text(path.string(), "'", kShownPathBytes) + ": " + std::string(message);
}

}  // namespace overlap
