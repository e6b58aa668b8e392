// How Overlap's plain-text output writes numbers and lines up columns: the
// tables `overlap run`, `overlap sweep` and `overlap diff` print and the
// sentences that go with them, so a makespan reads the same in each.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace overlap {

// printf-style, for one number: "%.1fx", "%.1f%%".
std::string formatted(const char* pattern, double value);

// "250 ms" under a second, "1.25 s" from one.
std::string seconds_text(double seconds);

// Rows of cells as aligned columns, two spaces apart: the first
// `text_columns` columns align left, the rest (numbers) right. Widths count
// characters, not bytes, so an en dash lines up.
std::string aligned_table(const std::vector<std::vector<std::string>>& rows,
                          std::size_t text_columns);

}  // namespace overlap
