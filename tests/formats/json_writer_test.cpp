// The streaming JSON writer: commas, nesting, escaping and numbers, checked
// against nlohmann reading the text back.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "formats/json_writer.hpp"

namespace overlap {
namespace {

TEST(JsonWriter, NestsAndSeparates) {
    JsonWriter json;
    json.begin_object()
        .key("a")
        .begin_array()
        .value(1)
        .value(true)
        .null()
        .begin_object()
        .end_object();
    json.end_array()
        .key("b")
        .begin_object()
        .key("c")
        .value("d")
        .end_object()
        .key("e")
        .begin_array();
    json.end_array().end_object();
    EXPECT_EQ(json.take(), R"({"a":[1,true,null,{}],"b":{"c":"d"},"e":[]})");
}

TEST(JsonWriter, NumbersReadBackExactly) {
    const double values[] = {0.1 + 0.2, 1.0 / 3.0, 1e-300, 123456789.125, -0.0, 5e-324};
    JsonWriter json;
    json.begin_array();
    for (double value : values) json.value(value);
    json.value(std::numeric_limits<std::uint64_t>::max()).value(std::numeric_limits<long>::min());
    json.end_array();
    const nlohmann::json parsed = nlohmann::json::parse(json.take());
    for (std::size_t i = 0; i < std::size(values); ++i)
        EXPECT_EQ(parsed[i].get<double>(), values[i]);
    EXPECT_EQ(parsed[6].get<std::uint64_t>(), std::numeric_limits<std::uint64_t>::max());
    EXPECT_EQ(parsed[7].get<long>(), std::numeric_limits<long>::min());
}

TEST(JsonWriter, NonFiniteNumbersAreNull) {
    JsonWriter json;
    json.begin_array()
        .value(std::nan(""))
        .value(std::numeric_limits<double>::infinity())
        .end_array();
    EXPECT_EQ(json.take(), "[null,null]");
}

TEST(JsonWriter, EscapesWhatNeedsEscaping) {
    const std::string texts[] = {"plain", "quote \" and backslash \\", "line\nbreak\ttab\x01",
                                 "ünïcödé ✓", ""};
    JsonWriter json;
    json.begin_array();
    for (const std::string& text : texts) json.value(text);
    json.end_array();
    const nlohmann::json parsed = nlohmann::json::parse(json.take());
    for (std::size_t i = 0; i < std::size(texts); ++i) EXPECT_EQ(parsed[i], texts[i]);
}

TEST(JsonWriter, InvalidUtf8BecomesAReplacementCharacter) {
    JsonWriter json;
    json.value(
        std::string_view("a\xff"
                         "b"));
    EXPECT_EQ(nlohmann::json::parse(json.take()),
              "a\xef\xbf\xbd"
              "b");
}

}  // namespace
}  // namespace overlap
