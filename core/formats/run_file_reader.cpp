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
#include "formats/preset_file.hpp"
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
        check_markers();
        if (preset_tree_) runs_.preset = read_preset(*preset_tree_);
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
        if (preset_depth_ > 0) return preset_dom_->key(name);
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
    bool end_object() { return close(false); }
    bool end_array() { return close(true); }

    bool parse_error(std::size_t byte, const std::string& token, const json::exception& error) {
        throw FormatError(kCannotRead + describe_json_syntax_error(byte, size_, token, error));
    }

private:
    bool scalar(const json& value) {
        if (preset_depth_ > 0) return add_to_preset(value);
        if (fields_.depth() == 0) throw FormatError(kNotARunFile);
        if (fields_.depth() == 1 && top_key_ == "preset") {
            throw FormatError(std::string("Damaged run file: preset should be an object, not ") +
                              value.type_name());
        }
        if (fields_.depth() == 1 && read_header(top_key_, value)) return true;
        guarded([&] { fields_.scalar(value); });
        return true;
    }

    bool open(bool is_array) {
        if (fields_.depth() == 0 && is_array) throw FormatError(kNotARunFile);
        // Each level keeps a frame: a file of 100 MB of "[" would take gigabytes.
        if (fields_.depth() + preset_depth_ >= kMaxJsonDepth)
            throw FormatError(kCannotRead + nesting_too_deep());
        if (preset_depth_ > 0 || (fields_.depth() == 1 && top_key_ == "preset")) {
            return open_in_preset(is_array);
        }
        guarded([&] { fields_.open(is_array); });
        return true;
    }

    bool close(bool is_array) {
        if (preset_depth_ > 0) {
            --preset_depth_;
            return is_array ? preset_dom_->end_array() : preset_dom_->end_object();
        }
        guarded([&] { fields_.close(); });
        return true;
    }

    // The preset is small and in the preset file's form: it is kept as a tree
    // and read by the preset file reader once the whole file is in.
    bool open_in_preset(bool is_array) {
        if (preset_depth_ == 0) {
            if (is_array)
                throw FormatError("Damaged run file: preset should be an object, not array");
            preset_tree_.emplace();
            preset_dom_.emplace(*preset_tree_);
        }
        ++preset_depth_;
        return is_array ? preset_dom_->start_array(std::size_t(-1))
                        : preset_dom_->start_object(std::size_t(-1));
    }

    bool add_to_preset(json value) {
        auto& dom = *preset_dom_;
        switch (value.type()) {
            case json::value_t::boolean:
                return dom.boolean(value.get<bool>());
            case json::value_t::number_integer:
                return dom.number_integer(value.get<json::number_integer_t>());
            case json::value_t::number_unsigned:
                return dom.number_unsigned(value.get<json::number_unsigned_t>());
            case json::value_t::number_float:
                return dom.number_float(value.get<double>(), {});
            case json::value_t::string:
                return dom.string(value.get_ref<std::string&>());
            default:
                return dom.null();
        }
    }

    PresetRecord read_preset(const json& tree) const {
        PresetRecord record;
        try {
            record.preset = preset_from_json(tree.dump());
        } catch (const FormatError& error) {
            throw FormatError(in_preset(error.what()));
        }
        try {
            // Reads "verdicts" only: the field list knows no other member.
            json_fields::read_fields(tree, record);
        } catch (const FieldError& error) {
            throw FormatError("Damaged run file: preset." + error.path + " " + error.problem);
        }
        if (record.verdicts.size() != record.preset.checks.size()) {
            throw FormatError("Damaged run file: preset.verdicts has " +
                              std::to_string(record.verdicts.size()) + " verdicts for " +
                              std::to_string(record.preset.checks.size()) + " checks");
        }
        return record;
    }

    // "Damaged preset file: checks[0].run ..." becomes
    // "Damaged run file: preset.checks[0].run ...".
    static std::string in_preset(const std::string& message) {
        const std::string damaged = "Damaged preset file: ";
        if (message.starts_with(damaged))
            return "Damaged run file: preset." + message.substr(damaged.size());
        return "Damaged run file: its preset: " + message;
    }

    // What the field lists cannot say: a marker's run and task must exist.
    void check_markers() const {
        for (std::size_t i = 0; i < runs_.markers.size(); ++i) {
            const Marker& marker = runs_.markers[i];
            const std::string path = "Damaged run file: markers[" + std::to_string(i) + "].";
            if (const auto problem = caption_problem(marker.caption))
                throw FormatError(path + "caption " + *problem);
            if (!(marker.time_s >= 0))
                throw FormatError(path + "time_s should be 0 or more, not " +
                                  json(marker.time_s).dump());
            if (marker.run != kAllRuns && marker.run >= runs_.runs.size()) {
                throw FormatError(path + "run is " + std::to_string(marker.run) +
                                  ", but the file has " + std::to_string(runs_.runs.size()) +
                                  " runs");
            }
            if (marker.task != kNoTask && marker.task >= runs_.workload.tasks.size()) {
                throw FormatError(path + "task is " + std::to_string(marker.task) +
                                  ", but the workload has " +
                                  std::to_string(runs_.workload.tasks.size()) + " tasks");
            }
        }
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
    std::optional<json> preset_tree_;
    std::optional<nlohmann::detail::json_sax_dom_parser<json>> preset_dom_;
    std::size_t preset_depth_ = 0;  // objects and arrays open inside "preset"
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
