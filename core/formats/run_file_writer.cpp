// Writes run files (docs/run-format.md) straight to text, field list by field list.
#include "formats/file_io.hpp"
#include "formats/json_writer.hpp"
#include "formats/run_file.hpp"
#include "formats/run_file_fields.hpp"

namespace overlap {

namespace {

using run_file::kIsVector;
using run_file::Record;
using run_file::visit_fields;

template <typename T>
void write(JsonWriter& json, const T& value) {
    if constexpr (Record<const T>) {
        json.begin_object();
        visit_fields(value, [&](const char* key, const auto& member) {
            json.key(key);
            write(json, member);
        });
        json.end_object();
    } else if constexpr (kIsVector<T>) {
        json.begin_array();
        for (const auto& item : value) write(json, item);
        json.end_array();
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        if (value) {
            json.value(*value);
        } else {
            json.null();
        }
    } else if constexpr (std::is_same_v<T, std::uint32_t>) {
        if (value == kNoTask) {
            json.null();
        } else {
            json.value(value);
        }
    } else if constexpr (std::is_enum_v<T>) {
        json.value(to_string(value));
    } else {
        json.value(value);
    }
}

}  // namespace

std::string run_set_to_json(const RunSet& runs) {
    JsonWriter json;
    json.begin_object();
    json.key("format").value(run_file::kFormatName);
    json.key("version").value(kRunFileVersion);
    visit_fields(runs, [&](const char* key, const auto& member) {
        json.key(key);
        write(json, member);
    });
    json.end_object();
    std::string text = json.take();
    text += '\n';
    return text;
}

void save_run_file(const RunSet& runs, const std::filesystem::path& path) {
    write_file_atomically(path, run_set_to_json(runs));
}

}  // namespace overlap
