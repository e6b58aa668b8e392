#include "model/number_text.hpp"

#include <charconv>
#include <cmath>

namespace overlap {

std::string number_text(double value) {
    char buffer[64];
    const auto result =
        std::abs(value) < 1e15
            ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
            : std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace overlap
