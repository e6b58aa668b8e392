// How a number reads in a message or sentence: "0.25", "2.5", "10485760".
// The one spelling every error, caption and table sentence uses.
#pragma once

#include <string>

namespace overlap {

// Shortest round-trip text in fixed notation, so 10485760 does not read
// 1.04858e+07 nor 0.0005 read 5e-04, and no locale: the window runs under the
// user's, and a sentence about a workload should not change with it. A value
// so large its digits would fill the line (1e300 from a file) goes in
// exponent form.
std::string number_text(double value);

}  // namespace overlap
