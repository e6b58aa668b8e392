// Run files: exact round trips, atomic saves, and an error message a user can
// act on for every way a file can be wrong.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "support/sample_runs.hpp"
#include "run_set_equality.hpp"

namespace overlap {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ::testing::HasSubstr;

// A fresh folder per test, removed afterwards.
class RunFileOnDisk : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() /
                  ("overlap-run-file-" + std::to_string(::getpid()) + "-" +
                   ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(folder_);
        fs::create_directories(folder_);
    }
    void TearDown() override { fs::remove_all(folder_); }

    std::vector<std::string> files() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(folder_))
            names.push_back(entry.path().filename());
        std::sort(names.begin(), names.end());
        return names;
    }

    fs::path folder_;
};

std::string error_of(std::string_view text) {
    try {
        run_set_from_json(text);
    } catch (const FormatError& error) {
        return error.what();
    }
    return "no error";
}

// The rich sample as a JSON tree, to break one thing at a time.
json sample_tree() { return json::parse(run_set_to_json(test::rich_run_set())); }

TEST(RunFile, RoundTripKeepsEveryField) {
    const RunSet original = test::rich_run_set();
    const std::string text = run_set_to_json(original);
    test::expect_same_run_set(run_set_from_json(text), original);
    // And the writer is deterministic.
    EXPECT_EQ(run_set_to_json(run_set_from_json(text)), text);
}

// The ideal's cap and cores came with the sweep: files from before read as
// the concurrency's cap on unknown cores, and the names are the documented ones.
TEST(RunFile, IdealCapAndCoresAreOptional) {
    json tree = sample_tree();
    EXPECT_EQ(tree["runs"][0]["summary"]["ideal_cap"], "cores");
    EXPECT_EQ(tree["runs"][0]["summary"]["cores"], 2);
    tree["runs"][0]["summary"].erase("ideal_cap");
    tree["runs"][0]["summary"].erase("cores");
    const RunSet runs = run_set_from_json(tree.dump());
    EXPECT_EQ(runs.runs[0].summary.ideal_cap, IdealCap::Concurrency);
    EXPECT_EQ(runs.runs[0].summary.cores, 0);
    for (IdealCap cap : {IdealCap::Concurrency, IdealCap::Cores, IdealCap::Gil, IdealCap::EventLoop}) {
        tree["runs"][0]["summary"]["ideal_cap"] = to_string(cap);
        EXPECT_EQ(run_set_from_json(tree.dump()).runs[0].summary.ideal_cap, cap);
    }
    EXPECT_EQ(std::string(to_string(IdealCap::EventLoop)), "event_loop");
}

TEST(RunFile, StartsWithItsFormatAndVersion) {
    EXPECT_EQ(run_set_to_json(test::rich_run_set())
                  .rfind(R"({"format":"overlap-run","version":2,)", 0),
              0u);
}

TEST(RunFile, OptionalValuesAreNullAndNoTaskIsNull) {
    const json tree = sample_tree();
    EXPECT_TRUE(tree["workload"]["tasks"][1]["expected_s"].is_null());
    EXPECT_TRUE(tree["runs"][1]["summary"]["ideal_s"].is_null());
    EXPECT_TRUE(tree["runs"][1]["tasks"][2]["start_s"].is_null());
    EXPECT_TRUE(tree["runs"][1]["workers"][0]["spans"][0]["task"].is_null());
    EXPECT_EQ(tree["runs"][0]["mode"], "threads");
    EXPECT_EQ(tree["runs"][0]["tasks"][1]["status"], "http_error");
    EXPECT_EQ(tree["runs"][0]["tasks"][1]["phases"][1]["kind"], "lock_wait");
    EXPECT_EQ(tree["runs"][1]["workers"][0]["spans"][1]["state"], "blocked");
}

TEST(RunFile, MembersMayComeInAnyOrderAndUnknownOnesAreIgnored) {
    const RunSet runs = run_set_from_json(R"({
        "runs": [], "server": "", "added_later": {"a": [1, {"b": null}]},
        "workload": {"tasks": [], "title": "t", "behaviour":
            {"gil": true, "offload": false, "blocking_in_async": false, "timeout_s": 1}},
        "recorded_at": "now", "version": 1, "format": "overlap-run"})");
    EXPECT_EQ(runs.recorded_at, "now");
    EXPECT_TRUE(runs.workload.behaviour.gil);
}

