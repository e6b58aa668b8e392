// Reading JSON into structs by their field lists (run_file_fields.hpp): the one
// reader behind run files, preset files and bare workloads. It keeps the stack
// of open objects and arrays, so a bad value's error names its JSON path
// ("runs[2].tasks[5].start_s"). Fed by nlohmann's streaming parser (run files)
// or by a parsed tree (read_fields). Internal to core/formats.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "formats/enum_names.hpp"
#include "formats/error_text.hpp"
#include "formats/run_file_fields.hpp"

namespace overlap::json_fields {

using nlohmann::json;
using run_file::kIsVector;
using run_file::Record;
using run_file::visit_fields;

// A bad value: its JSON path below the reader's root, and what is wrong with it.
struct FieldError {
    std::string path;     // "tasks[2].url"; empty for the root itself
    std::string problem;  // "should be a string, not number"
};

// Members left out of an object: an error, or they keep the value they had
// (a preset's behaviour overrides name only what they change).
enum class Missing { Error, Keep };

namespace detail {

// A problem with one value; the reader adds where it is. `member` names a
// member of the current object (a missing one); empty means the value being read.
struct Problem {
    std::string member;
    std::string problem;
};

template <typename T>
const char* expected() {
    if constexpr (Record<T>) return "an object";
    if constexpr (kIsVector<T>) return "an array";
    if constexpr (std::is_same_v<T, bool>) return "true or false";
    if constexpr (std::is_same_v<T, std::string>) return "a string";
    if constexpr (std::is_enum_v<T>) return "a name";
    if constexpr (std::is_integral_v<T>) return "a whole number";
    return "a number";
}

template <typename T>
[[noreturn]] void wrong_type(const char* found) {
    throw Problem{{}, std::string("should be ") + expected<T>() + ", not " + found};
}

template <std::integral T>
void read_integer(const json& value, T& out) {
    if (!value.is_number_integer()) wrong_type<T>(value.type_name());
    const bool fits = value.is_number_unsigned() ? value.get<std::uint64_t>() <=
                                                       std::uint64_t{std::numeric_limits<T>::max()}
                                                 : std::in_range<T>(value.get<std::int64_t>());
    if (!fits) throw Problem{{}, "is out of range: " + value.dump()};
    out = static_cast<T>(value.get<std::int64_t>());
}

template <typename Enum>
void read_enum(const json& value, Enum& out) {
    if (!value.is_string()) wrong_type<Enum>(value.type_name());
    const auto& name = value.get_ref<const std::string&>();
    std::optional<Enum> parsed;
    if constexpr (std::is_same_v<Enum, Mode>) parsed = mode_from_string(name);
    if constexpr (std::is_same_v<Enum, PhaseKind>) parsed = phase_kind_from_string(name);
    if constexpr (std::is_same_v<Enum, WorkerState>) parsed = worker_state_from_string(name);
    if constexpr (std::is_same_v<Enum, Outcome>) parsed = outcome_from_string(name);
    if constexpr (std::is_same_v<Enum, Verdict>) parsed = verdict_from_string(name);
    if constexpr (std::is_same_v<Enum, IdealCap>) parsed = ideal_cap_from_string(name);
    if (!parsed) throw Problem{{}, "has an unknown value " + shown_text(name)};
    out = *parsed;
}

template <typename T>
void read_scalar(const json& value, T& out) {
    if constexpr (std::is_same_v<T, double>) {
        if (!value.is_number()) wrong_type<T>(value.type_name());
        out = value.get<double>();
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        if (value.is_null()) {
            out.reset();
        } else {
            read_scalar(value, out.emplace());
        }
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!value.is_boolean()) wrong_type<T>(value.type_name());
        out = value.get<bool>();
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!value.is_string()) wrong_type<T>(value.type_name());
        out = value.get_ref<const std::string&>();
    } else if constexpr (std::is_same_v<T, std::uint32_t>) {
        if (value.is_null()) {
            out = kNoTask;
        } else {
            read_integer(value, out);
        }
    } else if constexpr (std::is_enum_v<T>) {
        read_enum(value, out);
    } else {
        read_integer(value, out);
    }
}

// Members named "..._s" hold seconds ("..._per_s" is a rate, not a time) and
// "..._ms" milliseconds. Beyond about
// 32 years no run or task lasts, and such values only overflow what is drawn
// from them (2.3e307 s times the 8 columns between axis labels is infinite).
inline constexpr double kMaxSeconds = 1e9;

template <typename T>
void check_duration(std::string_view name, const json& value, const T& member) {
    double number = 0;
    if constexpr (std::is_same_v<T, double>) {
        number = member;
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        if (!member) return;
        number = *member;
    } else {
        return;
    }
    const bool seconds = name.ends_with("_s") && !name.ends_with("_per_s");
    if (!seconds && !name.ends_with("_ms")) return;
    if (!(std::abs(number) <= (seconds ? kMaxSeconds : kMaxSeconds * 1000))) {
        throw Problem{{},
                      "is out of range: " + value.dump() +
                          (seconds ? " (seconds should be within ±1e9)"
                                   : " (milliseconds should be within ±1e12)")};
    }
}

