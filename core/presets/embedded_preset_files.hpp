// The text of the built-in preset files, compiled in. The definition is
// generated at build time from resources/presets/*.json (core/presets/embed_presets.cmake).
#pragma once

#include <span>
#include <string_view>

namespace overlap {

struct EmbeddedFile {
    std::string_view name;  // "01-ten-requests.json"
    std::string_view text;
};

// In file-name order.
std::span<const EmbeddedFile> embedded_preset_files();

}  // namespace overlap
