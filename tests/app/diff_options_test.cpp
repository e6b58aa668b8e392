// `overlap diff` flags: the two files, the threshold's one rule (a percentage
// with its sign) and the one-line error each bad value gets.
#include <gtest/gtest.h>

#include "diff_options.hpp"

namespace overlap::app {
namespace {

std::variant<DiffOptions, std::string> parse(QStringList arguments) {
    arguments.prepend(QStringLiteral("overlap diff"));
    return parse_diff_options(arguments);
}

std::string error_of(const QStringList& arguments) {
    const auto result = parse(arguments);
    const auto* error = std::get_if<std::string>(&result);
    return error ? *error : "(parsed)";
}

TEST(DiffOptions, TwoFilesAndNoThreshold) {
    const auto result = parse({QStringLiteral("a.json"), QStringLiteral("b.json")});
    ASSERT_TRUE(std::holds_alternative<DiffOptions>(result)) << std::get<std::string>(result);
    const DiffOptions& options = std::get<DiffOptions>(result);
    EXPECT_EQ(options.before_file, "a.json");
    EXPECT_EQ(options.after_file, "b.json");
    EXPECT_FALSE(options.fail_if_slower);
}

TEST(DiffOptions, TheThresholdIsAPercentage) {
    for (const auto& [text, fraction] : {std::pair{"10%", 0.10}, std::pair{"2.5%", 0.025},
                                         std::pair{"0%", 0.0}, std::pair{"150%", 1.5}}) {
        const auto result = parse({QStringLiteral("a.json"), QStringLiteral("b.json"),
                                   QStringLiteral("--fail-if-slower"), QString::fromLatin1(text)});
        ASSERT_TRUE(std::holds_alternative<DiffOptions>(result))
            << text << ": " << std::get<std::string>(result);
        EXPECT_DOUBLE_EQ(*std::get<DiffOptions>(result).fail_if_slower, fraction) << text;
        EXPECT_EQ(std::get<DiffOptions>(result).threshold_text, text);
    }
}

TEST(DiffOptions, ABareNumberOrNonsenseIsRefusedNamingTheFlag) {
    for (const char* text : {"0.1", "10", "-5%", "ten%", "%", "nan%", "inf%"}) {
        EXPECT_EQ(error_of({QStringLiteral("a.json"), QStringLiteral("b.json"),
                            QStringLiteral("--fail-if-slower"), QString::fromLatin1(text)}),
                  std::string("--fail-if-slower takes a percentage such as 10% or 2.5% (got '") +
                      text + "')");
    }
}

TEST(DiffOptions, NeedsExactlyTwoFiles) {
    EXPECT_EQ(error_of({QStringLiteral("a.json")}),
              "expects two run files, A (before) and B (after) (got 1)");
    EXPECT_EQ(error_of({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}),
              "expects two run files, A (before) and B (after) (got 3)");
    EXPECT_EQ(
        error_of({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--fail-if-slow")}),
        "Unknown option 'fail-if-slow'.");
}

}  // namespace
}  // namespace overlap::app
