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

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
    const std::filesystem::path temporary = temporary_name(path);
    // 0666 before the umask: the same permissions as any newly created file.
    UniqueFd file(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
    if (file.get() < 0) fail("Cannot save", path, errno);
    try {
        write_all(file.get(), contents, path);
        if (::fsync(file.get()) != 0) fail("Cannot save", path, errno);
        if (file.close() != 0) fail("Cannot save", path, errno);
        if (::rename(temporary.c_str(), path.c_str()) != 0) fail("Cannot save", path, errno);
    } catch (...) {
        ::unlink(temporary.c_str());
        throw;
    }
    // Make the rename itself durable. The file is already saved whole, so a
    // failure here is not reported.
    const auto folder =
        path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    UniqueFd directory(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (directory.get() >= 0) ::fsync(directory.get());
}

}  // namespace overlap
