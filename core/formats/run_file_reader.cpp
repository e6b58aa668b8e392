// Reads run files (docs/run-format.md) in one SAX pass straight into a RunSet:
// a 100k-task file never becomes a JSON tree. Each open object or array is a
// frame that knows the C++ value it fills; the field lists say which member
// goes where, and the frame stack gives the JSON path for error messages.
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>

#include "formats/enum_names.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/json_syntax.hpp"
#include "formats/run_file.hpp"
#include "formats/run_file_fields.hpp"

namespace overlap {

namespace {

using nlohmann::json;
using run_file::kIsVector;
using run_file::Record;
using run_file::visit_fields;

constexpr const char* kNotARunFile =
    "Not an Overlap run file (it has no \"format\": \"overlap-run\")";

// A problem with one value; the reader adds where it is. `member` names a
// member of the current object (a missing one); empty means the value being read.
struct FieldError {
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
    throw FieldError{{}, std::string("should be ") + expected<T>() + ", not " + found};
}

template <std::integral T>
void read_integer(const json& value, T& out) {
    if (!value.is_number_integer()) wrong_type<T>(value.type_name());
    const bool fits = value.is_number_unsigned() ? value.get<std::uint64_t>() <=
                                                       std::uint64_t{std::numeric_limits<T>::max()}
                                                 : std::in_range<T>(value.get<std::int64_t>());
    if (!fits) throw FieldError{{}, "is out of range: " + value.dump()};
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
    if (!parsed) throw FieldError{{}, "has an unknown value \"" + name + "\""};
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
            }
            frame.seen |= std::uint64_t{1} << index;
        }
        ++index;
    });
}

Frame skip_frame(bool is_array);

template <typename T>
Frame record_open(Frame& frame, bool is_array) {
    const char* found = is_array ? "array" : "object";
    Frame child = skip_frame(is_array);  // members this version does not know
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
        if (kRequired<Member> && !(frame.seen >> index & 1)) throw FieldError{name, "is missing"};
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

void ignore_scalar(Frame&, const json&) {}
Frame ignore_open(Frame&, bool is_array) { return skip_frame(is_array); }
void ignore_close(const Frame&) {}

constexpr FrameOps kSkipOps{ignore_scalar, ignore_open, ignore_close};

Frame skip_frame(bool is_array) { return Frame{nullptr, &kSkipOps, is_array, {}, 0, 0}; }

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

// The nlohmann SAX handler.
class RunFileReader {
public:
    explicit RunFileReader(std::size_t size) : size_(size) {}

    RunSet take() {
        if (!format_seen_) throw FormatError(kNotARunFile);
        if (!version_seen_) throw FormatError("Damaged run file: version is missing");
        return std::move(runs_);
    }

    bool null() { return scalar(json(nullptr)); }
    bool boolean(bool value) { return scalar(json(value)); }
    bool number_integer(json::number_integer_t value) { return scalar(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return scalar(json(value)); }
    bool number_float(json::number_float_t value, const std::string&) {
        return scalar(json(value));
    }
    bool string(std::string& value) { return scalar(json(std::move(value))); }
    bool binary(json::binary_t&) { return scalar(json()); }  // JSON text has none

    bool key(std::string& name) {
        if (frames_.size() == 1 && name == "traceEvents") {
            throw FormatError(
                "This is a Chrome trace, not an Overlap run file: import it as a trace");
        }
        frames_.back().key = name;
        return true;
    }

    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t byte, const std::string&, const json::exception& error) {
        throw FormatError("Cannot read the run file: " +
                          describe_json_syntax_error(byte, size_, error.what()));
    }

private:
    bool scalar(const json& value) {
        if (frames_.empty()) throw FormatError(kNotARunFile);
        Frame& frame = frames_.back();
        if (frames_.size() == 1 && read_header(frame.key, value)) return true;
        guarded([&] {
            if (frame.is_array) ++frame.count;
            frame.ops->scalar(frame, value);
        });
        return true;
    }

    bool open(bool is_array) {
        if (frames_.empty()) {
            if (is_array) throw FormatError(kNotARunFile);
            frames_.push_back(frame_for(runs_));
            return true;
        }
        Frame child;
        guarded([&] {
            Frame& frame = frames_.back();
            if (frame.is_array) ++frame.count;
            child = frame.ops->open(frame, is_array);
        });
        frames_.push_back(std::move(child));
        return true;
    }

    bool close() {
        guarded([&] { frames_.back().ops->close(frames_.back()); });
        frames_.pop_back();
        return true;
    }

    // "format" and "version" say whether this file is ours and readable at all,
    // so they are checked as soon as they arrive (Overlap writes them first).
    bool read_header(const std::string& key, const json& value) {
        if (key == "format") {
            if (value != run_file::kFormatName) throw FormatError(kNotARunFile);
            format_seen_ = true;
            return true;
        }
        if (key != "version") return false;
        if (!value.is_number_integer()) {
            throw FormatError("Damaged run file: version should be a whole number, not " +
                              std::string(value.type_name()));
        }
        const auto version = value.get<std::int64_t>();
        if (version > kRunFileVersion) {
            throw FormatError("This run file was made by a newer Overlap: version " +
                              std::to_string(version) + ", this reads up to " +
                              std::to_string(kRunFileVersion));
        }
        if (version < 1)
            throw FormatError("Damaged run file: unknown version " + std::to_string(version));
        version_seen_ = true;
        return true;
    }

    template <typename Step>
    void guarded(Step&& step) {
        try {
            step();
        } catch (const FieldError& error) {
            // Before "format" anything odd means the file is something else.
            if (!format_seen_) throw FormatError(kNotARunFile);
            throw FormatError("Damaged run file: " + path_of(error) + " " + error.problem);
        }
    }

    // "runs[2].tasks[5].start_s": each frame adds the member or element it is reading.
    std::string path_of(const FieldError& error) const {
        std::string path;
        const auto add_key = [&](const std::string& key) {
            if (!path.empty()) path += '.';
            path += key;
        };
        for (std::size_t i = 0; i < frames_.size(); ++i) {
            const Frame& frame = frames_[i];
            if (i + 1 == frames_.size() && !error.member.empty()) {
                add_key(error.member);
            } else if (frame.is_array) {
                path += "[" + std::to_string(frame.count - 1) + "]";
            } else {
                add_key(frame.key);
            }
        }
        return path;
    }

    std::size_t size_;
    RunSet runs_;
    std::vector<Frame> frames_;
    bool format_seen_ = false;
    bool version_seen_ = false;
};

}  // namespace

RunSet run_set_from_json(std::string_view text) {
    RunFileReader reader(text.size());
    json::sax_parse(text, &reader);
    return reader.take();
}

RunSet load_run_file(const std::filesystem::path& path) {
    const std::string text = read_text_file(path);
    try {
        return run_set_from_json(text);
    } catch (const FormatError& error) {
        throw FormatError("'" + path.string() + "': " + error.what());
    }
}

}  // namespace overlap
