// `overlap diff` as a user runs it: two real runs of the embedded server
// compared, the exit status following --fail-if-slower on run files whose
// makespans are known, different workloads explained first and given no
// verdict, and one line for a bad flag or an unreadable file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "formats/run_file.hpp"
#include "overlap_command.hpp"

namespace overlap {
namespace {

// A run file with one pool of 4 whose makespan is `makespan_s`.
std::filesystem::path pool_file(const char* name, double makespan_s, int tasks = 4) {
    RunSet runs;
    runs.workload = uniform_workload(tasks, "{server}/delay/0.25", 0, 0.25);
    RunRecord pool;
    pool.config = {Mode::Threads, 4};
    pool.summary.makespan_s = makespan_s;
    pool.summary.ok = tasks;
    runs.runs.push_back(pool);
    const auto path = temp_file(name);
    save_run_file(runs, path);
    return path;
}

struct Files {
    std::filesystem::path before;
    std::filesystem::path after;
    std::string args() const { return before.string() + " " + after.string(); }
    ~Files() {
        std::filesystem::remove(before);
        std::filesystem::remove(after);
    }
};

TEST(DiffCommand, ComparesTwoRealRunsOfDifferentPools) {
    const Files files{temp_file("overlap-diff-pool2"), temp_file("overlap-diff-pool4")};
    for (const auto& [threads, file] :
         {std::pair{"2", &files.before}, std::pair{"4", &files.after}}) {
        const Finished run =
            overlap(std::string("run --tasks 4 --delay 0.1 --modes threads --threads ") + threads +
                    " --quiet --json " + file->string());
        ASSERT_EQ(run.exit_code, 0) << run.output;
    }
    const Finished diff = overlap("diff " + files.args());
    EXPECT_EQ(diff.exit_code, 0) << diff.output;
    EXPECT_NE(diff.output.find("A: " + files.before.string()), std::string::npos) << diff.output;
    EXPECT_NE(diff.output.find("A and B ran the same workload (4 tasks).\n"), std::string::npos)
        << diff.output;
    EXPECT_NE(diff.output.find("\nthreads (c=2) → threads (c=4)\n  makespan"), std::string::npos)
        << diff.output;
    for (const char* row :
         {"\n  p99", "\n  efficiency", "\n  tasks/s", "\n  errors", "\n  tasks: 4 in both"})
        EXPECT_NE(diff.output.find(row), std::string::npos) << row << " in\n" << diff.output;
}

TEST(DiffCommand, TheExitStatusFollowsTheThreshold) {
    const Files files{pool_file("overlap-diff-fast", 1.0), pool_file("overlap-diff-slow", 1.5)};
    EXPECT_EQ(overlap("diff " + files.args()).exit_code, 0)
        << "without a threshold, a diff only reports";

    const Finished slower = overlap("diff " + files.args() + " --fail-if-slower 10%");
    EXPECT_EQ(slower.exit_code, 1) << slower.output;
    EXPECT_NE(slower.output.find(
                  "SLOWER  threads (c=4): makespan 1.00 s → 1.50 s, +50.0%, more than 10%\n"),
              std::string::npos)
        << slower.output;

    const Finished at_threshold = overlap("diff " + files.args() + " --fail-if-slower 50%");
    EXPECT_EQ(at_threshold.exit_code, 0) << "exactly 50 % is not more than 50 %\n"
                                         << at_threshold.output;
    EXPECT_NE(at_threshold.output.find("OK      no mode's makespan grew by more than 50%"),
              std::string::npos)
        << at_threshold.output;

    const Finished faster = overlap("diff " + files.after.string() + " " + files.before.string() +
                                    " --fail-if-slower 0%");
    EXPECT_EQ(faster.exit_code, 0) << faster.output;
}

TEST(DiffCommand, DifferentWorkloadsAreExplainedFirstAndGetNoVerdict) {
    const Files files{pool_file("overlap-diff-four", 1.0, 4),
                      pool_file("overlap-diff-eight", 2.0, 8)};
    const Finished diff = overlap("diff " + files.args());
    EXPECT_EQ(diff.exit_code, 0) << diff.output;
    const auto explained = diff.output.find("  - A runs 4 tasks, B runs 8\n");
    ASSERT_NE(explained, std::string::npos) << diff.output;
    EXPECT_LT(explained, diff.output.find("makespan")) << diff.output;

    const Finished guarded = overlap("diff " + files.args() + " --fail-if-slower 10%");
    EXPECT_EQ(guarded.exit_code, 3) << guarded.output;
    EXPECT_NE(
        guarded.output.find("overlap diff: --fail-if-slower 10%: A and B are not like for like"),
        std::string::npos)
        << guarded.output;
}

TEST(DiffCommand, ABadFlagIsOneLineNamingIt) {
    const Files files{pool_file("overlap-diff-a", 1.0), pool_file("overlap-diff-b", 1.0)};
    const Finished bare = overlap("diff " + files.args() + " --fail-if-slower 0.1");
    EXPECT_EQ(bare.exit_code, 2);
    EXPECT_EQ(
        bare.output,
        "overlap diff: --fail-if-slower takes a percentage such as 10% or 2.5% (got '0.1')\n");
    const Finished one = overlap("diff " + files.before.string());
    EXPECT_EQ(one.exit_code, 2);
    EXPECT_EQ(one.output,
              "overlap diff: expects two run files, A (before) and B (after) (got 1)\n");
}

TEST(DiffCommand, AnUnreadableFileIsOneLineNamingIt) {
    const Files files{pool_file("overlap-diff-good", 1.0), temp_file("overlap-diff-corrupt")};
    std::ofstream(files.after) << "{\"format\": \"overlap-run\", \x1b[2J";
    const Finished corrupt = overlap("diff " + files.args());
    EXPECT_EQ(corrupt.exit_code, 2) << corrupt.output;
    EXPECT_EQ(corrupt.output.rfind("overlap diff: '" + files.after.string() + "': ", 0), 0u)
        << corrupt.output;
    EXPECT_EQ(corrupt.output.find('\n'), corrupt.output.size() - 1) << "one line:\n"
                                                                    << corrupt.output;
    EXPECT_EQ(corrupt.output.find('\x1b'), std::string::npos) << corrupt.output;

    const Finished missing = overlap("diff /nonexistent/a.json " + files.before.string());
    EXPECT_EQ(missing.exit_code, 2) << missing.output;
    EXPECT_NE(missing.output.find("/nonexistent/a.json"), std::string::npos) << missing.output;
    EXPECT_EQ(missing.output.find('\n'), missing.output.size() - 1) << missing.output;
}

TEST(DiffCommand, IsListedInTheTopLevelHelp) {
    const Finished help = overlap("--help");
    EXPECT_NE(help.output.find("  diff      compare two run files"), std::string::npos)
        << help.output;
    const Finished own = overlap("diff --help");
    EXPECT_NE(own.output.find("--fail-if-slower <P%>"), std::string::npos) << own.output;
    EXPECT_NE(own.output.find("3  --fail-if-slower: A and B are not like for like"),
              std::string::npos)
        << own.output;
}

}  // namespace
}  // namespace overlap
