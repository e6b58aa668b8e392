// `overlap export`'s text formats as a user runs them, in every build: with
// the GUI or without (OVERLAP_BUILD_GUI=OFF), where only pictures are refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "overlap_command.hpp"

namespace overlap {
namespace {

std::string contents(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// One tiny recorded run, made by `overlap run` against its embedded server.
class ExportText : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const Finished run = overlap("run --tasks 2 --delay 0.05 --modes sequential,async --quiet --json " +
                                     run_file().string());
        ASSERT_EQ(run.exit_code, 0) << run.output;
    }
    static void TearDownTestSuite() { std::filesystem::remove(run_file()); }
    static std::filesystem::path run_file() { return temp_file("overlap-export-text-run"); }
};

TEST_F(ExportText, WritesAsciiCsvAndChromeTraceFromOneRunFile) {
    const auto ascii = temp_file("overlap-export-ascii");
    const auto csv = temp_file("overlap-export-csv");
    const auto trace = temp_file("overlap-export-trace");
    const Finished exported = overlap("export " + run_file().string() + " --ascii " + ascii.string() +
                                      " --csv " + csv.string() + " --chrome-trace " + trace.string());
    ASSERT_EQ(exported.exit_code, 0) << exported.output;
    EXPECT_EQ(exported.output, "");

    const std::string diagram = contents(ascii);
    EXPECT_NE(diagram.find("sequential"), std::string::npos) << diagram;
    EXPECT_NE(diagram.find("async"), std::string::npos) << diagram;

    std::istringstream rows(contents(csv));
    std::string header;
    std::getline(rows, header);
    EXPECT_NE(header.find("mode"), std::string::npos) << header;
    int sequential_rows = 0;
    for (std::string row; std::getline(rows, row);) sequential_rows += row.find("sequential") != std::string::npos;
    EXPECT_GE(sequential_rows, 2) << "a row per task at least";

    const auto chrome = nlohmann::json::parse(contents(trace));
    ASSERT_TRUE(chrome.contains("traceEvents"));
    EXPECT_FALSE(chrome["traceEvents"].empty());
    for (const auto& path : {ascii, csv, trace}) std::filesystem::remove(path);
}

TEST_F(ExportText, AnUnwritableOutputFailsAloneAndTheOthersAreWritten) {
    const auto csv = temp_file("overlap-export-csv-alone");
    const Finished exported = overlap("export " + run_file().string() +
                                      " --ascii /nonexistent/t.txt --csv " + csv.string());
    EXPECT_EQ(exported.exit_code, 1) << exported.output;
    EXPECT_NE(exported.output.find("overlap export: Cannot save '/nonexistent/t.txt'"), std::string::npos)
        << exported.output;
    EXPECT_FALSE(contents(csv).empty());
    std::filesystem::remove(csv);
}

}  // namespace
}  // namespace overlap
