// Whole-file reads and crash-safe writes; where a save may land is decided
// here once, for the run file, the figures and the text exports alike.
#include "formats/file_io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <utility>

#include "formats/format_error.hpp"
#include "system/unique_fd.hpp"

namespace overlap {

namespace {

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path, int error) {
    throw FormatError(what + " " + quoted(path) + ": " + std::strerror(error));
}

void write_all(int fd, std::string_view contents, const std::filesystem::path& path) {
    while (!contents.empty()) {
        const ssize_t written = ::write(fd, contents.data(), contents.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            fail("Cannot write", path, errno);
        }
        contents.remove_prefix(static_cast<std::size_t>(written));
    }
}

// A name no other writer (another thread, another Overlap) uses at the same time.
std::filesystem::path temporary_name(const std::filesystem::path& path) {
    static std::atomic<unsigned> counter{0};
    auto name = "." + path.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                std::to_string(counter.fetch_add(1));
    return path.parent_path() / name;
}

// What a save refuses to replace, in words; nullptr for a regular file.
const char* unsaveable_kind(mode_t mode) {
    if (S_ISREG(mode)) return nullptr;
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& why) {
    throw FormatError("Cannot save " + quoted(path) + ": it is " + why +
                      ", and Overlap saves only over regular files");
}

// Where a save to `path` really writes: `path` itself, or the regular file a
// symbolic link there names. Throws FormatError for anything a save refuses.
std::filesystem::path save_target(const std::filesystem::path& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        // Nothing there yet (or a folder on the way is missing, which opening
        // the temporary file reports with its reason).
        if (errno == ENOENT || errno == ENOTDIR) return path;
        fail("Cannot save", path, errno);
    }
    if (!S_ISLNK(info.st_mode)) {
        if (const char* kind = unsaveable_kind(info.st_mode)) refuse(path, kind);
        return path;
    }
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) refuse(path, "a symbolic link to nothing");
        fail("Cannot save", path, errno);
    }
    if (const char* kind = unsaveable_kind(info.st_mode)) {
        refuse(path, std::string("a symbolic link to ") + kind);
    }
    std::error_code error;
    auto target = std::filesystem::canonical(path, error);
    if (error) fail("Cannot save", path, error.value());
    return target;
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
    UniqueFd file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0) {
        if (errno == ENOENT) throw FormatError("File not found: " + quoted(path));
        fail("Cannot open", path, errno);
    }
    struct stat info {};
    if (::fstat(file.get(), &info) == 0 && S_ISDIR(info.st_mode)) {
        throw FormatError(quoted(path) + " is a folder, not a file");
    }
    std::string text;
    text.reserve(static_cast<std::size_t>(std::max<off_t>(info.st_size, 0)));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(file.get(), buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            fail("Cannot read", path, errno);
        }
        if (got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return text;
}

void check_can_save(const std::filesystem::path& path) {
    if (path.empty()) throw FormatError("Cannot save: no file name given");
    const std::filesystem::path temporary = temporary_name(save_target(path));
    UniqueFd probe(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (probe.get() < 0) fail("Cannot save", path, errno);
    ::unlink(temporary.c_str());
}

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
    if (path.empty()) throw FormatError("Cannot save: no file name given");
    const std::filesystem::path target = save_target(path);
    const std::filesystem::path temporary = temporary_name(target);
    // 0666 before the umask: the same permissions as any newly created file.
    UniqueFd file(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
    if (file.get() < 0) fail("Cannot save", path, errno);
    try {
        write_all(file.get(), contents, path);
        if (::fsync(file.get()) != 0) fail("Cannot save", path, errno);
        if (file.close() != 0) fail("Cannot save", path, errno);
        // Checked again at the last moment: a FIFO made at `path` while the
        // contents were written is still not replaced.
        save_target(path);
        if (::rename(temporary.c_str(), target.c_str()) != 0) fail("Cannot save", path, errno);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    // Make the rename itself durable. The file is already saved whole, so a
    // failure here is not reported.
    const auto folder =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    UniqueFd directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (directory.get() >= 0) ::fsync(directory.get());
}

}  // namespace overlap