struct Frame;

// What a frame does with what arrives in it, for the type it fills.
struct FrameOps {
    void (*scalar)(Frame& frame, const json& value);
    Frame (*open)(Frame& frame, bool is_array);
    void (*close)(const Frame& frame);  // checks that required members came
};

struct Frame {
    void* target = nullptr;
    const FrameOps* ops = nullptr;
    bool is_array = false;
    std::string key;         // in an object: the member being read
    std::size_t count = 0;   // in an array: elements begun so far
    std::uint64_t seen = 0;  // in an object: which fields came, by position in the field list
};

template <typename T>
Frame frame_for(T& target);

// Optional values may be null or left out; everything else must be there.
template <typename T>
constexpr bool kRequired = !std::is_same_v<T, std::optional<double>>;

template <typename T>
void record_scalar(Frame& frame, const json& value) {
    int index = 0;
    visit_fields(*static_cast<T*>(frame.target), [&](const char* name, auto& member) {
        using Member = std::remove_cvref_t<decltype(member)>;
        if (frame.key == name) {
            if constexpr (Record<Member> || kIsVector<Member>) {
                wrong_type<Member>(value.type_name());
            } else {
                read_scalar(value, member);
                check_duration(name, value, member);
            }
            frame.seen |= std::uint64_t{1} << index;
        }
        ++index;
    });
}

// Members this version does not know.
Frame skip_frame(bool is_array);

template <typename T>
Frame record_open(Frame& frame, bool is_array) {
    const char* found = is_array ? "array" : "object";
    Frame child = skip_frame(is_array);
    int index = 0;
    visit_fields(*static_cast<T*>(frame.target), [&](const char* name, auto& member) {
        using Member = std::remove_cvref_t<decltype(member)>;
        if (frame.key == name) {
            if constexpr (Record<Member> || kIsVector<Member>) {
                if (is_array != kIsVector<Member>) wrong_type<Member>(found);
                child = frame_for(member);
            } else {
                wrong_type<Member>(found);
            }
            frame.seen |= std::uint64_t{1} << index;
        }
        ++index;
    });
    return child;
}

template <typename T>
void record_close(const Frame& frame) {
    int index = 0;
    visit_fields(*static_cast<T*>(frame.target), [&](const char* name, auto& member) {
        using Member = std::remove_cvref_t<decltype(member)>;
        if (kRequired<Member> && !run_file::added_later(name) && !(frame.seen >> index & 1))
            throw Problem{name, "is missing"};
        ++index;
    });
}

template <typename Vector>
void array_scalar(Frame&, const json& value) {
    wrong_type<typename Vector::value_type>(value.type_name());
}

template <typename Vector>
Frame array_open(Frame& frame, bool is_array) {
    if (is_array) wrong_type<typename Vector::value_type>("array");
    return frame_for(static_cast<Vector*>(frame.target)->emplace_back());
}

void ignore_close(const Frame&);

template <typename T>
inline constexpr FrameOps kRecordOps{record_scalar<T>, record_open<T>, record_close<T>};
template <typename T>
inline constexpr FrameOps kArrayOps{array_scalar<T>, array_open<T>, ignore_close};

template <typename T>
Frame frame_for(T& target) {
    if constexpr (kIsVector<T>) {
        return Frame{&target, &kArrayOps<T>, true, {}, 0, 0};
    } else {
        return Frame{&target, &kRecordOps<T>, false, {}, 0, 0};
    }
}

}  // namespace detail

// Fills one struct, its root, from the events of one JSON object. Each call
// throws FieldError for a value that does not fit; members the field lists do
// not know are skipped, so files from newer versions stay readable.
class FieldReader {
public:
    template <Record Root>
    explicit FieldReader(Root& root, Missing missing = Missing::Error)
        : root_(detail::frame_for(root)), missing_(missing) {}

    // 0 before the root opens (and after it closes), 1 among its members...
    std::size_t depth() const { return frames_.size(); }

    void key(const std::string& name) { frames_.back().key = name; }
    void scalar(const json& value);
    void open(bool is_array);
    void close();

private:
    template <typename Step>
    void guarded(Step&& step);
    std::string path_of(const detail::Problem& problem) const;

    detail::Frame root_;
    Missing missing_;
    std::vector<detail::Frame> frames_;
};

// One scalar (number, name, string...) read by the same rules and with the
// same wording as a struct's members; throws FieldError with an empty path.
template <typename T>
T read_value(const json& value) {
    T out{};
    try {
        detail::read_scalar(value, out);
    } catch (const detail::Problem& problem) {
        throw FieldError{{}, problem.problem};
    }
    return out;
}

// Feeds a parsed tree to a reader, event by event as the parser would.
// Recursive: trees come from parse_json_tree, no deeper than kMaxJsonDepth.
void walk(const json& value, FieldReader& reader);

// Reads a parsed object into `target`; throws FieldError.
template <Record T>
void read_fields(const json& value, T& target, Missing missing = Missing::Error) {
    FieldReader reader(target, missing);
    walk(value, reader);
}

}  // namespace overlap::json_fields
