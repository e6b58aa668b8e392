#include "system/executable_paths.hpp"

#include <filesystem>

namespace overlap {

std::string current_executable() {
    std::error_code error;
    const auto path = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string() : path.string();
}

std::string sibling_executable(const std::string& name) {
    return (std::filesystem::path(current_executable()).parent_path() / name).string();
}

}  // namespace overlap
