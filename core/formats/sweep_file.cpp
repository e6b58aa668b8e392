// Sweep files (docs/sweep-format.md): a small header read member by member,
// and each value's runs in the run file's own form, written and read by the
// run file's writer and reader, so the two formats cannot drift apart.
#include "formats/sweep_file.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>

#include "formats/error_text.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/json_syntax.hpp"
#include "formats/preset_file.hpp"
#include "formats/run_file.hpp"
#include "model/number_text.hpp"

namespace overlap {

namespace {

using nlohmann::json;
using ordered_json = nlohmann::ordered_json;

constexpr const char* kFormatName = "overlap-sweep";
constexpr const char* kNotASweepFile =
    "Not an Overlap sweep file (it has no \"format\": \"overlap-sweep\")";
constexpr const char* kDamaged = "Damaged sweep file: ";

[[noreturn]] void damaged(const std::string& path, const std::string& problem) {
    throw FormatError(kDamaged + path + " " + problem);
}

std::string at(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

// `key` of the object at `path` ("" for the top), or the error naming it.
const json& member(const json& object, const char* key, const std::string& path = {}) {
    const auto found = object.find(key);
    if (found == object.end()) damaged(path.empty() ? key : path + "." + key, "is missing");
    return *found;
}

const json& typed(const json& value, const std::string& path, json::value_t type,
                  const char* expected) {
    const bool ok = type == json::value_t::number_float ? value.is_number() : value.type() == type;
    if (!ok) damaged(path, std::string("should be ") + expected + ", not " + value.type_name());
    return value;
}

std::string text_of(const json& object, const char* key) {
    return typed(member(object, key), key, json::value_t::string, "a string").get<std::string>();
}

double number_of(const json& value, const std::string& path) {
    return typed(value, path, json::value_t::number_float, "a number").get<double>();
}

int whole_of(const json& object, const char* key, int min) {
    const json& value = member(object, key);
    if (!value.is_number_integer())
        damaged(key, std::string("should be a whole number, not ") + value.type_name());
    const auto number = value.get<std::int64_t>();
    if (number < min || number > 1'000'000) damaged(key, "is out of range: " + value.dump());
    return static_cast<int>(number);
}

const json& array_of(const json& object, const char* key) {
    return typed(member(object, key), key, json::value_t::array, "an array");
}

void check_header(const json& tree) {
    if (!tree.is_object()) throw FormatError(kNotASweepFile);
    const auto format = tree.find("format");
    if (format == tree.end() || *format != kFormatName) throw FormatError(kNotASweepFile);
    const auto version = tree.find("version");
    if (version == tree.end()) damaged("version", "is missing");
    if (!version->is_number_integer())
        damaged("version", std::string("should be a whole number, not ") + version->type_name());
    const auto number = version->get<std::int64_t>();
    if (number > kSweepFileVersion) {
        throw FormatError("This sweep file was made by a newer Overlap: version " +
                          std::to_string(number) + ", this reads up to " +
                          std::to_string(kSweepFileVersion));
    }
    if (number < 1) damaged("version", "is unknown: " + std::to_string(number));
}

// The run file reader's message, placed under the point it is in:
// "Damaged run file: runs[0].tasks" becomes
// "Damaged sweep file: points[2].runs.runs[0].tasks".
std::string in_point(const std::string& path, const std::string& message) {
    const std::string run_file = "Damaged run file: ";
    if (message.starts_with(run_file))
        return kDamaged + path + "." + message.substr(run_file.size());
    return kDamaged + path + ": " + message;
}

SweepSpec read_spec(const json& tree) {
    SweepSpec spec;
    const std::string param = text_of(tree, "param");
    const auto parsed = sweep_param_from_string(param);
    if (!parsed)
        damaged("param", "has an unknown value " + shown_text(param) +
                             " (concurrency, tasks, delay or cpu)");
    spec.param = *parsed;
    const json& values = array_of(tree, "values");
    if (values.empty()) damaged("values", "is empty");
    for (std::size_t i = 0; i < values.size(); ++i)
        spec.values.push_back(number_of(values[i], at("values", i)));
    const json& modes = array_of(tree, "modes");
    if (modes.empty()) damaged("modes", "is empty");
    for (std::size_t i = 0; i < modes.size(); ++i) {
        const std::string name =
            typed(modes[i], at("modes", i), json::value_t::string, "a string").get<std::string>();
        const auto mode = mode_from_string(name);
        if (!mode) damaged(at("modes", i), "has an unknown value " + shown_text(name));
        spec.modes.push_back(*mode);
    }
    spec.repeat = whole_of(tree, "repeat", 1);
    spec.concurrency = whole_of(tree, "concurrency", 1);
    const json& workload =
        typed(member(tree, "workload"), "workload", json::value_t::object, "an object");
    try {
        spec.workload = workload_from_json(workload.dump());
    } catch (const FormatError& error) {
        throw FormatError(kDamaged + std::string("workload: ") + error.what());
    }
    return spec;
}

SweepPoint read_point(const json& point, const std::string& path, double planned) {
    typed(point, path, json::value_t::object, "an object");
    SweepPoint read;
    read.value = number_of(member(point, "value", path), path + ".value");
    if (read.value != planned)
        damaged(path + ".value", "is " + number_text(read.value) + ", but the sweep planned " +
                                     number_text(planned));
    const json& runs =
        typed(member(point, "runs", path), path + ".runs", json::value_t::object, "an object");
    try {
        read.runs = run_set_from_json(runs.dump());
    } catch (const FormatError& error) {
        throw FormatError(in_point(path + ".runs", error.what()));
    }
    return read;
}

SweepResult sweep_from_tree(const json& tree) {
    check_header(tree);
    SweepResult sweep;
    sweep.spec = read_spec(tree);
    sweep.title = text_of(tree, "title");
    sweep.recorded_at = text_of(tree, "recorded_at");
    sweep.cancelled =
        typed(member(tree, "cancelled"), "cancelled", json::value_t::boolean, "true or false")
            .get<bool>();
    const json& points = array_of(tree, "points");
    if (points.size() > sweep.spec.values.size())
        damaged("points", "has " + std::to_string(points.size()) + " points for " +
                              std::to_string(sweep.spec.values.size()) + " values");
    for (std::size_t i = 0; i < points.size(); ++i)
        sweep.points.push_back(read_point(points[i], at("points", i), sweep.spec.values[i]));
    return sweep;
}

}  // namespace

std::string sweep_to_json(const SweepResult& sweep) {
    const SweepSpec& spec = sweep.spec;
    // Ordered, so "format" comes first: looks_like_sweep_file() reads no further.
    ordered_json tree;
    tree["format"] = kFormatName;
    tree["version"] = kSweepFileVersion;
    tree["title"] = sweep.title;
    tree["recorded_at"] = sweep.recorded_at;
    tree["cancelled"] = sweep.cancelled;
    tree["param"] = to_string(spec.param);
    tree["values"] = spec.values;
    tree["modes"] = ordered_json::array();
    for (Mode mode : spec.modes) tree["modes"].push_back(to_string(mode));
    tree["repeat"] = spec.repeat;
    tree["concurrency"] = spec.concurrency;
    tree["workload"] = ordered_json::parse(workload_to_json(spec.workload));
    tree["points"] = ordered_json::array();
    for (const SweepPoint& point : sweep.points) {
        tree["points"].push_back(
            {{"value", point.value}, {"runs", ordered_json::parse(run_set_to_json(point.runs))}});
    }
    return tree.dump() + '\n';
}

SweepResult sweep_from_json(std::string_view text) {
    const json tree = parse_json_tree(text, "Cannot read the sweep file: ");
    return without_json_exceptions(kDamaged, [&] { return sweep_from_tree(tree); });
}

void save_sweep_file(const SweepResult& sweep, const std::filesystem::path& path) {
    write_file_atomically(path, sweep_to_json(sweep));
}

SweepResult load_sweep_file(const std::filesystem::path& path) {
    const std::string text = read_text_file(path);
    try {
        return sweep_from_json(text);
    } catch (const FormatError& error) {
        throw FormatError(in_file(path, error.what()));
    }
}

bool looks_like_sweep_file(std::string_view text) {
    // Stops at the top object's first member, which Overlap writes as "format".
    struct FirstMember : nlohmann::json_sax<json> {
        int depth = 0;
        bool is_format = false;
        bool sweep = false;
        bool null() override { return false; }
        bool boolean(bool) override { return false; }
        bool number_integer(number_integer_t) override { return false; }
        bool number_unsigned(number_unsigned_t) override { return false; }
        bool number_float(number_float_t, const string_t&) override { return false; }
        bool string(string_t& value) override {
            sweep = depth == 1 && is_format && value == kFormatName;
            return false;
        }
        bool binary(binary_t&) override { return false; }
        bool start_object(std::size_t) override { return ++depth == 1; }
        bool key(string_t& name) override {
            is_format = name == "format";
            return is_format;
        }
        bool end_object() override { return false; }
        bool start_array(std::size_t) override { return false; }
        bool end_array() override { return false; }
        bool parse_error(std::size_t, const std::string&,
                         const nlohmann::detail::exception&) override {
            return false;
        }
    } first;
    static_cast<void>(json::sax_parse(text, &first, json::input_format_t::json, false));
    return first.sweep;
}

}  // namespace overlap
