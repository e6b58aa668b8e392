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
//
// What a save may replace: a regular file, or nothing. A symbolic link is
// followed and the regular file it names is replaced (the link stays, as an
// editor's save keeps it); a link to nothing is refused. A device, FIFO,
// socket or folder at `path` (or at the link's end) is never replaced: the
// save fails and leaves it as it was. Renaming over /dev/full as root would
// otherwise have swapped the device node for a run file.
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

// Throws FormatError, with the message a save would give, when a save to
// `path` would fail now: a destination a save refuses (see above), a missing
// folder, no permission to create files there, a read-only file system. It
// creates and removes a file beside the destination to find out, so a long
// job can refuse a bad output path before it starts, not after.
void check_can_save(const std::filesystem::path& path);

}  // namespace overlap
