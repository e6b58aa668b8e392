// The table `overlap run` prints: a '-' where failed tasks leave no speed-up
// or efficiency, and the line under the table that says why.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "analysis/summary_table.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

// The figures a column shows in the first `rows` rows. Numbers align right,
// so a column's cells end where its title ends, and start after the column
// before it.
std::vector<std::string> column(const std::string& table, const std::string& title, std::size_t rows) {
    std::istringstream lines(table);
    std::string header;
    std::getline(lines, header);
    const auto at = header.find("  " + title);
    const auto end = at + 2 + title.size();
    const auto begin = header.find_last_not_of(' ', at) + 1;
    std::vector<std::string> values;
    std::string line;
    for (std::size_t i = 0; i < rows && std::getline(lines, line); ++i) {
        std::string cell = line.substr(begin, end - begin);
        cell.erase(0, cell.find_first_not_of(' '));
        values.push_back(cell);
    }
    return values;
}

RunRecord run_of(Mode mode, Summary summary) {
    RunRecord run;
    run.config = {mode, mode == Mode::Sequential ? 1 : 10};
    run.summary = summary;
    return run;
}

TEST(SummaryTable, FailedTasksLeaveADashAndSayWhy) {
    Summary sequential;
    sequential.makespan_s = 10;
    sequential.ideal_s = 10;
    sequential.efficiency = 1;
    sequential.ok = 10;
    Summary refused;  // every task refused within milliseconds
    refused.makespan_s = 0.004;
    refused.ideal_s = 1;
    refused.errors = 10;
    RunSet runs;
    runs.runs = {run_of(Mode::Sequential, sequential), run_of(Mode::Async, refused)};

    const std::string table = summary_table(runs);
    EXPECT_EQ(column(table, "speed-up", 2), (std::vector<std::string>{"1.0x", "-"})) << table;
    EXPECT_EQ(column(table, "efficiency", 2), (std::vector<std::string>{"100.0%", "-"})) << table;
    EXPECT_EQ(column(table, "errors", 2), (std::vector<std::string>{"0", "10"})) << table;
    EXPECT_NE(table.find("\nefficiency '-': a task failed"), std::string::npos) << table;

    runs.runs.pop_back();
    EXPECT_EQ(summary_table(runs).find("efficiency '-'"), std::string::npos) << "no failure, no note";
}

}  // namespace
}  // namespace overlap
