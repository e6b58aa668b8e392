// Writes run files (docs/run-format.md) straight to text, field list by field list.
#include "formats/file_io.hpp"
#include "formats/json_writer.hpp"
#include "formats/preset_file.hpp"
#include "formats/preset_names.hpp"
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

template <typename T>
void member(JsonWriter& json, const char* key, const T& value) {
    json.key(key);
    write(json, value);
}

// A check in the preset file's words: runs by index, which read back exactly
// (an order check names modes, as preset files only can).
void write_check(JsonWriter& json, const PresetCheck& check, const Preset& preset) {
    json.begin_object();
    json.key("check").value(name_in(kCheckKinds, check.kind));
    if (check.kind == CheckKind::Order) {
        json.key("modes").begin_array();
        for (const std::size_t run : check.order)
            json.value(to_string(preset.runs[run].config.mode));
        json.end_array();
        json.end_object();
        return;
    }
    json.key("run").value(check.run);
    if (check.kind == CheckKind::Speedup) json.key("over_run").value(check.baseline);
    if (check.kind == CheckKind::Memory) json.key("less_than_run").value(check.baseline);
    if (check.claimed) {
        json.key("claimed").value(check.claimed->value);
        json.key("side").value(name_in(kClaimSides, check.claimed->side));
    }
    if (check.at_least) json.key("at_least").value(*check.at_least);
    if (check.at_most) json.key("at_most").value(*check.at_most);
    for (const auto& [outcome, count] : check.outcomes) json.key(to_string(outcome)).value(count);
    json.end_object();
}

void write_caption(JsonWriter& json, const PresetCaption& caption) {
    json.begin_object();
    json.key("at").value(to_string(caption.at));
    if (caption.at == CaptionAnchor::Time || caption.at == CaptionAnchor::Fraction) {
        json.key("value").value(caption.value);
    } else {
        json.key("task").value(caption.task);
    }
    if (caption.run) json.key("run").value(*caption.run);
    json.key("text").value(caption.text);
    json.end_object();
}

// The preset as a preset file would hold it (so one reader reads both), with
// the verdicts its runs had.
void write_preset(JsonWriter& json, const PresetRecord& record) {
    const Preset& preset = record.preset;
    json.begin_object();
    json.key("format").value("overlap-preset");
    json.key("version").value(kPresetFileVersion);
    json.key("name").value(preset.name);
    json.key("title").value(preset.title);
    json.key("claim").value(preset.claim);
    json.key("source").value(preset.source);
    json.key("figures").value(preset.figures);
    member(json, "workload", preset.workload);
    json.key("modes").begin_array();
    for (const PresetRun& run : preset.runs) {
        json.begin_object();
        member(json, "mode", run.config.mode);
        member(json, "concurrency", run.config.concurrency);
        member(json, "behaviour", run.behaviour);
        json.end_object();
    }
    json.end_array();
    json.key("checks").begin_array();
    for (const PresetCheck& check : preset.checks) write_check(json, check, preset);
    json.end_array();
    if (!preset.captions.empty()) {
        json.key("captions").begin_array();
        for (const PresetCaption& caption : preset.captions) write_caption(json, caption);
        json.end_array();
    }
    if (preset.sweep) {
        const PresetSweep& sweep = *preset.sweep;
        json.key("sweep").begin_object();
        json.key("param").value(to_string(sweep.param));
        member(json, "values", sweep.values);
        member(json, "modes", sweep.modes);
        json.key("repeat").value(sweep.repeat);
        json.key("concurrency").value(sweep.concurrency);
        json.end_object();
    }
    member(json, "verdicts", record.verdicts);
    json.end_object();
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
    if (runs.preset) {
        json.key("preset");
        write_preset(json, *runs.preset);
    }
    json.end_object();
    std::string text = json.take();
    text += '\n';
    return text;
}

std::string workload_to_json(const Workload& workload) {
    JsonWriter json;
    write(json, workload);
    return json.take();
}

void save_run_file(const RunSet& runs, const std::filesystem::path& path) {
    write_file_atomically(path, run_set_to_json(runs));
}

}  // namespace overlap
