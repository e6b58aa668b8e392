// Parsing `overlap run` flags in tests, as the command receives them.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "run_options.hpp"

namespace overlap::app::testing {

inline std::variant<RunOptions, std::string> parse(QStringList flags) {
    flags.prepend(QStringLiteral("overlap run"));
    return parse_run_options(flags);
}

// The options the flags build; a parse error fails the calling test.
inline RunOptions parsed(QStringList flags) {
    auto result = parse(std::move(flags));
    if (auto* error = std::get_if<std::string>(&result)) ADD_FAILURE() << *error;
    return std::get<RunOptions>(std::move(result));
}

}  // namespace overlap::app::testing
