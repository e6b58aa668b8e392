// Preset files and bare workloads: what a good file reads as, and a one-line
// error naming the file and the JSON path for every way one can be wrong.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include "formats/format_error.hpp"
#include "formats/preset_file.hpp"

namespace overlap {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Uses every part of the format; the bad files below break one thing each.
json sample() {
    return json::parse(R"({
      "format": "overlap-preset", "version": 1,
      "name": "sample-1", "title": "A sample", "claim": "Async wins.",
      "source": "A tutorial's title",
      "workload": {
        "title": "Three fetches and a computation",
        "behaviour": {"timeout_s": 5, "interpreter_ms": 2.5},
        "tasks": [
          {"url": "{server}/delay/1", "expected_s": 1, "repeat": 3},
          {"url": "", "cpu_ms": 50, "expected_s": 0.05}
        ]
      },
      "modes": [
        {"mode": "sequential", "concurrency": 1},
        {"mode": "async", "concurrency": 3},
        {"mode": "async", "concurrency": 3, "behaviour": {"blocking_in_async": true}}
      ],
      "checks": [
        {"check": "speedup", "mode": "async", "over": "sequential", "at_least": 2},
        {"check": "speedup", "run": 1, "over_run": 2, "at_most": 10},
        {"check": "efficiency", "mode": "async", "at_least": 0.8},
        {"check": "makespan", "mode": "sequential", "at_least": 3, "at_most": 4},
        {"check": "outcomes", "mode": "async", "timeout": 0, "ok": 4},
        {"check": "memory", "mode": "async", "less_than": "sequential"},
        {"check": "order", "modes": ["async", "sequential"]}
      ]
    })");
}

// The message `read` gives for `text`, or "no error".
template <typename Read>
std::string error_from(Read&& read, const std::string& text) {
    try {
        read(text);
    } catch (const FormatError& error) {
        return error.what();
    }
    return "no error";
}

std::string error_of(const std::string& text) { return error_from(preset_from_json, text); }

TEST(PresetFile, ReadsEveryPart) {
    const Preset preset = preset_from_json(sample().dump());
    EXPECT_EQ(preset.name, "sample-1");
    EXPECT_EQ(preset.title, "A sample");
    EXPECT_EQ(preset.claim, "Async wins.");
    EXPECT_EQ(preset.source, "A tutorial's title");
    EXPECT_EQ(preset.workload.behaviour.interpreter_ms, 2.5);
    EXPECT_EQ(preset.workload.title, "Three fetches and a computation");
    EXPECT_EQ(preset.workload.behaviour.timeout_s, 5);
    EXPECT_FALSE(preset.workload.behaviour.gil) << "left out: the default";

    ASSERT_EQ(preset.workload.tasks.size(), 4u) << "repeat: 3 makes three tasks";
    EXPECT_EQ(preset.workload.tasks[2].url, "{server}/delay/1");
    EXPECT_EQ(preset.workload.tasks[2].expected_s, 1.0);
    EXPECT_EQ(preset.workload.tasks[3].url, "");
    EXPECT_EQ(preset.workload.tasks[3].cpu_ms, 50);

    ASSERT_EQ(preset.runs.size(), 3u);
    EXPECT_EQ(preset.runs[0].config.mode, Mode::Sequential);
    EXPECT_EQ(preset.runs[1].config.concurrency, 3);
    EXPECT_FALSE(preset.runs[1].behaviour.blocking_in_async);
    EXPECT_TRUE(preset.runs[2].behaviour.blocking_in_async);
    EXPECT_EQ(preset.runs[2].behaviour.timeout_s, 5) << "an override changes only what it names";
    EXPECT_EQ(preset.runs[2].behaviour.interpreter_ms, 2.5);
    EXPECT_TRUE(preset.workload_for(2).behaviour.blocking_in_async);
    EXPECT_EQ(preset.workload_for(2).tasks.size(), 4u);

    ASSERT_EQ(preset.checks.size(), 7u);
    const PresetCheck& speedup = preset.checks[0];
    EXPECT_EQ(speedup.kind, CheckKind::Speedup);
    EXPECT_EQ(speedup.run, 1u) << "a mode names its first run";
    EXPECT_EQ(speedup.baseline, 0u);
    EXPECT_EQ(speedup.at_least, 2.0);
    EXPECT_FALSE(speedup.at_most);
    EXPECT_EQ(preset.checks[1].run, 1u);
    EXPECT_EQ(preset.checks[1].baseline, 2u);
    EXPECT_EQ(preset.checks[1].at_most, 10.0);
    EXPECT_EQ(preset.checks[2].kind, CheckKind::Efficiency);
    EXPECT_EQ(preset.checks[3].at_least, 3.0);
    EXPECT_EQ(preset.checks[3].at_most, 4.0);
    const std::vector<std::pair<Outcome, int>> counts{{Outcome::Ok, 4}, {Outcome::Timeout, 0}};
    EXPECT_EQ(preset.checks[4].outcomes, counts) << "in the model's order";
    EXPECT_EQ(preset.checks[5].kind, CheckKind::Memory);
    EXPECT_EQ(preset.checks[5].run, 1u);
    EXPECT_EQ(preset.checks[5].baseline, 0u);
    EXPECT_EQ(preset.checks[6].kind, CheckKind::Order);
    EXPECT_EQ(preset.checks[6].order, (std::vector<std::size_t>{1, 0}));
}

