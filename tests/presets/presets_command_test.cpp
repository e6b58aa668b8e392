// `overlap presets` and `overlap run --preset` as a user runs them: the list,
// and the claim above the table with each check's verdict below it.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "builtin_presets.hpp"
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

TEST(PresetsCommand, AFlagThatFightsThePresetIsRefused) {
    const Finished run = overlap("run --preset timeout --tasks 3");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.output,
              "overlap run: --tasks cannot be used with --preset: the preset sets the workload\n");
}

}  // namespace
}  // namespace overlap
