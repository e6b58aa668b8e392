// How numbers read in Overlap's plain-text output: the tables `overlap run`
// and `overlap diff` print and the sentences that go with them, so a makespan
// reads the same in each.
#pragma once

#include <string>

namespace overlap {

// `value` through a printf pattern with one double: "%.1f%%" gives "97.5%".
std::string formatted(const char* pattern, double value);

// A time as the tables show it: "250 ms" under a second, "1.25 s" from one up.
std::string seconds_text(double value);

// The shortest text that reads back as `value` ("0.25", "2.5", "30"), the same
// in every locale (to_chars, not printf): the window runs under the user's
// locale, and a sentence about a workload should not change with it.
std::string shortest_number(double value);

}  // namespace overlap
