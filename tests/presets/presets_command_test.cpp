// `overlap presets` and `overlap run --preset` as a user runs them: the list,
// and the claim above the table with each check's verdict below it.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "presets/builtin_presets.hpp"
#include "system/child_process.hpp"

namespace overlap {
namespace {

struct Finished {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

Finished overlap(const std::string& args) {
    ChildProcess child = ChildProcess::spawn(
        "/bin/sh", {"-c", std::string("exec ") + OVERLAP_EXECUTABLE + " " + args + " 2>&1"},
        {.pipe_stdin = false, .pipe_stdout = true});
    Finished finished;
    char chunk[4096];
    for (ssize_t got; (got = ::read(child.stdout_fd(), chunk, sizeof chunk)) > 0;) {
        finished.output.append(chunk, static_cast<std::size_t>(got));
    }
    const ChildProcess::Exit exit = child.wait();
    finished.exit_code = WIFEXITED(exit.wait_status) ? WEXITSTATUS(exit.wait_status) : -1;
    return finished;
}

TEST(PresetsCommand, ListsEveryPresetWithItsTitle) {
    const Finished listed = overlap("presets");
    EXPECT_EQ(listed.exit_code, 0) << listed.output;
    for (const Preset& preset : builtin_presets()) {
        EXPECT_NE(listed.output.find(preset.name), std::string::npos) << preset.name;
        EXPECT_NE(listed.output.find(preset.title), std::string::npos) << preset.title;
    }
    EXPECT_NE(listed.output.find("overlap run --preset NAME"), std::string::npos);
    EXPECT_NE(listed.output.find("Sweep: concurrency 1, 2, 4, 8, 16 on threads"), std::string::npos)
        << listed.output;
    EXPECT_NE(listed.output.find("overlap sweep --preset NAME"), std::string::npos);
    EXPECT_EQ(overlap("presets extra").exit_code, 2);
}

TEST(PresetsCommand, RunPrintsTheClaimTheTableAndEachVerdict) {
    const Preset* preset = find_preset("timeout");
    ASSERT_NE(preset, nullptr);
    const Finished run = overlap("run --preset timeout --quiet");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    const auto claim = run.output.find(preset->claim);
    const auto table = run.output.find("makespan");
    const auto verdict = run.output.find("PASS  async: 1 timeout (expected 1 timeout)\n");
    ASSERT_NE(claim, std::string::npos) << run.output;
    ASSERT_NE(table, std::string::npos) << run.output;
    ASSERT_NE(verdict, std::string::npos) << run.output;
    EXPECT_LT(claim, table);
    EXPECT_LT(table, verdict);
}

// A preset of two HTTP 500s, with `checks` (JSON) as its expectations.
std::filesystem::path preset_file(const std::string& name, const std::string& checks) {
    const auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()) + ".json");
    std::ofstream(path) << R"({"format": "overlap-preset", "version": 1, "name": ")" << name
                        << R"(", "title": "Two errors", "claim": "Both fail.",
        "workload": {"tasks": [{"url": "{server}/status/500", "repeat": 2}]},
        "modes": [{"mode": "async", "concurrency": 2}], "checks": )"
                        << checks << "}";
    return path;
}

// The exit status of a preset: its checks say which failures it expects. The
// built-in failures preset exits 0 when its failures are the expected ones.
TEST(PresetsCommand, ExitsZeroWhenItsChecksHoldEvenIfTasksFailedAsExpected) {
    const Finished failures = overlap("run --preset failures --quiet");
    EXPECT_EQ(failures.exit_code, 0) << failures.output;

    const auto expected = preset_file("two-errors", R"([{"check": "outcomes", "mode": "async", "http_error": 2}])");
    EXPECT_EQ(overlap("run --preset " + expected.string() + " --quiet").exit_code, 0);

    const auto wrong = preset_file("one-error", R"([{"check": "outcomes", "mode": "async", "http_error": 1}])");
    const Finished check_failed = overlap("run --preset " + wrong.string() + " --quiet");
    EXPECT_EQ(check_failed.exit_code, 4) << check_failed.output;
    EXPECT_NE(check_failed.output.find("overlap run: 1 of 1 checks did not hold"), std::string::npos)
        << check_failed.output;

    // No outcomes check reads the run: its failures count as failures.
    const auto unexpected =
        preset_file("no-outcomes", R"([{"check": "makespan", "mode": "async", "at_most": 60}])");
    EXPECT_EQ(overlap("run --preset " + unexpected.string() + " --quiet").exit_code, 3);
    for (const auto& path : {expected, wrong, unexpected}) std::filesystem::remove(path);
}

TEST(PresetsCommand, AFlagThatFightsThePresetIsRefused) {
    const Finished run = overlap("run --preset timeout --tasks 3");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.output,
              "overlap run: --tasks cannot be used with --preset: the preset sets the workload\n");
}

}  // namespace
}  // namespace overlap
