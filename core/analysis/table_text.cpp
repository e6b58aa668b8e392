// The text tables' number formats and column alignment.
#include "analysis/table_text.hpp"

#include <algorithm>
#include <cstdio>

namespace overlap {

namespace {

// UTF-8 continuation bytes start no character.
std::size_t characters(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

std::string formatted(const char* pattern, double value) {
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string seconds_text(double seconds) {
    return seconds < 1 ? formatted("%.0f ms", seconds * 1000) : formatted("%.2f s", seconds);
}

std::string aligned_table(const std::vector<std::vector<std::string>>& rows,
                          std::size_t text_columns) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], characters(row[i]));
    }
    std::string table;
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::string pad(widths[i] - characters(row[i]), ' ');
            table += i < text_columns ? row[i] + pad : pad + row[i];
            table += i + 1 < row.size() ? "  " : "\n";
        }
    }
    return table;
}

}  // namespace overlap
