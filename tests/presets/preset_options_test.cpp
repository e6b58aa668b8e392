// `overlap run --preset` and `--workload`: what they build, and the one-line
// error when other flags try to change what the preset or file sets.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/run_flags.hpp"

namespace overlap::app {
namespace {

using testing::parse;
using testing::parsed;

std::string error_of(QStringList flags) {
    auto result = parse(std::move(flags));
    if (auto* error = std::get_if<std::string>(&result)) return *error;
    return "no error";
}

// A file removed at the end of the test.
class TempFile {
public:
    explicit TempFile(const std::string& text)
        : path_(std::filesystem::temp_directory_path() /
                ("overlap-preset-options-" + std::to_string(::getpid()) + "-" +
                 std::to_string(++count_) + ".json")) {
        std::ofstream(path_) << text;
    }
    ~TempFile() { std::filesystem::remove(path_); }
    QString path() const { return QString::fromStdString(path_.string()); }

private:
    static inline int count_ = 0;
    std::filesystem::path path_;
};

constexpr const char* kPresetText = R"({
  "format": "overlap-preset", "version": 1, "name": "mine", "title": "Mine", "claim": "Fast.",
  "workload": {"title": "two", "tasks": [{"url": "{server}/delay/0.1", "expected_s": 0.1, "repeat": 2}]},
  "modes": [{"mode": "threads", "concurrency": 2}],
  "checks": [{"check": "makespan", "mode": "threads", "at_most": 1}]
})";

TEST(PresetOptions, BuiltinPresetSetsWorkloadModesAndChecks) {
    const RunOptions options = parsed({QStringLiteral("--preset"), QStringLiteral("ten-requests")});
    ASSERT_TRUE(options.preset);
    EXPECT_EQ(options.preset->name, "ten-requests");
    EXPECT_EQ(options.plan.workload.tasks.size(), 10u);
    ASSERT_EQ(options.plan.runs.size(), 3u);
    EXPECT_EQ(options.plan.runs[0].config.mode, Mode::Sequential);
    EXPECT_EQ(options.plan.runs[1].config.mode, Mode::Threads);
    EXPECT_EQ(options.plan.runs[1].config.concurrency, 10);
    EXPECT_EQ(options.plan.runs[2].config.mode, Mode::Async);
}

TEST(PresetOptions, PresetFromAFile) {
    const TempFile file(kPresetText);
    const RunOptions options = parsed({QStringLiteral("--preset"), file.path()});
    ASSERT_TRUE(options.preset);
    EXPECT_EQ(options.preset->name, "mine");
    EXPECT_EQ(options.plan.workload.tasks.size(), 2u);
    ASSERT_EQ(options.plan.runs.size(), 1u);
    EXPECT_EQ(options.plan.runs[0].config.concurrency, 2);
}

TEST(PresetOptions, WorkloadFileKeepsTheModeFlags) {
    const TempFile file(kPresetText);
    const RunOptions options = parsed({QStringLiteral("--workload"), file.path(),
                                       QStringLiteral("--modes"), QStringLiteral("async")});
    EXPECT_FALSE(options.preset) << "only the workload is taken";
    EXPECT_EQ(options.plan.workload.tasks.size(), 2u);
    ASSERT_EQ(options.plan.runs.size(), 1u);
    EXPECT_EQ(options.plan.runs[0].config.mode, Mode::Async);
}

TEST(PresetOptions, ConflictsAndBadValuesAreOneLineNamingTheFlag) {
    const TempFile preset(kPresetText);
    const TempFile broken(R"({"format": "overlap-preset", "version": 9})");
    const struct {
        QStringList flags;
        std::string message;
    } cases[] = {
        {{QStringLiteral("--preset"), QStringLiteral("nope")},
         "--preset names no built-in preset; 'overlap presets' lists them (got 'nope')"},
        {{QStringLiteral("--preset"), QStringLiteral("ten-requests"), QStringLiteral("--delay"),
          QStringLiteral("2")},
         "--delay cannot be used with --preset: the preset sets the workload"},
        {{QStringLiteral("--gil"), QStringLiteral("--preset"), QStringLiteral("cpu-gil")},
         "--gil cannot be used with --preset: the preset sets the workload"},
        {{QStringLiteral("--preset"), QStringLiteral("ten-requests"), QStringLiteral("--workload"),
          preset.path()},
         "--workload cannot be used with --preset: the preset sets the workload"},
        {{QStringLiteral("--preset"), QStringLiteral("ten-requests"), QStringLiteral("--threads"),
          QStringLiteral("4")},
         "--threads cannot be used with --preset: the preset sets the modes"},
        {{QStringLiteral("--workload"), preset.path(), QStringLiteral("--url"),
          QStringLiteral("http://127.0.0.1:1/")},
         "--url cannot be used with --workload: the file sets the workload"},
        {{QStringLiteral("--preset"), broken.path()},
         "--preset: '" + broken.path().toStdString() +
             "': This preset file was made by a newer Overlap: version 9, this reads up to 1"},
        {{QStringLiteral("--workload"), QStringLiteral("/no/such/workload.json")}, "--workload: "},
    };
    for (const auto& c : cases) {
        const std::string message = error_of(c.flags);
        EXPECT_EQ(message.rfind(c.message, 0), 0u) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << "one line: " << message;
    }
}

}  // namespace
}  // namespace overlap::app
