// Reads preset files. They are small and hand-written, so they are parsed
// into a tree and read member by member; the workload goes through the same
// field reader as a run file's (json_fields), the rest is read here. Every
// check is resolved to run indices and validated on reading, so evaluating
// one later cannot fail.
#include "formats/preset_file.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "formats/enum_names.hpp"
#include "formats/error_text.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/json_fields.hpp"
#include "formats/json_syntax.hpp"
#include "formats/preset_names.hpp"
#include "model/number_text.hpp"
#include "model/sweep.hpp"
#include "model/workload_limits.hpp"

namespace overlap {

namespace {

using json_fields::FieldError;
using json_fields::Missing;
using nlohmann::json;

constexpr const char* kFormatName = "overlap-preset";
constexpr const char* kNotAPreset =
    "Not an Overlap preset file (it has no \"format\": \"overlap-preset\")";
constexpr int kMaxTasks = static_cast<int>(kTasksLimit.max);

// "modes[1]" + "behaviour.gil", "checks" + "[2]"...
std::string joined(const std::string& path, const std::string& below) {
    if (path.empty() || below.empty()) return path + below;
    return below.front() == '[' ? path + below : path + "." + below;
}

// One JSON object of the file, with its path for error messages.
class Object {
public:
    Object(const json& value, std::string path) : value_(value), path_(std::move(path)) {
        if (!value.is_object())
            fail({}, std::string("should be an object, not ") + value.type_name());
    }

    const json& value() const { return value_; }
    // Keys are shown safely: a check's outcome keys are the file's own text.
    std::string path(const std::string& key) const { return joined(path_, shown_text(key, "")); }
    bool has(const char* key) const { return value_.contains(key); }

    [[noreturn]] void fail(const std::string& key, const std::string& problem) const {
        throw FieldError{path(key), problem};
    }

    const json& member(const char* key) const {
        const auto found = value_.find(key);
        if (found == value_.end()) fail(key, "is missing");
        return *found;
    }

    const json& array(const char* key) const {
        const json& found = member(key);
        if (!found.is_array())
            fail(key, std::string("should be an array, not ") + found.type_name());
        if (found.empty()) fail(key, "is empty");
        return found;
    }

    template <typename T>
    T get(const char* key) const {
        const json& found = member(key);
        try {
            return json_fields::read_value<T>(found);
        } catch (const FieldError& error) {
            fail(key, error.problem);
        }
    }

    int whole(const char* key, int min, int max) const {
        const int value = get<int>(key);
        if (value < min || value > max) {
            fail(key, "should be from " + std::to_string(min) + " to " + std::to_string(max) +
                          ", not " + std::to_string(value));
        }
        return value;
    }

