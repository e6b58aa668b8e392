// `overlap diff A.json B.json`: prints what changed from run file A to run
// file B, and with --fail-if-slower guards a CI job: exit 1 when a mode got
// slower by more than the threshold. Different workloads are compared but
// said to be different first; with --fail-if-slower they give no verdict
// (exit 3), since a longer makespan on other work says nothing of a slowdown.
#include <cstdio>
#include <string>

#include "analysis/table_text.hpp"
#include "analysis/run_diff.hpp"
#include "commands.hpp"
#include "diff_options.hpp"
#include "formats/error_text.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "model/run_name.hpp"

namespace overlap::app {

namespace {

// "A: before.json (recorded 2026-12-06T05:00:00Z)"
void print_source(const char* side, const std::string& path, const RunSet& runs) {
    std::string line = std::string(side) + ": " + shown_text(path, "", 4096);
    if (!runs.recorded_at.empty()) line += " (recorded " + shown_text(runs.recorded_at, "") + ")";
    std::printf("%s\n", line.c_str());
}

// The verdict under the table: every mode that grew too much, by how much.
int verdict(const RunDiff& diff, const RunSet& before, const RunSet& after,
            const DiffOptions& options) {
    const double threshold = *options.fail_if_slower;
    if (!diff.workload_differences.empty() || !diff.unmatched.empty() || diff.modes.empty()) {
        std::fprintf(
            stderr,
            "overlap diff: --fail-if-slower %s: A and B are not like for like (see above), so "
            "their makespans cannot say whether B is slower\n",
            options.threshold_text.c_str());
        return kDiffMismatch;
    }
    const auto slower = slower_modes(diff, threshold);
    std::printf("\n");
    if (slower.empty()) {
        std::printf("OK      no mode's makespan grew by more than %s\n",
                    options.threshold_text.c_str());
        return kDiffOk;
    }
    for (std::size_t index : slower) {
        const ModeDiff& mode = diff.modes[index];
        const std::string a = run_name(before.runs[mode.before_run]);
        const std::string b = run_name(after.runs[mode.after_run]);
        std::printf("SLOWER  %s: makespan %s → %s, %s, more than %s\n",
                    (a == b ? a : a + " → " + b).c_str(),
                    seconds_text(*mode.makespan_s.before).c_str(),
                    seconds_text(*mode.makespan_s.after).c_str(),
                    formatted("%+.1f%%", *mode.makespan_s.relative() * 100).c_str(),
                    options.threshold_text.c_str());
    }
    std::fprintf(stderr, "overlap diff: %zu of %zu modes slower by more than %s\n", slower.size(),
                 diff.modes.size(), options.threshold_text.c_str());
    return kDiffSlower;
}

}  // namespace

int diff_command(const QStringList& arguments) {
    auto parsed = parse_diff_options(arguments);
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "overlap diff: %s\n", error->c_str());
        return kDiffUsage;
    }
    const DiffOptions& options = std::get<DiffOptions>(parsed);
    RunSet before;
    RunSet after;
    try {
        before = load_run_file(options.before_file);
        after = load_run_file(options.after_file);
    } catch (const FormatError& error) {
        std::fprintf(stderr, "overlap diff: %s\n", error.what());
        return kDiffUsage;
    }
    print_source("A", options.before_file, before);
    print_source("B", options.after_file, after);
    std::printf("\n");
    const RunDiff diff = diff_runs(before, after);
    std::fputs(diff_table(diff, before, after).c_str(), stdout);
    std::fflush(stdout);
    const int status = options.fail_if_slower ? verdict(diff, before, after, options) : kDiffOk;
    std::fflush(stdout);
    return status;
}

}  // namespace overlap::app
