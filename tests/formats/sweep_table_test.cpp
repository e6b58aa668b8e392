// A sweep's cells and table from known runs: the median and spread over
// repeats, the speed-up over the first value of the same mode, the
// efficiency against the runs' own ideal, and the cap that applies.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "analysis/sweep_table.hpp"
#include "formats/sweep_csv.hpp"
#include "sweep_sample.hpp"

namespace overlap {
namespace {

using ::testing::HasSubstr;

TEST(SweepCells, MedianSpreadSpeedUpAndEfficiencyPerValueAndMode) {
    const SweepResult sweep = test::sample_sweep();
    const std::vector<SweepCell> cells = sweep_cells(sweep);
    ASSERT_EQ(cells.size(), 4u);
    // Value-major, modes in the spec's order.
    EXPECT_EQ(cells[0].value, 1);
    EXPECT_EQ(cells[0].mode, Mode::Threads);
    EXPECT_EQ(cells[1].mode, Mode::Processes);
    EXPECT_EQ(cells[2].value, 4);
    EXPECT_EQ(cells[2].point, 1u);
    EXPECT_EQ(cells[2].runs, (std::vector<std::size_t>{0, 1, 2}));

    const SweepCell& threads4 = cells[2];
    EXPECT_DOUBLE_EQ(threads4.makespan_median_s, 1.1);
    EXPECT_DOUBLE_EQ(threads4.makespan_min_s, 1.0);
    EXPECT_DOUBLE_EQ(threads4.makespan_max_s, 1.5);
    ASSERT_TRUE(threads4.speed_up);
    EXPECT_DOUBLE_EQ(*threads4.speed_up, 4.4 / 1.1);
    ASSERT_TRUE(threads4.ideal_speed_up);
    EXPECT_DOUBLE_EQ(*threads4.ideal_speed_up, 4.0);
    ASSERT_TRUE(threads4.efficiency);
    EXPECT_DOUBLE_EQ(*threads4.efficiency, 1.0 / 1.1);
    EXPECT_EQ(threads4.ideal_cap, IdealCap::Concurrency);

    // Processes at 4 on 2 cores: the ideal is the cores', and one run had a
    // failed task, so the cell has no efficiency but keeps its speed-up.
    const SweepCell& processes4 = cells[3];
    EXPECT_EQ(processes4.ideal_cap, IdealCap::Cores);
    EXPECT_EQ(processes4.cores, 2);
    EXPECT_EQ(processes4.failed, 1);
    EXPECT_FALSE(processes4.efficiency);
    ASSERT_TRUE(processes4.speed_up);
    EXPECT_DOUBLE_EQ(*processes4.speed_up, 4.0 / 2.0);
    EXPECT_DOUBLE_EQ(*processes4.ideal_speed_up, 2.0);

    // The baseline against itself.
    EXPECT_DOUBLE_EQ(*cells[0].speed_up, 1.0);
}

TEST(SweepCells, AStoppedRunHasNoMakespanToCompare) {
    SweepResult sweep = test::sample_sweep();
    for (RunRecord& run : sweep.points[1].runs.runs) {
        if (run.config.mode == Mode::Threads) run.cancelled = true;
    }
    const SweepCell threads4 = sweep_cells(sweep)[2];
    EXPECT_EQ(threads4.runs.size(), 3u);
    EXPECT_FALSE(threads4.speed_up);
    EXPECT_FALSE(threads4.efficiency);
    EXPECT_EQ(threads4.makespan_median_s, 0);
}

TEST(SweepTable, ShowsEveryColumnAndTheCap) {
    const std::string table = sweep_table(test::sample_sweep());
    EXPECT_THAT(table, HasSubstr("concurrency"));
    EXPECT_THAT(table, HasSubstr("min–max"));
    EXPECT_THAT(table, HasSubstr("1.10 s"));
    EXPECT_THAT(table, HasSubstr("1.00 s–1.50 s"));
    EXPECT_THAT(table, HasSubstr("4.00x"));
    EXPECT_THAT(table, HasSubstr("90.9%"));
    EXPECT_THAT(table, HasSubstr("(2 cores)"));
    EXPECT_THAT(table, HasSubstr("the median of 3 runs"));
    // Columns line up: every row of the table proper is as wide as the header.
    const auto first_line_end = table.find('\n');
    const auto width = [](const std::string& line) {
        std::size_t characters = 0;
        for (char c : line) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return characters;
    };
    const std::size_t header = width(table.substr(0, first_line_end));
    std::size_t at = first_line_end + 1;
    for (int row = 0; row < 4; ++row) {
        const auto end = table.find('\n', at);
        const std::string line = table.substr(at, end - at);
        // Rows end in their errors column, so they end where the header does.
        EXPECT_EQ(width(line), header) << line;
        at = end + 1;
    }
}

TEST(SweepCsv, OneRowPerCellWithItsCap) {
    const std::string csv = sweep_to_csv(test::sample_sweep());
    EXPECT_EQ(csv.rfind("param,value,mode,runs,makespan_median_s,", 0), 0u);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5);
    EXPECT_THAT(csv, HasSubstr("concurrency,4,processes,3,2,2,2,2,0.5,2,cores,2,,1\r\n"));
    EXPECT_THAT(csv, HasSubstr("concurrency,1,threads,3,4.4,"));
}

}  // namespace
}  // namespace overlap
