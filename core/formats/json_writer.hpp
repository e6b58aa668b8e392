// Streams JSON text for the big files (run files, Chrome traces). nlohmann has
// no streaming writer, and building its tree for a 100k-task run costs seconds
// of allocation before a byte is written. Strings that need escaping are
// escaped by nlohmann; numbers are written by std::to_chars in the shortest
// form that reads back exactly.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

namespace overlap {

class JsonWriter {
public:
    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }

    // `name` is one of our own member names: plain ASCII, written as is.
    JsonWriter& key(std::string_view name);

    JsonWriter& null();
    JsonWriter& value(bool flag);
    JsonWriter& value(double number);  // NaN and infinities become null
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    template <std::integral Integer>
    requires(!std::is_same_v<Integer, bool>) JsonWriter& value(Integer number) {
        separate();
        if constexpr (std::is_signed_v<Integer>) {
            append_integer(static_cast<long long>(number));
        } else {
            append_unsigned(static_cast<unsigned long long>(number));
        }
        return *this;
    }

    std::string take() { return std::move(out_); }

private:
    JsonWriter& open(char bracket);
    JsonWriter& close(char bracket);
    void separate();
    void append_integer(long long number);
    void append_unsigned(unsigned long long number);

    std::string out_;
    bool first_ = true;  // nothing written yet at this level (or a key was just written)
};

}  // namespace overlap
