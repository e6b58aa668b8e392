// Sweep files: an exact round trip through the run file's own writer and
// reader, and a one-line FormatError naming the JSON path for a bad file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "formats/sweep_file.hpp"
#include "run_set_equality.hpp"
#include "support/sample_runs.hpp"
#include "sweep_sample.hpp"

namespace overlap {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;

std::string error_of(std::string_view text) {
    try {
        sweep_from_json(text);
    } catch (const FormatError& error) {
        return error.what();
    }
    return "no error";
}

TEST(SweepFile, RoundTripKeepsTheSpecAndEveryRun) {
    SweepResult original = test::sample_sweep();
    original.points[1].runs = test::rich_run_set();  // tasks, workers, a cancelled run
    original.points[1].runs.runs[0].summary.ideal_cap = IdealCap::Gil;
    original.cancelled = true;
    const std::string text = sweep_to_json(original);
    const SweepResult read = sweep_from_json(text);
    EXPECT_EQ(read.spec.param, original.spec.param);
    EXPECT_EQ(read.spec.values, original.spec.values);
    EXPECT_EQ(read.spec.modes, original.spec.modes);
    EXPECT_EQ(read.spec.repeat, 3);
    EXPECT_EQ(read.spec.concurrency, 4);
    EXPECT_EQ(read.spec.workload.tasks.size(), 4u);
    EXPECT_EQ(read.spec.workload.tasks[0].url, "{server}/delay/1");
    EXPECT_EQ(read.title, original.title);
    EXPECT_EQ(read.recorded_at, original.recorded_at);
    EXPECT_TRUE(read.cancelled);
    ASSERT_EQ(read.points.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(read.points[i].value, original.points[i].value);
        test::expect_same_run_set(read.points[i].runs, original.points[i].runs);
    }
    EXPECT_EQ(read.points[1].runs.runs[0].summary.ideal_cap, IdealCap::Gil);
    EXPECT_EQ(sweep_to_json(read), text) << "the writer is deterministic";
}

TEST(SweepFile, IsToldFromARunFile) {
    EXPECT_EQ(
        sweep_to_json(test::sample_sweep()).rfind(R"({"format":"overlap-sweep","version":1,)", 0),
        0u);
    EXPECT_TRUE(looks_like_sweep_file(sweep_to_json(test::sample_sweep())));
    EXPECT_FALSE(looks_like_sweep_file(run_set_to_json(test::rich_run_set())));
    EXPECT_FALSE(looks_like_sweep_file("not json"));
    EXPECT_FALSE(looks_like_sweep_file(""));
    EXPECT_FALSE(looks_like_sweep_file(R"({"nested":{"format":"overlap-sweep"}})"));
    EXPECT_THAT(error_of(run_set_to_json(test::rich_run_set())),
                HasSubstr("Not an Overlap sweep file"));
}

TEST(SweepFile, SavesAtomicallyAndLoadsBack) {
    const fs::path path =
        fs::temp_directory_path() / ("overlap-sweep-" + std::to_string(::getpid()) + ".json");
    save_sweep_file(test::sample_sweep(), path);
    EXPECT_EQ(load_sweep_file(path).points.size(), 2u);
    fs::remove(path);
    try {
        load_sweep_file(path);
        ADD_FAILURE() << "a missing file read";
    } catch (const FormatError& error) {
        EXPECT_THAT(error.what(), HasSubstr(path.filename().string()));
    }
}

// Each case breaks one thing in a good file.
struct Broken {
    const char* name;
    void (*change)(json&);
    const char* says;
};

TEST(SweepFile, ACorruptFileIsOneLineNamingItsPath) {
    const std::vector<Broken> cases = {
        {"cut short", nullptr, "Cannot read the sweep file"},
        {"newer", [](json& t) { t["version"] = 2; },
         "made by a newer Overlap: version 2, this reads up to 1"},
        {"param", [](json& t) { t["param"] = "workers"; },
         "Damaged sweep file: param has an unknown value"},
        {"values", [](json& t) { t["values"][1] = "four"; },
         "Damaged sweep file: values[1] should be a number, not string"},
        {"no values", [](json& t) { t["values"] = json::array(); }, "values is empty"},
        {"mode", [](json& t) { t["modes"][0] = "fibers"; }, "modes[0] has an unknown value"},
        {"repeat", [](json& t) { t["repeat"] = 0; }, "repeat is out of range: 0"},
        {"missing", [](json& t) { t.erase("points"); }, "Damaged sweep file: points is missing"},
        {"point value", [](json& t) { t["points"][1]["value"] = 8; },
         "points[1].value is 8, but the sweep planned 4"},
        {"point runs", [](json& t) { t["points"][0].erase("runs"); }, "points[0].runs is missing"},
        {"run inside",
         [](json& t) { t["points"][1]["runs"]["runs"][2]["summary"]["makespan_s"] = "slow"; },
         "Damaged sweep file: points[1].runs.runs[2].summary.makespan_s should be a number, not "
         "string"},
        {"cap inside",
         [](json& t) { t["points"][0]["runs"]["runs"][0]["summary"]["ideal_cap"] = "luck"; },
         "points[0].runs.runs[0].summary.ideal_cap has an unknown value"},
        {"too many points", [](json& t) { t["values"] = {1}; }, "points has 2 points for 1 values"},
        {"workload", [](json& t) { t["workload"]["tasks"] = 3; }, "Damaged sweep file: workload:"},
    };
    for (const Broken& c : cases) {
        std::string text = sweep_to_json(test::sample_sweep());
        if (c.change) {
            json tree = json::parse(text);
            c.change(tree);
            text = tree.dump();
        } else {
            text.resize(text.size() / 2);
        }
        const std::string error = error_of(text);
        EXPECT_THAT(error, HasSubstr(c.says)) << c.name;
        EXPECT_EQ(error.find('\n'), std::string::npos) << c.name << ": " << error;
    }
}

}  // namespace
}  // namespace overlap