    // A threshold: a ratio, seconds or a fraction.
    std::optional<double> bound(const char* key, bool fraction) const {
        if (!has(key)) return std::nullopt;
        const double value = get<double>(key);
        if (fraction && (value < 0 || value > 1))
            fail(key, "should be from 0 to 1, not " + number_text(value));
        if (value < 0) fail(key, "should be 0 or more, not " + number_text(value));
        return value;
    }

private:
    const json& value_;
    std::string path_;
};

// A struct of the model read by its field list, with paths from the file's root.
template <typename T>
void read_fields_at(const json& value, const std::string& path, T& target) {
    try {
        json_fields::read_fields(value, target, Missing::Keep);
    } catch (const FieldError& error) {
        throw FieldError{joined(path, error.path), error.problem};
    }
}

// A number Overlap does not run is refused in the limits' words, as the CLI
// and the window refuse it, not reported as damage.
void refuse_over_limit(const std::string& path, const std::optional<std::string>& problem) {
    if (problem)
        throw FormatError("Cannot run " + (path.empty() ? std::string("the workload") : path) +
                          ": " + *problem);
}

Workload read_workload(const json& value, const std::string& path) {
    Workload workload;
    read_fields_at(value, path, workload);
    const Object object(value, path);
    const json& tasks = object.array("tasks");
    std::vector<TaskSpec> expanded;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const Object task(tasks[i], joined(object.path("tasks"), "[" + std::to_string(i) + "]"));
        const TaskSpec& spec = workload.tasks[i];
        if (spec.expected_s && *spec.expected_s < 0)
            task.fail("expected_s", "should be 0 or more, not " + number_text(*spec.expected_s));
        const int repeat = task.has("repeat") ? task.whole("repeat", 1, kMaxTasks) : 1;
        // Refused while expanding, before a file's repeats make a billion copies;
        // workload_limits_problem() below checks the count again, as for any workload.
        if (expanded.size() + static_cast<std::size_t>(repeat) > kMaxTasks) {
            task.fail("repeat", "makes more than " + std::to_string(kMaxTasks) + " tasks");
        }
        expanded.insert(expanded.end(), static_cast<std::size_t>(repeat), spec);
    }
    workload.tasks = std::move(expanded);
    refuse_over_limit(path, workload_limits_problem(workload));
    return workload;
}

std::vector<PresetRun> read_runs(const Object& preset, const Workload& workload) {
    const json& modes = preset.array("modes");
    std::vector<PresetRun> runs;
    for (std::size_t i = 0; i < modes.size(); ++i) {
        const Object entry(modes[i], joined(preset.path("modes"), "[" + std::to_string(i) + "]"));
        PresetRun run;
        run.config.mode = entry.get<Mode>("mode");
        run.config.concurrency = entry.get<int>("concurrency");
        refuse_over_limit(entry.path("concurrency"), mode_limits_problem(run.config));
        run.behaviour = workload.behaviour;
        if (entry.has("behaviour")) {
            read_fields_at(entry.member("behaviour"), entry.path("behaviour"), run.behaviour);
            refuse_over_limit(entry.path("behaviour"),
                              limit_problem(kTimeoutLimit, run.behaviour.timeout_s));
        }
        runs.push_back(run);
    }
    return runs;
}

// The run a check reads: the first in the mode named by `mode_key`, or the one
// at index `index_key`.
std::size_t run_of(const Object& check, const char* mode_key, const char* index_key,
                   const std::vector<PresetRun>& runs) {
    if (check.has(mode_key)) {
        const Mode mode = check.get<Mode>(mode_key);
        const auto found = std::find_if(runs.begin(), runs.end(), [&](const PresetRun& run) {
            return run.config.mode == mode;
        });
        if (found == runs.end())
            check.fail(mode_key, std::string("names a mode no run uses: ") + to_string(mode));
        return static_cast<std::size_t>(found - runs.begin());
    }
    if (check.has(index_key))
        return static_cast<std::size_t>(
            check.whole(index_key, 0, static_cast<int>(runs.size()) - 1));
    check.fail({}, std::string("needs \"") + mode_key + "\" or \"" + index_key + "\"");
}

CheckKind kind_of(const Object& check) {
    const std::string name = check.get<std::string>("check");
    for (const auto& [known, kind] : kCheckKinds) {
        if (name == known) return kind;
    }
    check.fail("check", "has an unknown value " + shown_text(name) +
                            " (speedup, efficiency, makespan, outcomes, memory or order)");
}

// The tutorial's figure and the side of it the claim states.
std::optional<ClaimedFigure> read_claimed(const Object& check, bool fraction) {
    const auto value = check.bound("claimed", fraction);
    if (!value) return std::nullopt;
    const std::string side = check.get<std::string>("side");
    for (const auto& [known, parsed] : kClaimSides) {
        if (side == known) return ClaimedFigure{*value, parsed};
    }
    check.fail("side",
               "has an unknown value " + shown_text(side) + " (about, at_least or at_most)");
}

// Every member but the check's kind and run names an outcome and its count.
std::vector<std::pair<Outcome, int>> read_outcomes(const Object& check) {
    std::vector<std::pair<Outcome, int>> counts;
    for (const auto& [key, value] : check.value().items()) {
        if (key == "check" || key == "mode" || key == "run") continue;
        const auto outcome = outcome_from_string(key);
        if (!outcome || *outcome == Outcome::Pending) {
            check.fail(key, "is not an outcome (ok, http_error, error, timeout or cancelled)");
        }
        counts.emplace_back(*outcome, check.whole(key.c_str(), 0, kMaxTasks));
    }
    if (counts.empty()) check.fail({}, "names no outcome to count");
    std::sort(counts.begin(), counts.end());  // in the model's order, not the file's
    return counts;
}

// An order check's "modes": two or more, each read as the first run in that mode, none twice.
std::vector<std::size_t> read_order(const Object& check, const std::vector<PresetRun>& runs) {
    const json& modes = check.array("modes");
    if (modes.size() < 2) check.fail("modes", "should name two modes or more");
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < modes.size(); ++i) {
        const std::string path = joined(check.path("modes"), "[" + std::to_string(i) + "]");
        Mode mode{};
        try {
            mode = json_fields::read_value<Mode>(modes[i]);
        } catch (const FieldError& error) {
            throw FieldError{path, error.problem};
        }
        const auto found = std::find_if(runs.begin(), runs.end(), [&](const PresetRun& run) {
            return run.config.mode == mode;
        });
        if (found == runs.end())
            throw FieldError{path, std::string("names a mode no run uses: ") + to_string(mode)};
        const auto run = static_cast<std::size_t>(found - runs.begin());
        if (std::find(order.begin(), order.end(), run) != order.end())
            throw FieldError{path, std::string("names ") + to_string(mode) + " a second time"};
        order.push_back(run);
    }
    return order;
}

