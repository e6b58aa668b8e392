// Reads run files (docs/run-format.md) in one SAX pass straight into a RunSet:
// a 100k-task file never becomes a JSON tree. The field reader (json_fields)
// fills the structs and names the JSON path of a bad value; this file adds
// what is particular to run files: the header, and telling other files apart.
#include <cstdint>
#include <nlohmann/json.hpp>

#include "formats/error_text.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/json_fields.hpp"
#include "formats/json_syntax.hpp"
#include "formats/run_file.hpp"

namespace overlap {

namespace {

using json_fields::FieldError;
using json_fields::FieldReader;
using nlohmann::json;

constexpr const char* kCannotRead = "Cannot read the run file: ";
constexpr const char* kNotARunFile =
    "Not an Overlap run file (it has no \"format\": \"overlap-run\")";

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
        if (fields_.depth() == 1 && name == "traceEvents") {
            // Said so that it holds wherever the file was given: `overlap
            // export` cannot import, the window can.
            throw FormatError(
                "This is a Chrome trace, not an Overlap run file: open it in the window "
                "('overlap FILE', or File > Import Chrome Trace) or in Perfetto");
        }
        if (fields_.depth() == 1) top_key_ = name;
        fields_.key(name);
        return true;
    }

    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t byte, const std::string& token, const json::exception& error) {
        throw FormatError(kCannotRead + describe_json_syntax_error(byte, size_, token, error));
    }

private:
    bool scalar(const json& value) {
        if (fields_.depth() == 0) throw FormatError(kNotARunFile);
        if (fields_.depth() == 1 && read_header(top_key_, value)) return true;
        guarded([&] { fields_.scalar(value); });
        return true;
    }

    bool open(bool is_array) {
        if (fields_.depth() == 0 && is_array) throw FormatError(kNotARunFile);
        // Each level keeps a frame: a file of 100 MB of "[" would take gigabytes.
        if (fields_.depth() >= kMaxJsonDepth) throw FormatError(kCannotRead + nesting_too_deep());
        guarded([&] { fields_.open(is_array); });
        return true;
    }

    bool close() {
        guarded([&] { fields_.close(); });
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
            throw FormatError("Damaged run file: " + error.path + " " + error.problem);
        }
    }

    std::size_t size_;
    RunSet runs_;
    FieldReader fields_{runs_};
    std::string top_key_;  // the member of the top-level object being read
    bool format_seen_ = false;
    bool version_seen_ = false;
};

}  // namespace

RunSet run_set_from_json(std::string_view text) {
    RunFileReader reader(text.size());
    without_json_exceptions(kCannotRead, [&] { return json::sax_parse(text, &reader); });
    return reader.take();
}

RunSet load_run_file(const std::filesystem::path& path) {
    const std::string text = read_text_file(path);
    try {
        return run_set_from_json(text);
    } catch (const FormatError& error) {
        throw FormatError(in_file(path, error.what()));
    }
}

}  // namespace overlap
