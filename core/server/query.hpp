// Reading request parameters: the decoded query string and the numbers the
// endpoints take, with errors that name the parameter at fault.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace overlap {

// A parameter the client got wrong; the server answers 400 with this message.
class BadParameter : public std::runtime_error {
public:
    BadParameter(std::string name, const std::string& message)
        : std::runtime_error(message), name_(std::move(name)) {}
    const std::string& name() const { return name_; }

private:
    std::string name_;
};

using QueryArgs = std::vector<std::pair<std::string, std::string>>;

// "a=1&b=x%20y&c" → {a,1} {b,x y} {c,""}, in order, '+' read as a space.
QueryArgs parse_query(std::string_view query);

// The value of the first `name` in `args`, or nullptr.
const std::string* find_arg(const QueryArgs& args, std::string_view name);

// A finite decimal number in [min, max], in fixed ("0.0005") or exponent
// ("5e-04") form, else BadParameter naming `name`.
double parse_real(std::string_view text, const std::string& name, double min, double max);
// A decimal integer in [min, max], else BadParameter naming `name`.
std::uint64_t parse_integer(std::string_view text, const std::string& name, std::uint64_t min,
                            std::uint64_t max);

}  // namespace overlap
