// Parameter reading: decoding, and errors that name the parameter at fault.
#include <gtest/gtest.h>

#include <limits>

#include "server/query.hpp"

namespace overlap {
namespace {

TEST(ParseQuery, DecodesPairsInOrder) {
    const QueryArgs args = parse_query("a=1&b=x%20y&c&&d=p+q&a=2");
    const QueryArgs expected = {{"a", "1"}, {"b", "x y"}, {"c", ""}, {"d", "p q"}, {"a", "2"}};
    EXPECT_EQ(args, expected);
    ASSERT_NE(find_arg(args, "a"), nullptr);
    EXPECT_EQ(*find_arg(args, "a"), "1");
    EXPECT_EQ(find_arg(args, "zzz"), nullptr);
    EXPECT_TRUE(parse_query("").empty());
}

TEST(ParseReal, AcceptsFractionsInRange) {
    EXPECT_DOUBLE_EQ(parse_real("0.25", "seconds", 0, 10), 0.25);
    EXPECT_DOUBLE_EQ(parse_real("10", "seconds", 0, 10), 10);
}

// std::to_chars writes the shorter form, so the client sends these for
// sub-millisecond and very long durations.
TEST(ParseReal, AcceptsExponentForm) {
    EXPECT_DOUBLE_EQ(parse_real("5e-04", "seconds", 0, 10), 0.0005);
    EXPECT_DOUBLE_EQ(parse_real("1E-3", "seconds", 0, 10), 0.001);
    EXPECT_DOUBLE_EQ(parse_real("1e+05", "seconds", 0, 1e6), 100000);
    EXPECT_DOUBLE_EQ(parse_real("5e-324", "seconds", 0, 10), 5e-324);  // the least denormal
}

struct BadText {
    const char* name;
    const char* text;
    const char* says;
};

class ParseRealRejects : public ::testing::TestWithParam<BadText> {};

TEST_P(ParseRealRejects, NamingTheParameter) {
    try {
        parse_real(GetParam().text, "seconds", 0, std::numeric_limits<double>::infinity());
        FAIL() << "accepted '" << GetParam().text << "'";
    } catch (const BadParameter& error) {
        EXPECT_EQ(error.name(), "seconds");
        EXPECT_NE(std::string(error.what()).find("parameter 'seconds'"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find(GetParam().says), std::string::npos)
            << error.what();
    }
}

INSTANTIATE_TEST_SUITE_P(Texts, ParseRealRejects,
                         ::testing::Values(BadText{"Word", "abc", "must be a number"},
                                           BadText{"Empty", "", "must be a number"},
                                           BadText{"WithUnit", "1.5s", "must be a number"},
                                           BadText{"Infinity", "inf", "must be a number"},
                                           BadText{"NotANumber", "nan", "must be a number"},
                                           BadText{"Negative", "-1", "at least 0"},
                                           BadText{"NegativeExponent", "-5e-04", "at least 0"},
                                           BadText{"Overflow", "1e400", "a double can hold"},
                                           BadText{"Underflow", "1e-400", "a double can hold"},
                                           BadText{"Hexadecimal", "0x10", "must be a number"},
                                           BadText{"HalfExponent", "1e", "must be a number"}),
                         [](const ::testing::TestParamInfo<BadText>& row) {
                             return std::string(row.param.name);
                         });

TEST(ParseInteger, ChecksRangeAndForm) {
    EXPECT_EQ(parse_integer("418", "code", 100, 599), 418u);
    EXPECT_THROW(parse_integer("600", "code", 100, 599), BadParameter);
    EXPECT_THROW(parse_integer("12.5", "code", 100, 599), BadParameter);
    EXPECT_THROW(parse_integer("99999999999999999999999", "n", 0, 10), BadParameter);
    try {
        parse_integer("-3", "n", 0, 10);
        FAIL();
    } catch (const BadParameter& error) {
        EXPECT_STREQ(error.what(), "parameter 'n' must be between 0 and 10, got '-3'");
    }
}

}  // namespace
}  // namespace overlap
