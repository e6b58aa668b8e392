// Where Overlap's own executables are: the embedded server is `overlap serve`,
// the processes mode spawns `overlap-worker` from the same directory.
#pragma once

#include <string>

namespace overlap {

std::string current_executable();                        // /proc/self/exe, resolved
std::string sibling_executable(const std::string& name);  // same directory as the current one

}  // namespace overlap