PresetCheck read_check(const Object& check, const Workload& workload,
                       const std::vector<PresetRun>& runs) {
    PresetCheck result;
    result.kind = kind_of(check);
    if (result.kind == CheckKind::Order) {
        result.order = read_order(check, runs);
        result.run = result.order.front();
        return result;
    }
    result.run = run_of(check, "mode", "run", runs);
    const bool fraction = result.kind == CheckKind::Efficiency;
    result.claimed = read_claimed(check, fraction);
    result.at_least = check.bound("at_least", fraction);
    result.at_most = check.bound("at_most", fraction);
    if (result.claimed && (result.at_least || result.at_most))
        check.fail({}, "has both a claimed figure and bounds: the bounds come from the figure");
    switch (result.kind) {
        case CheckKind::Speedup:
            result.baseline = run_of(check, "over", "over_run", runs);
            if (result.baseline == result.run) check.fail({}, "compares a run with itself");
            break;
        case CheckKind::Memory:
            result.baseline = run_of(check, "less_than", "less_than_run", runs);
            if (result.baseline == result.run) check.fail({}, "compares a run with itself");
            break;
        case CheckKind::Outcomes:
            result.outcomes = read_outcomes(check);
            break;
        case CheckKind::Efficiency:
            if (std::any_of(workload.tasks.begin(), workload.tasks.end(),
                            [](const TaskSpec& t) { return !t.expected_s; })) {
                check.fail({}, "checks efficiency, which needs every task's expected_s");
            }
            break;
        case CheckKind::Makespan:
        case CheckKind::Order:
            break;
    }
    const bool bounded = result.kind != CheckKind::Outcomes && result.kind != CheckKind::Memory;
    if (bounded && !result.claimed && !result.at_least && !result.at_most)
        check.fail({}, "needs \"claimed\" (or \"at_least\" or \"at_most\")");
    return result;
}

// A caption's moment (docs/presets.md): an anchor the preset can name before
// anything is measured, and the run it is for (every run when it names none).
PresetCaption read_caption(const Object& caption, const Workload& workload,
                           const std::vector<PresetRun>& runs) {
    PresetCaption result;
    const std::string at = caption.get<std::string>("at");
    const auto anchor = caption_anchor_from_string(at);
    if (!anchor)
        caption.fail("at", "has an unknown value " + shown_text(at) +
                               " (time, fraction, task_start or task_end)");
    result.at = *anchor;
    if (result.at == CaptionAnchor::Time || result.at == CaptionAnchor::Fraction) {
        result.value = caption.get<double>("value");
        if (result.value < 0) caption.fail("value", "should be 0 or more");
        if (result.at == CaptionAnchor::Fraction && result.value > 1)
            caption.fail("value", "should be from 0 to 1, not " + number_text(result.value));
    } else {
        result.task = static_cast<std::uint32_t>(
            caption.whole("task", 0, static_cast<int>(workload.tasks.size()) - 1));
    }
    if (caption.has("mode") || caption.has("run"))
        result.run = run_of(caption, "mode", "run", runs);
    result.text = caption.get<std::string>("text");
    if (const auto problem = caption_problem(result.text)) caption.fail("text", *problem);
    return result;
}

// A preset's sweep (docs/presets.md): its workload swept over one parameter.
// Checked as `overlap sweep` checks one, so a built-in sweep always runs.
PresetSweep read_sweep(const Object& sweep, const Workload& workload) {
    PresetSweep result;
    const std::string param = sweep.get<std::string>("param");
    const auto parsed = sweep_param_from_string(param);
    if (!parsed)
        sweep.fail("param", "has an unknown value " + shown_text(param) +
                                " (concurrency, tasks, delay or cpu)");
    result.param = *parsed;
    const json& values = sweep.array("values");
    for (std::size_t i = 0; i < values.size(); ++i) {
        try {
            result.values.push_back(json_fields::read_value<double>(values[i]));
        } catch (const FieldError& error) {
            throw FieldError{joined(sweep.path("values"), "[" + std::to_string(i) + "]"),
                             error.problem};
        }
    }
    const json& modes = sweep.array("modes");
    for (std::size_t i = 0; i < modes.size(); ++i) {
        try {
            result.modes.push_back(json_fields::read_value<Mode>(modes[i]));
        } catch (const FieldError& error) {
            throw FieldError{joined(sweep.path("modes"), "[" + std::to_string(i) + "]"),
                             error.problem};
        }
    }
    if (sweep.has("repeat")) result.repeat = sweep.whole("repeat", 1, kMaxSweepRepeat);
    if (sweep.has("concurrency")) result.concurrency = sweep.get<int>("concurrency");
    const SweepSpec spec{result.param,  result.values, result.modes,
                         result.repeat, workload,      result.concurrency};
    refuse_over_limit("sweep", sweep_problem(spec));
    return result;
}

