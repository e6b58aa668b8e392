// Whole-file reads and crash-safe writes for every file Overlap opens or saves.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace overlap {

// Throws FormatError naming the file and the reason (not found, permission...).
std::string read_text_file(const std::filesystem::path& path);

// Writes a temporary file next to `path`, flushes it to disk and renames it over
// `path`: readers see the old file or the new one whole, never a partial one,
// even if the program or the machine dies half-way. Throws FormatError.
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace overlap
