// `overlap sweep` as a user runs it: a bad flag is one line naming it and
// exit 2, a small real sweep prints its table and writes its files, and a
// preset without a sweep is told so.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "formats/sweep_file.hpp"
#include "overlap_command.hpp"

namespace overlap {
namespace {

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST(SweepCommand, ABadFlagIsOneLineNamingItAndExitsTwo) {
    struct Case {
        const char* args;
        const char* says;
    };
    for (const Case& c : std::vector<Case>{
             {"--param workers --values 1,2", "--param must be concurrency, tasks, delay or cpu (got 'workers')"},
             {"--values 1,2", "--param is required"},
             {"--param concurrency", "--values is required"},
             {"--param concurrency --values 1,,2", "--values: entry 2 is empty (got '1,,2')"},
             {"--param concurrency --values 1,x", "--values: 'x' is not a number"},
             {"--param concurrency --values 1..64x1", "--values: the range's factor must be above 1"},
             {"--param concurrency --values 1..64", "--values: a range reads FROM..TOxFACTOR"},
             {"--param concurrency --values 0,2", "--values: concurrency values are whole numbers from 1"},
             {"--param delay --values 1,20", "--values: delay must be from 0 to 10 s"},
             {"--param concurrency --values 1,2 --concurrency 4", "--concurrency cannot be used with --param concurrency"},
             {"--param tasks --values 1,2 --modes fibers", "--modes takes sequential, threads, async, processes"},
             {"--param tasks --values 1,2 --repeat 0", "--repeat must be from 1 to 100 (got '0')"},
             {"--preset ten-requests", "--preset defines no sweep"},
             {"--preset pool-waves --values 1,2", "--values cannot be used with --preset"},
         }) {
        const Finished run = overlap(std::string("sweep ") + c.args);
        EXPECT_EQ(run.exit_code, 2) << c.args << "\n" << run.output;
        EXPECT_EQ(run.output.rfind("overlap sweep: ", 0), 0u) << run.output;
        EXPECT_NE(run.output.find(c.says), std::string::npos) << c.args << "\n" << run.output;
        EXPECT_EQ(lines(run.output), 1u) << run.output;
    }
}

TEST(SweepCommand, PrintsTheTableAndWritesTheSweepAndCsv) {
    const auto json_file = temp_file("overlap-sweep");
    const auto csv_file = temp_file("overlap-sweep-csv");
    const Finished run = overlap("sweep --param concurrency --values 1,2 --modes threads,async --tasks 2 --delay 0.05"
                                 " --quiet --json " + json_file.string() + " --csv " + csv_file.string());
    EXPECT_EQ(run.exit_code, 0) << run.output;
    for (const char* text : {"concurrency", "mode", "makespan", "speed-up", "ideal speed-up", "efficiency",
                             "threads", "async", "1.00x", "Emulated: nothing"}) {
        EXPECT_NE(run.output.find(text), std::string::npos) << text << "\n" << run.output;
    }
    const SweepResult saved = load_sweep_file(json_file);
    ASSERT_EQ(saved.points.size(), 2u);
    EXPECT_EQ(saved.points[1].runs.runs.size(), 2u);
    std::ifstream csv(csv_file);
    std::stringstream text;
    text << csv.rdbuf();
    EXPECT_EQ(lines(text.str()), 5u) << text.str();
    std::filesystem::remove(json_file);
    std::filesystem::remove(csv_file);
}

TEST(SweepCommand, HelpNamesEveryFlag) {
    const Finished help = overlap("sweep --help");
    EXPECT_EQ(help.exit_code, 0);
    for (const char* flag : {"--param", "--values", "--modes", "--tasks", "--delay", "--cpu", "--concurrency",
                             "--gil", "--repeat", "--json", "--csv", "--preset", "Usage: overlap sweep"})
        EXPECT_NE(help.output.find(flag), std::string::npos) << flag;
}

}  // namespace
}  // namespace overlap
