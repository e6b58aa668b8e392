// The one error every reader and writer in core/formats throws. Its message is
// written for the person who picked the file: it says what is wrong and where.
#pragma once

#include <stdexcept>

namespace overlap {

class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace overlap