struct BadFile {
    const char* name;
    std::function<void(json&)> change;
    const char* message;  // the whole message
};

std::vector<BadFile> bad_files() {
    return {
        {"OtherFormat", [](json& p) { p["format"] = "overlap-run"; },
         "Not an Overlap preset file (it has no \"format\": \"overlap-preset\")"},
        {"NewerVersion", [](json& p) { p["version"] = 2; },
         "This preset file was made by a newer Overlap: version 2, this reads up to 1"},
        {"NoVersion", [](json& p) { p.erase("version"); },
         "Damaged preset file: version is missing"},
        {"MissingClaim", [](json& p) { p.erase("claim"); },
         "Damaged preset file: claim is missing"},
        {"BadName", [](json& p) { p["name"] = "Ten Requests"; },
         "Damaged preset file: name should be lower-case letters, digits and hyphens, not \"Ten "
         "Requests\""},
        {"UnknownMode", [](json& p) { p["modes"][1]["mode"] = "fibers"; },
         "Damaged preset file: modes[1].mode has an unknown value \"fibers\""},
        {"ZeroConcurrency", [](json& p) { p["modes"][1]["concurrency"] = 0; },
         "Cannot run modes[1].concurrency: transfers in flight must be from 1 to 100000 (got 0)"},
        {"TooManyProcesses",
         [](json& p) { p["modes"][1] = {{"mode", "processes"}, {"concurrency", 2000}}; },
         "Cannot run modes[1].concurrency: processes must be from 1 to 1024 (got 2000)"},
        {"ConcurrencyAsText", [](json& p) { p["modes"][0]["concurrency"] = "4"; },
         "Damaged preset file: modes[0].concurrency should be a whole number, not string"},
        {"OrderOfOneMode", [](json& p) { p["checks"][6]["modes"] = {"async"}; },
         "Damaged preset file: checks[6].modes should name two modes or more"},
        {"OrderOfAModeNotRun", [](json& p) { p["checks"][6]["modes"][1] = "threads"; },
         "Damaged preset file: checks[6].modes[1] names a mode no run uses: threads"},
        {"OrderNamingAModeTwice", [](json& p) { p["checks"][6]["modes"][1] = "async"; },
         "Damaged preset file: checks[6].modes[1] names async a second time"},
        {"NegativeInterpreterCost", [](json& p) { p["workload"]["behaviour"]["interpreter_ms"] = -1; },
         "Cannot run workload: interpreter cost per request must be from 0 to 60000 ms (got -1)"},
        {"NoModes", [](json& p) { p["modes"] = json::array(); },
         "Damaged preset file: modes is empty"},
        {"OverrideOfTheWrongType",
         [](json& p) { p["modes"][2]["behaviour"]["blocking_in_async"] = "yes"; },
         "Damaged preset file: modes[2].behaviour.blocking_in_async should be true or false, not "
         "string"},
        {"WorkloadNotAnObject", [](json& p) { p["workload"] = json::array(); },
         "Damaged preset file: workload should be an object, not array"},
        {"TaskUrlOfTheWrongType", [](json& p) { p["workload"]["tasks"][1]["url"] = 5; },
         "Damaged preset file: workload.tasks[1].url should be a string, not number"},
        {"NegativeCpu", [](json& p) { p["workload"]["tasks"][1]["cpu_ms"] = -1; },
         "Cannot run workload: task 4: CPU work per task must be from 0 to 3600000 ms (got -1)"},
        {"DelayTheServerClamps", [](json& p) { p["workload"]["tasks"][0]["url"] = "{server}/delay/12"; },
         "Cannot run workload: delay must be from 0 to 10 s, the longest the embedded server waits "
         "(got 12)"},
        {"BodyTheServerRefuses",
         [](json& p) { p["workload"]["tasks"][0]["url"] = "{server}/bytes/50000000"; },
         "Cannot run workload: bytes must be from 0 to 10485760, the most the embedded server "
         "sends (got 50000000)"},
        {"ZeroRepeat", [](json& p) { p["workload"]["tasks"][0]["repeat"] = 0; },
         "Damaged preset file: workload.tasks[0].repeat should be from 1 to 1000000, not 0"},
        {"ZeroTimeout", [](json& p) { p["workload"]["behaviour"]["timeout_s"] = 0; },
         "Cannot run workload: timeout must be from 0.001 to 86400 s (got 0)"},
        {"ZeroTimeoutInARun", [](json& p) { p["modes"][2]["behaviour"]["timeout_s"] = 0; },
         "Cannot run modes[2].behaviour: timeout must be from 0.001 to 86400 s (got 0)"},
        {"UnknownCheck", [](json& p) { p["checks"][0]["check"] = "latency"; },
         "Damaged preset file: checks[0].check has an unknown value \"latency\" (speedup, "
         "efficiency, makespan, outcomes, memory or order)"},
        {"ModeWithoutARun", [](json& p) { p["checks"][0]["mode"] = "processes"; },
         "Damaged preset file: checks[0].mode names a mode no run uses: processes"},
        {"RunOutOfRange", [](json& p) { p["checks"][1]["run"] = 3; },
         "Damaged preset file: checks[1].run should be from 0 to 2, not 3"},
        {"NoRun", [](json& p) { p["checks"][0].erase("mode"); },
         "Damaged preset file: checks[0] needs \"mode\" or \"run\""},
        {"NoBaseline", [](json& p) { p["checks"][0].erase("over"); },
         "Damaged preset file: checks[0] needs \"over\" or \"over_run\""},
        {"AgainstItself", [](json& p) { p["checks"][0]["over"] = "async"; },
         "Damaged preset file: checks[0] compares a run with itself"},
        {"NoBound", [](json& p) { p["checks"][0].erase("at_least"); },
         "Damaged preset file: checks[0] needs \"claimed\" (or \"at_least\" or \"at_most\")"},
        {"NegativeBound", [](json& p) { p["checks"][3]["at_least"] = -1; },
         "Damaged preset file: checks[3].at_least should be 0 or more, not -1"},
        {"BoundAsText", [](json& p) { p["checks"][0]["at_least"] = "5x"; },
         "Damaged preset file: checks[0].at_least should be a number, not string"},
        {"EfficiencyAsPercent", [](json& p) { p["checks"][2]["at_least"] = 80; },
         "Damaged preset file: checks[2].at_least should be from 0 to 1, not 80"},
        {"EfficiencyOfUnknownDurations",
         [](json& p) { p["workload"]["tasks"][1].erase("expected_s"); },
         "Damaged preset file: checks[2] checks efficiency, which needs every task's expected_s"},
        {"NotAnOutcome", [](json& p) { p["checks"][4]["timeouts"] = 1; },
         "Damaged preset file: checks[4].timeouts is not an outcome (ok, http_error, error, "
         "timeout or cancelled)"},
        {"NoOutcome",
         [](json& p) {
             p["checks"][4].erase("ok");
             p["checks"][4].erase("timeout");
         },
         "Damaged preset file: checks[4] names no outcome to count"},
        {"NoMemoryBaseline", [](json& p) { p["checks"][5].erase("less_than"); },
         "Damaged preset file: checks[5] needs \"less_than\" or \"less_than_run\""},
        {"ExpectedTimeBeyondAnyRun",
         [](json& p) { p["workload"]["tasks"][0]["expected_s"] = 1e300; },
         "Damaged preset file: workload.tasks[0].expected_s is out of range: 1e+300 (seconds "
         "should be within ±1e9)"},
        {"CpuTimeBeyondAnyRun", [](json& p) { p["workload"]["tasks"][1]["cpu_ms"] = 2e12; },
         "Damaged preset file: workload.tasks[1].cpu_ms is out of range: 2000000000000.0 "
         "(milliseconds should be within ±1e12)"},
        {"TerminalEscapeInTheName", [](json& p) { p["name"] = "\x1b[2Jowned"; },
         "Damaged preset file: name should be lower-case letters, digits and hyphens, not "
         "\"\\u001b[2Jowned\""},
        {"LongUnknownCheck", [](json& p) { p["checks"][0]["check"] = std::string(1000, 'x'); },
         "Damaged preset file: checks[0].check has an unknown value \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
         "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" (1000 bytes) (speedup, "
         "efficiency, makespan, outcomes, memory or order)"},
        {"SweepOfAnUnknownParameter",
         [](json& p) { p["sweep"] = {{"param", "workers"}, {"values", {1, 2}}, {"modes", {"threads"}}}; },
         "Damaged preset file: sweep.param has an unknown value \"workers\" (concurrency, tasks, delay or cpu)"},
        {"SweepValueAsText",
         [](json& p) { p["sweep"] = {{"param", "tasks"}, {"values", {1, "2"}}, {"modes", {"threads"}}}; },
         "Damaged preset file: sweep.values[1] should be a number, not string"},
        {"SweepOverTheLimits",
         [](json& p) { p["sweep"] = {{"param", "concurrency"}, {"values", {1, 0.5}}, {"modes", {"threads"}}}; },
         "Cannot run sweep: concurrency values are whole numbers from 1 (got 0.5)"},
        {"OutcomeKeyWithAControlCharacter", [](json& p) { p["checks"][4]["ok\r\nforged"] = 1; },
         "Damaged preset file: checks[4].ok\\r\\nforged is not an outcome (ok, http_error, "
         "error, timeout or cancelled)"},
    };
}

class BadPresetFile : public ::testing::TestWithParam<BadFile> {};

TEST_P(BadPresetFile, SaysWhatAndWhereInOneLine) {
    json preset = sample();
    GetParam().change(preset);
    EXPECT_EQ(error_of(preset.dump()), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(Cases, BadPresetFile, ::testing::ValuesIn(bad_files()),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(PresetFile, ReadsAnOptionalSweep) {
    json file = sample();
    EXPECT_FALSE(preset_from_json(file.dump()).sweep);
    file["sweep"] = {{"param", "delay"}, {"values", {0.5, 1}}, {"modes", {"threads", "async"}},
                     {"repeat", 2}, {"concurrency", 3}};
    const Preset preset = preset_from_json(file.dump());
    ASSERT_TRUE(preset.sweep);
    EXPECT_EQ(preset.sweep->param, SweepParam::Delay);
    EXPECT_EQ(preset.sweep->values, (std::vector<double>{0.5, 1}));
    EXPECT_EQ(preset.sweep->modes, (std::vector<Mode>{Mode::Threads, Mode::Async}));
    EXPECT_EQ(preset.sweep->repeat, 2);
    EXPECT_EQ(preset.sweep->concurrency, 3);
    // A scaled preset's sweep delays scale with it.
    EXPECT_EQ(scaled(preset, 0.5).sweep->values, (std::vector<double>{0.25, 0.5}));
}

TEST(PresetFile, TextThatIsNotJson) {
    EXPECT_EQ(error_of(""), "Cannot read the preset file: the file is empty");
    EXPECT_EQ(error_of("{\"format\": "),
              "Cannot read the preset file: the file is truncated: it ends after 11 bytes, before "
              "the JSON is complete");
    EXPECT_EQ(error_of("[1, 2]"),
              "Not an Overlap preset file (it has no \"format\": \"overlap-preset\")");
}

TEST(PresetFile, NumberBeyondTheDoubleRange) {
    // Once an nlohmann out_of_range that escaped the reader and aborted the process.
    EXPECT_EQ(error_of(R"({"format": "overlap-preset", "version": 1, "x": 1e400})"),
              "Cannot read the preset file: a number is out of range: 1e400 (byte 53)");
    EXPECT_EQ(error_of(R"({"format": "overlap-preset", "version": 1e400})"),
              "Cannot read the preset file: a number is out of range: 1e400 (byte 45)");
}

// Nesting a recursive walk would overflow the stack on (the workload's
// unknown members are walked too) is refused before any tree is built.
std::string nested(std::size_t levels) {
    return std::string(levels, '[') + std::string(levels, ']');
}

TEST(PresetFile, NestingIsBounded) {
    const std::string deep = R"({"format": "overlap-preset", "version": 1, "name": "n",
        "title": "t", "claim": "c", "modes": [], "checks": [],
        "workload": {"tasks": [{"url": ""}], "later": )" +
                             nested(1'000'000) + "}}";
    EXPECT_EQ(error_of(deep),
              "Cannot read the preset file: it nests objects and arrays deeper than 100 levels");
    // 100 levels are still read.
    json preset = sample();
    preset["workload"]["later"] = json::parse(nested(98));
    EXPECT_EQ(preset_from_json(preset.dump()).name, "sample-1");
}

TEST(PresetFile, MembersItDoesNotKnowAreIgnored) {
    json preset = sample();
    preset["added_later"] = {{"a", 1}};
    preset["workload"]["tasks"][0]["note"] = "for people";
    EXPECT_EQ(preset_from_json(preset.dump()).workload.tasks.size(), 4u);
}

// A fresh folder per test, removed afterwards.
class PresetOnDisk : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() /
                  ("overlap-presets-" + std::to_string(::getpid()) + "-" +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    fs::path write(const char* name, const std::string& text) const {
        const fs::path path = folder_ / name;
        std::ofstream(path) << text;
        return path;
    }

    fs::path folder_;
};

TEST_F(PresetOnDisk, ErrorsNameTheFile) {
    json preset = sample();
    preset["modes"][1]["mode"] = "fibers";
    const fs::path path = write("bad.json", preset.dump());
    try {
        load_preset_file(path);
        FAIL() << "read a bad preset";
    } catch (const FormatError& error) {
        EXPECT_EQ(std::string(error.what()), "'" + path.string() +
                                                 "': Damaged preset file: modes[1].mode has an "
                                                 "unknown value \"fibers\"");
    }
    EXPECT_EQ(load_preset_file(write("good.json", sample().dump())).name, "sample-1");
}

TEST_F(PresetOnDisk, WorkloadFileIsAPresetOrAWorkloadOnItsOwn) {
    const Workload from_preset = load_workload_file(write("preset.json", sample().dump()));
    EXPECT_EQ(from_preset.tasks.size(), 4u);
    EXPECT_EQ(from_preset.behaviour.timeout_s, 5);

    const Workload bare = load_workload_file(write("bare.json", sample()["workload"].dump()));
    EXPECT_EQ(bare.title, "Three fetches and a computation");
    EXPECT_EQ(bare.tasks.size(), 4u);

    const fs::path run_file = write("run.json", R"({"format": "overlap-run", "version": 1})");
    try {
        load_workload_file(run_file);
        FAIL() << "read a run file as a workload";
    } catch (const FormatError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "'" + run_file.string() +
                      "': Not a preset file or a workload (its \"format\" is \"overlap-run\")");
    }
}

TEST(Workload, FileWhoseFormatIsNotOursIsNamedSafely) {
    const auto error_in = [](const std::string& text) {
        return error_from(workload_file_from_json, text);
    };
    // Once dumped whole: recursively, and as long as it was.
    EXPECT_EQ(error_in(R"({"format": )" + nested(1'000'000) + "}"),
              "Cannot read the workload file: it nests objects and arrays deeper than 100 levels");
    EXPECT_EQ(error_in(R"({"format": )" + nested(50) + "}"),
              "Not a preset file or a workload (its \"format\" is a JSON array)");
    EXPECT_EQ(error_in(R"({"format": "\u001b]0;x\u0007"})"),
              "Not a preset file or a workload (its \"format\" is \"\\u001b]0;x\\u0007\")");
    EXPECT_EQ(error_in(R"({"tasks": [{"url": "", "cpu_ms": 1e400}]})"),
              "Cannot read the workload file: a number is out of range: 1e400 (byte 38)");
}

TEST_F(PresetOnDisk, TheFileNameIsShownSafely) {
    const fs::path path = write("bad\x1b[2J.json", "[]");
    try {
        load_preset_file(path);
        FAIL() << "read a bad preset";
    } catch (const FormatError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "'" + folder_.string() +
                      "/bad\\u001b[2J.json': Not an Overlap preset file (it "
                      "has no \"format\": \"overlap-preset\")");
    }
}

TEST(Workload, OnItsOwnReportsPathsFromItsRoot) {
    EXPECT_EQ(
        workload_from_json(R"({"tasks": [{"url": "{server}/get", "repeat": 2}]})").tasks.size(),
        2u);
    const auto error_in = [](const char* text) { return error_from(workload_from_json, text); };
    EXPECT_EQ(error_in(R"({"tasks": [{"url": 1}]})"),
              "Damaged workload: tasks[0].url should be a string, not number");
    EXPECT_EQ(error_in(R"({"title": "no tasks"})"), "Damaged workload: tasks is missing");
    EXPECT_EQ(error_in("[]"), "Not a workload: it should be an object, not array");
}

}  // namespace
}  // namespace overlap
