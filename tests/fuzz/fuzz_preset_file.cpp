// Fuzzes the preset file reader (`overlap run --preset FILE.json`).
#include "formats/preset_file.hpp"
#include "fuzz_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return overlap::fuzz::read_file_bytes(data, size, overlap::preset_from_json);
}