TEST(RunFile, KeepsTheInterpreterCostAndReadsOlderFilesWithoutItAsNone) {
    RunSet runs = test::rich_run_set();
    runs.workload.behaviour.interpreter_ms = 2.5;
    runs.runs[0].behaviour.interpreter_ms = 3;
    const RunSet read = run_set_from_json(run_set_to_json(runs));
    EXPECT_EQ(read.workload.behaviour.interpreter_ms, 2.5);
    EXPECT_EQ(read.runs[0].behaviour.interpreter_ms, 3);

    json tree = sample_tree();
    tree["workload"]["behaviour"].erase("interpreter_ms");
    tree["runs"][0]["behaviour"].erase("interpreter_ms");
    const RunSet old = run_set_from_json(tree.dump());
    EXPECT_EQ(old.workload.behaviour.interpreter_ms, 0);
    EXPECT_EQ(old.runs[0].behaviour.interpreter_ms, 0);
}

TEST(RunFile, InvalidUtf8InAnErrorMessageStillSaves) {
    RunSet runs = test::rich_run_set();
    runs.runs[0].tasks[1].error = "bad byte \xff here";
    EXPECT_EQ(run_set_from_json(run_set_to_json(runs)).runs[0].tasks[1].error,
              "bad byte \xef\xbf\xbd here");
}

TEST(RunFile, OmittedOptionalValuesReadAsUnknown) {
    json tree = sample_tree();
    tree["runs"][0]["tasks"][0].erase("start_s");
    tree["runs"][0]["summary"].erase("efficiency");
    const RunSet runs = run_set_from_json(tree.dump());
    EXPECT_FALSE(runs.runs[0].tasks[0].start_s);
    EXPECT_FALSE(runs.runs[0].summary.efficiency);
}

struct BadFile {
    std::string name;
    std::string text;
    std::string message;  // a part of the error the user must see
};

void PrintTo(const BadFile& file, std::ostream* out) { *out << file.name; }

json broken(void (*edit)(json&)) {
    json tree = sample_tree();
    edit(tree);
    return tree;
}

