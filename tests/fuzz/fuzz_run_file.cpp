// Fuzzes the run file reader and what `overlap export` does with what it
// reads: the ASCII diagram (whose axis once looped forever on huge times) and
// saving it again, which must always read back.
#include <cstdlib>

#include "formats/ascii_diagram.hpp"
#include "formats/run_file.hpp"
#include "fuzz_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return overlap::fuzz::read_file_bytes(data, size, [](std::string_view text) {
        const overlap::RunSet runs = overlap::run_set_from_json(text);
        overlap::ascii_diagrams(runs, 100, false);
        try {
            overlap::run_set_from_json(overlap::run_set_to_json(runs));
        } catch (const overlap::FormatError&) {
            std::abort();  // Overlap wrote a file it cannot read
        }
    });
}
