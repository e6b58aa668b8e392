// Fuzzes the workload file reader (`overlap run --workload FILE`): a preset
// file's workload or a workload on its own.
#include "formats/preset_file.hpp"
#include "fuzz_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return overlap::fuzz::read_file_bytes(data, size, overlap::workload_file_from_json);
}
