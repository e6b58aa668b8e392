// Fuzzes the Chrome trace import, and the window's text export of what it imports.
#include "formats/ascii_diagram.hpp"
#include "formats/chrome_trace.hpp"
#include "fuzz_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return overlap::fuzz::read_file_bytes(data, size, [](std::string_view text) {
        overlap::ascii_diagrams(overlap::import_chrome_trace(text), 100, false);
    });
}