std::vector<BadFile> bad_files() {
    const std::string good = run_set_to_json(test::rich_run_set());
    return {
        {"Empty", "", "the file is empty"},
        {"NotJson", "hello, world", "not valid JSON: parse error at line 1, column 1"},
        {"NotJsonSaysWhere", "{\"format\": \"overlap-run\",\n \"version\": 1,, }",
         "line 2, column 15: syntax error while parsing object key - unexpected ','; expected "
         "string literal (byte 41)"},
        {"Truncated", good.substr(0, good.size() / 2),
         "the file is truncated: it ends after " + std::to_string(good.size() / 2) + " bytes"},
        {"AnotherJson", R"({"name": "package.json"})", "Not an Overlap run file"},
        {"AnArray", "[1, 2, 3]", "Not an Overlap run file"},
        {"ChromeTrace", R"({"traceEvents": []})",
         "This is a Chrome trace, not an Overlap run file"},
        {"NewerVersion", broken([](json& t) { t["version"] = 3; }).dump(),
         "This run file was made by a newer Overlap: version 3, this reads up to 2"},
        {"VersionNotANumber", broken([](json& t) { t["version"] = "1"; }).dump(),
         "Damaged run file: version should be a whole number, not string"},
        {"NoVersion", broken([](json& t) { t.erase("version"); }).dump(),
         "Damaged run file: version is missing"},
        {"OtherFormat", broken([](json& t) { t["format"] = "overlap-preset"; }).dump(),
         "Not an Overlap run file"},
        {"MissingField", broken([](json& t) { t["runs"][1]["tasks"][2].erase("queued_s"); }).dump(),
         "Damaged run file: runs[1].tasks[2].queued_s is missing"},
        {"WrongType", broken([](json& t) { t["runs"][0]["tasks"][1]["start_s"] = "soon"; }).dump(),
         "Damaged run file: runs[0].tasks[1].start_s should be a number, not string"},
        {"NestedPath",
         broken([](json& t) { t["runs"][0]["tasks"][0]["phases"][4]["end_s"] = true; }).dump(),
         "runs[0].tasks[0].phases[4].end_s should be a number, not boolean"},
        {"WorkloadPath", broken([](json& t) { t["workload"]["behaviour"]["gil"] = 1; }).dump(),
         "workload.behaviour.gil should be true or false, not number"},
        {"UnknownName", broken([](json& t) { t["runs"][0]["tasks"][0]["status"] = "okay"; }).dump(),
         "runs[0].tasks[0].status has an unknown value \"okay\""},
        {"UnknownMode", broken([](json& t) { t["runs"][1]["mode"] = "fibers"; }).dump(),
         "runs[1].mode has an unknown value \"fibers\""},
        {"NotAnArray", broken([](json& t) { t["runs"][0]["workers"] = json::object(); }).dump(),
         "runs[0].workers should be an array, not object"},
        {"NotAnObject", broken([](json& t) { t["runs"][0]["tasks"][2] = 7; }).dump(),
         "runs[0].tasks[2] should be an object, not number"},
        {"Fraction", broken([](json& t) { t["runs"][0]["concurrency"] = 2.5; }).dump(),
         "runs[0].concurrency should be a whole number, not number"},
        {"OutOfRange",
         broken([](json& t) { t["runs"][0]["tasks"][0]["worker"] = 1LL << 40; }).dump(),
         "runs[0].tasks[0].worker is out of range: 1099511627776"},
        {"MissingTop", broken([](json& t) { t.erase("server"); }).dump(),
         "Damaged run file: server is missing"},
        {"TimeNearTheDoubleRange",
         broken([](json& t) { t["runs"][0]["tasks"][1]["end_s"] = 2.3e307; }).dump(),
         "Damaged run file: runs[0].tasks[1].end_s is out of range: 2.3e+307 (seconds should be "
         "within ±1e9)"},
        {"NegativeTimeOfAPhase",
         broken([](json& t) { t["runs"][0]["tasks"][0]["phases"][2]["start_s"] = -1e10; }).dump(),
         "runs[0].tasks[0].phases[2].start_s is out of range: -10000000000.0"},
        {"NumberBeyondTheDoubleRange", R"({"format": "overlap-run", "version": 1, "runs": 1e400})",
         "Cannot read the run file: a number is out of range: 1e400 (byte 53)"},
        {"NestedTooDeep",
         R"({"format": "overlap-run", "version": 1, "later": )" + std::string(100'000, '['),
         "Cannot read the run file: it nests objects and arrays deeper than 100 levels"},
    };
}

class BadRunFile : public ::testing::TestWithParam<BadFile> {};

TEST_P(BadRunFile, SaysWhatIsWrong) {
    EXPECT_THAT(error_of(GetParam().text), HasSubstr(GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(Cases, BadRunFile, ::testing::ValuesIn(bad_files()),
                         [](const auto& test) { return test.param.name; });

// What a hostile file puts in a message reaches stderr escaped, whole
// characters only, and cut: one line a terminal shows as text.
void expect_one_safe_line(const std::string& message) {
    EXPECT_EQ(message.find_first_of("\n\r\x1b\x07"), std::string::npos) << message;
    EXPECT_LT(message.size(), 400u) << message;
}

TEST(RunFile, FileContentInAMessageIsShownSafely) {
    const std::string hostile = "\x1b[2J\x1b]0;owned\x07\n" + std::string(1 << 20, 'a');
    json tree = sample_tree();
    tree["runs"][0]["tasks"][0]["status"] = hostile;
    const std::string message = error_of(tree.dump());
    expect_one_safe_line(message);
    EXPECT_THAT(message, HasSubstr("runs[0].tasks[0].status has an unknown value "
                                   "\"\\u001b[2J\\u001b]0;owned\\u0007\\naaaa"));
    EXPECT_THAT(message, HasSubstr("…\" (" + std::to_string(hostile.size()) + " bytes)"));
}

TEST(RunFile, SyntaxErrorsShowTheTokenSafely) {
    const std::string start = R"({"format": "overlap-run", "version": 1, "x": ")";
    // A long string with a raw control character: nlohmann quotes all of it
    // as the token it read last.
    std::string message = error_of(start + std::string(1 << 20, 'a') + "\x01\"}");
    expect_one_safe_line(message);
    EXPECT_THAT(message, HasSubstr("Cannot read the run file: not valid JSON: parse error at line "
                                   "1, column 1048623: syntax error while parsing value"));
    EXPECT_THAT(message, HasSubstr("last read: '\\\"" + std::string(79, 'a') +
                                   "…' (1048585 bytes) (byte 1048623)"));
    // Invalid UTF-8 in the token is replaced.
    message = error_of(start + "ab\xff\x1b\"}");
    expect_one_safe_line(message);
    EXPECT_THAT(message, HasSubstr("last read: '\\\"ab\xef\xbf\xbd' (byte 49)"));
}

TEST_F(RunFileOnDisk, SaveThenLoadRoundTrips) {
    const fs::path path = folder_ / "runs.json";
    save_run_file(test::rich_run_set(), path);
    test::expect_same_run_set(load_run_file(path), test::rich_run_set());
    // Nothing left beside it: the temporary file was renamed, not copied.
    EXPECT_EQ(files(), std::vector<std::string>{"runs.json"});
}

TEST_F(RunFileOnDisk, SavingReplacesAnExistingFileWhole) {
    const fs::path path = folder_ / "runs.json";
    std::ofstream(path) << std::string(1 << 20, 'x');
    const RunSet runs = test::rich_run_set();
    save_run_file(runs, path);
    EXPECT_EQ(fs::file_size(path), run_set_to_json(runs).size());
    test::expect_same_run_set(load_run_file(path), runs);
    EXPECT_EQ(files(), std::vector<std::string>{"runs.json"});
}

TEST_F(RunFileOnDisk, SavingIntoAMissingFolderFailsAndLeavesNothing) {
    const fs::path path = folder_ / "no such folder" / "runs.json";
    try {
        save_run_file(test::rich_run_set(), path);
        FAIL() << "saved into a missing folder";
    } catch (const FormatError& error) {
        EXPECT_THAT(error.what(), HasSubstr("Cannot save '" + path.string() + "'"));
        EXPECT_THAT(error.what(), HasSubstr("No such file or directory"));
    }
    EXPECT_TRUE(files().empty());
}

TEST_F(RunFileOnDisk, LoadingAMissingFileSaysNotFound) {
    const fs::path path = folder_ / "gone.json";
    try {
        load_run_file(path);
        FAIL() << "loaded a missing file";
    } catch (const FormatError& error) {
        EXPECT_EQ(std::string(error.what()), "File not found: '" + path.string() + "'");
    }
}

TEST_F(RunFileOnDisk, LoadingAnUnreadablePathSaysWhy) {
    // A file used as a folder: unreadable whoever runs the test (root reads
    // files whatever their permissions say).
    const fs::path file = folder_ / "plain";
    std::ofstream(file) << "x";
    try {
        load_run_file(file / "runs.json");
        FAIL() << "loaded an unreadable path";
    } catch (const FormatError& error) {
        EXPECT_EQ(std::string(error.what()),
                  "Cannot open '" + (file / "runs.json").string() + "': Not a directory");
    }
}

TEST_F(RunFileOnDisk, LoadingAFolderSaysSo) {
    try {
        load_run_file(folder_);
        FAIL() << "loaded a folder";
    } catch (const FormatError& error) {
        EXPECT_THAT(error.what(), HasSubstr("is a folder, not a file"));
    }
}

TEST_F(RunFileOnDisk, ContentErrorsNameTheFile) {
    const fs::path path = folder_ / "notes.txt";
    std::ofstream(path) << "just some notes";
    try {
        load_run_file(path);
        FAIL() << "loaded a text file";
    } catch (const FormatError& error) {
        EXPECT_THAT(error.what(),
                    HasSubstr("'" + path.string() + "': Cannot read the run file: not valid JSON"));
    }
}

}  // namespace
}  // namespace overlap
