// What every fuzz target does with libFuzzer's bytes: reads them as one file
// Overlap opens. A FormatError is the expected answer to a bad file; anything
// else (a crash, another exception, a sanitizer report, a hang) is a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "formats/format_error.hpp"

namespace overlap::fuzz {

template <typename Read>
int read_file_bytes(const std::uint8_t* data, std::size_t size, Read&& read) {
    try {
        read(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const FormatError&) {
    }
    return 0;
}

}  // namespace overlap::fuzz
