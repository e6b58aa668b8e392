#include "analysis/number_text.hpp"

#include <charconv>
#include <cstdio>

namespace overlap {

std::string formatted(const char* pattern, double value) {
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string seconds_text(double value) {
    return value < 1 ? formatted("%.0f ms", value * 1000) : formatted("%.2f s", value);
}

std::string shortest_number(double value) {
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

}  // namespace overlap