std::string read_name(const Object& preset) {
    const std::string name = preset.get<std::string>("name");
    const bool valid = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!valid)
        preset.fail("name",
                    "should be lower-case letters, digits and hyphens, not " + shown_text(name));
    return name;
}

json parse(std::string_view text, const char* what) {
    return parse_json_tree(text, std::string("Cannot read the ") + what + ": ");
}

void check_header(const json& tree) {
    if (!tree.is_object()) throw FormatError(kNotAPreset);
    const auto format = tree.find("format");
    if (format == tree.end() || *format != kFormatName) throw FormatError(kNotAPreset);
    const auto version = tree.find("version");
    if (version == tree.end()) throw FormatError("Damaged preset file: version is missing");
    if (!version->is_number_integer()) {
        throw FormatError(
            std::string("Damaged preset file: version should be a whole number, not ") +
            version->type_name());
    }
    const auto number = version->get<std::int64_t>();
    if (number > kPresetFileVersion) {
        throw FormatError("This preset file was made by a newer Overlap: version " +
                          std::to_string(number) + ", this reads up to " +
                          std::to_string(kPresetFileVersion));
    }
    if (number < 1)
        throw FormatError("Damaged preset file: unknown version " + std::to_string(number));
}

Preset preset_from_tree(const json& tree) {
    check_header(tree);
    try {
        const Object object(tree, {});
        Preset preset;
        preset.name = read_name(object);
        preset.title = object.get<std::string>("title");
        preset.claim = object.get<std::string>("claim");
        if (object.has("source")) preset.source = object.get<std::string>("source");
        if (object.has("figures")) preset.figures = object.get<std::string>("figures");
        preset.workload = read_workload(object.member("workload"), "workload");
        preset.runs = read_runs(object, preset.workload);
        const json& checks = object.member("checks");
        if (!checks.is_array())
            object.fail("checks", std::string("should be an array, not ") + checks.type_name());
        for (std::size_t i = 0; i < checks.size(); ++i) {
            const Object check(checks[i], "checks[" + std::to_string(i) + "]");
            preset.checks.push_back(read_check(check, preset.workload, preset.runs));
        }
        if (object.has("captions")) {
            const json& captions = object.array("captions");
            for (std::size_t i = 0; i < captions.size(); ++i) {
                const Object caption(captions[i], "captions[" + std::to_string(i) + "]");
                preset.captions.push_back(read_caption(caption, preset.workload, preset.runs));
            }
        }
        if (object.has("sweep"))
            preset.sweep = read_sweep(Object(object.member("sweep"), "sweep"), preset.workload);
        return preset;
    } catch (const FieldError& error) {
        throw FormatError("Damaged preset file: " + error.path + " " + error.problem);
    }
}

Workload workload_from_tree(const json& tree) {
    if (!tree.is_object())
        throw FormatError(std::string("Not a workload: it should be an object, not ") +
                          tree.type_name());
    try {
        return read_workload(tree, {});
    } catch (const FieldError& error) {
        throw FormatError("Damaged workload: " + error.path + " " + error.problem);
    }
}

// Adds the file's name to what went wrong in it.
template <typename Read>
auto read_file(const std::filesystem::path& path, Read&& read) {
    const std::string text = read_text_file(path);
    try {
        return read(text);
    } catch (const FormatError& error) {
        throw FormatError(in_file(path, error.what()));
    }
}

}  // namespace

Preset preset_from_json(std::string_view text) {
    const json tree = parse(text, "preset file");
    return without_json_exceptions("Damaged preset file: ", [&] { return preset_from_tree(tree); });
}

Preset load_preset_file(const std::filesystem::path& path) {
    return read_file(path, preset_from_json);
}

Workload workload_from_json(std::string_view text) {
    const json tree = parse(text, "workload");
    return without_json_exceptions("Damaged workload: ", [&] { return workload_from_tree(tree); });
}

Workload workload_file_from_json(std::string_view text) {
    const json tree = parse(text, "workload file");
    return without_json_exceptions("Damaged workload file: ", [&] {
        if (!tree.is_object() || !tree.contains("format")) return workload_from_tree(tree);
        const json& format = tree.at("format");
        if (format == kFormatName) return preset_from_tree(tree).workload;
        throw FormatError("Not a preset file or a workload (its \"format\" is " +
                          (format.is_string() ? shown_text(format.get<std::string>())
                                              : std::string("a JSON ") + format.type_name()) +
                          ")");
    });
}

Workload load_workload_file(const std::filesystem::path& path) {
    return read_file(path, workload_file_from_json);
}

}  // namespace overlap
