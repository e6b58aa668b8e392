// Turns nlohmann's parse errors into a message for the user, telling a file
// that was cut short apart from one that is not JSON at all. Shared by the run
// file and trace readers.
#pragma once

#include <cstddef>
#include <string>

namespace overlap {

// `byte` is nlohmann's 1-based position of the error, `size` the input's length,
// `what` the exception's message.
std::string describe_json_syntax_error(std::size_t byte, std::size_t size, const std::string& what);

}  // namespace overlap
