// Fuzzes the sweep file reader and what the window and `overlap export` do
// with what it reads: the sweep's cells and table (medians, speed-ups and
// ideals over whatever runs the file holds) and saving it again, which must
// always read back.
#include <cstdlib>

#include "analysis/sweep_table.hpp"
#include "formats/sweep_file.hpp"
#include "fuzz_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return overlap::fuzz::read_file_bytes(data, size, [](std::string_view text) {
        const overlap::SweepResult sweep = overlap::sweep_from_json(text);
        overlap::sweep_table(sweep);
        try {
            overlap::sweep_from_json(overlap::sweep_to_json(sweep));
        } catch (const overlap::FormatError&) {
            std::abort();  // Overlap wrote a file it cannot read
        }
    });
}
