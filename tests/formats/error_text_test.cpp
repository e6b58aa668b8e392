// How file content appears in error messages: table-driven, one row per kind
// of hostile or awkward text.
#include <gtest/gtest.h>

#include "formats/error_text.hpp"

namespace overlap {
namespace {

struct ShownCase {
    const char* name;
    std::string text;
    std::string shown;  // with the default mark and length
};

void PrintTo(const ShownCase& row, std::ostream* out) { *out << row.name; }

std::vector<ShownCase> shown_cases() {
    const std::string long_text(100'000, 'a');
    return {
        {"Plain", "fibers", "\"fibers\""},
        {"NonAsciiStaysReadable", "Größe ünïcödé", "\"Größe ünïcödé\""},
        {"QuotesAndBackslashesAsInJson", "say \"hi\" \\o/", "\"say \\\"hi\\\" \\\\o/\""},
        {"NewlinesAndTabs", "one\ntwo\tthree\r", "\"one\\ntwo\\tthree\\r\""},
        {"TerminalEscape", "\x1b[2J\x1b]0;title\x07", "\"\\u001b[2J\\u001b]0;title\\u0007\""},
        {"Nul", std::string("a\0b", 3), "\"a\\u0000b\""},
        // Octal escapes: a hex escape would swallow the letters after it.
        {"Del", "a\177b", "\"a\\u007fb\""},
        {"C1ControlSequenceIntroducer", "a\302\23331m", "\"a\\u009b31m\""},
        {"BidiOverride", "abc\342\200\256fed", "\"abc\\u202efed\""},
        {"OtherPunctuationStays", "a\342\200\224b", "\"a\342\200\224b\""},
        {"InvalidUtf8Replaced", "bad \xff\xfe byte", "\"bad \xef\xbf\xbd\xef\xbf\xbd byte\""},
        {"TruncatedSequenceReplaced", "end \xe2\x80", "\"end \xef\xbf\xbd\""},
        {"LongValueCutWithItsLength", long_text,
         "\"" + std::string(80, 'a') + "…\" (100000 bytes)"},
        // 79 bytes of ASCII and then a 2-byte character straddling the cut.
        {"CutKeepsCharactersWhole", std::string(79, 'x') + "éé",
         "\"" + std::string(79, 'x') + "…\" (83 bytes)"},
    };
}

class ShownText : public ::testing::TestWithParam<ShownCase> {};

TEST_P(ShownText, IsOneSafeLine) { EXPECT_EQ(shown_text(GetParam().text), GetParam().shown); }

INSTANTIATE_TEST_SUITE_P(Cases, ShownText, ::testing::ValuesIn(shown_cases()),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(ShownText, MarkAndLengthAreTheCallers) {
    EXPECT_EQ(shown_text("1e400", ""), "1e400");
    EXPECT_EQ(shown_text("\"abc", "'"), "'\\\"abc'");
    EXPECT_EQ(shown_text("abcdef", "", 3), "abc… (6 bytes)");
}

TEST(InFile, NamesThePathSafely) {
    EXPECT_EQ(in_file("/tmp/runs.json", "Not an Overlap run file"),
              "'/tmp/runs.json': Not an Overlap run file");
    EXPECT_EQ(in_file("/tmp/a\x1b[2Jb\n.json", "x"), "'/tmp/a\\u001b[2Jb\\n.json': x");
}

}  // namespace
}  // namespace overlap
