// Where a save may land: over a regular file or nothing, through a symbolic
// link to a regular file, and never over a device, FIFO, socket or folder;
// and that a bad destination is found before anything is written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "system/unique_fd.hpp"

namespace overlap {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class SaveDestination : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() /
                  ("overlap-file-io-" + std::to_string(::getpid()) + "-" +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder_);
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    // The message a save to `path` fails with, or "saved".
    static std::string save_error(const fs::path& path) {
        try {
            write_file_atomically(path, "new");
        } catch (const FormatError& error) {
            return error.what();
        }
        return "saved";
    }

    static std::string check_error(const fs::path& path) {
        try {
            check_can_save(path);
        } catch (const FormatError& error) {
            return error.what();
        }
        return "can save";
    }

    static std::string contents(const fs::path& path) {
        std::ostringstream text;
        text << std::ifstream(path).rdbuf();
        return text.str();
    }

    std::vector<std::string> files() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(folder_)) names.push_back(entry.path().filename());
        std::sort(names.begin(), names.end());
        return names;
    }

    fs::path folder_;
};

TEST_F(SaveDestination, AFifoIsNeitherReplacedNorWrittenTo) {
    const fs::path fifo = folder_ / "run.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_THAT(save_error(fifo), HasSubstr("Cannot save '" + fifo.string() + "': it is a FIFO"));
    EXPECT_THAT(check_error(fifo), HasSubstr("it is a FIFO"));
    EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
    EXPECT_EQ(files(), std::vector<std::string>{"run.json"}) << "no temporary file left behind";
}

TEST_F(SaveDestination, AFolderOrASocketIsNotReplaced) {
    const fs::path folder = folder_ / "folder.json";
    fs::create_directory(folder);
    EXPECT_THAT(save_error(folder), HasSubstr("it is a folder"));
    EXPECT_TRUE(fs::is_directory(folder));

    const fs::path socket_path = folder_ / "socket.json";
    UniqueFd socket(::socket(AF_UNIX, SOCK_STREAM, 0));
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    ASSERT_LT(socket_path.string().size(), sizeof address.sun_path);
    std::strcpy(address.sun_path, socket_path.c_str());
    ASSERT_EQ(::bind(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    EXPECT_THAT(save_error(socket_path), HasSubstr("it is a socket"));
    EXPECT_TRUE(fs::is_socket(fs::symlink_status(socket_path)));
}

TEST_F(SaveDestination, ALinkToADeviceIsNotReplacedAndTheDeviceIsNotTouched) {
    const fs::path link = folder_ / "run.json";
    fs::create_symlink("/dev/null", link);
    EXPECT_THAT(save_error(link), HasSubstr("it is a symbolic link to a character device"));
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    // A device named directly is refused before anything is tried: checking
    // never writes, so /dev/full itself is safe to name here.
    EXPECT_THAT(check_error("/dev/full"), HasSubstr("it is a character device"));
    EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

TEST_F(SaveDestination, ALinkToARegularFileIsFollowedAndKept) {
    const fs::path target = folder_ / "target.json";
    std::ofstream(target) << "old";
    const fs::path link = folder_ / "run.json";
    fs::create_symlink(target.filename(), link);  // relative, as links often are
    EXPECT_EQ(save_error(link), "saved");
    EXPECT_TRUE(fs::is_symlink(link)) << "the link stays a link";
    EXPECT_EQ(contents(target), "new");
    EXPECT_EQ(files(), (std::vector<std::string>{"run.json", "target.json"}));
}

TEST_F(SaveDestination, ALinkToNothingIsRefused) {
    const fs::path link = folder_ / "run.json";
    fs::create_symlink(folder_ / "gone.json", link);
    EXPECT_THAT(save_error(link), HasSubstr("it is a symbolic link to nothing"));
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_FALSE(fs::exists(folder_ / "gone.json"));
}

TEST_F(SaveDestination, ARegularFileOrNothingIsFine) {
    const fs::path existing = folder_ / "old.json";
    std::ofstream(existing) << "old";
    EXPECT_EQ(check_error(existing), "can save");
    EXPECT_EQ(save_error(existing), "saved");
    EXPECT_EQ(contents(existing), "new");
    EXPECT_EQ(check_error(folder_ / "fresh.json"), "can save");
    EXPECT_EQ(files(), std::vector<std::string>{"old.json"}) << "checking leaves nothing behind";
}

TEST_F(SaveDestination, CheckingSaysWhyASaveWouldFail) {
    const fs::path missing = folder_ / "no such folder" / "run.json";
    EXPECT_EQ(check_error(missing), "Cannot save '" + missing.string() + "': No such file or directory");
    EXPECT_EQ(check_error(""), "Cannot save: no file name given");
    EXPECT_EQ(save_error(""), "Cannot save: no file name given");
}

}  // namespace
}  // namespace overlap
