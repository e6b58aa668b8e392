// `overlap run`: runs a workload in each chosen mode, one after another,
// prints the comparison table and optionally writes the run file. A preset's
// claim comes before the table and its checks after. Ctrl-C, SIGTERM or
// SIGHUP cancels the mode in progress and still writes everything recorded;
// a dead embedded server ends the run instead of failing every later task.
#include <unistd.h>

#include <cstdio>

#include "commands.hpp"
#include "drawing.hpp"
#include "analysis/emulation_notes.hpp"
#include "analysis/preset_captions.hpp"
#include "analysis/preset_checks.hpp"
#include "analysis/summary_table.hpp"
#include "engine/comparison_runner.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "run_exit_status.hpp"
#include "run_options.hpp"
#include "stop_signals.hpp"
#include "system/executable_paths.hpp"

namespace overlap::app {

namespace {

void show_progress(const ComparisonProgress& progress, Mode mode) {
    std::fprintf(stderr, "\r\033[K%-10s %zu/%zu tasks  %.1f s", to_string(mode), progress.finished_tasks,
                 progress.total_tasks, progress.elapsed_s);
    std::fflush(stderr);
}

// Runs the started plan to its end or to a stop signal, showing progress on stderr.
ComparisonResult run_comparison(ComparisonRunner& runner, bool progress) {
    while (runner.running()) {
        if (stop_signal() != 0) runner.cancel();
        if (runner.poll(std::chrono::milliseconds(50))) {
            if (progress) std::fprintf(stderr, "\r\033[K");
        } else if (progress && runner.running()) {
            const ComparisonProgress now = runner.progress();
            show_progress(now, runner.plan().runs[now.index].config.mode);
        }
    }
    return runner.result();
}

// After the table: whether each of the preset's expectations held.
void print_checks(const std::vector<CheckResult>& results) {
    if (!results.empty()) std::fputc('\n', stdout);
    for (const CheckResult& result : results) {
        std::printf("%-4s  %s\n", to_string(result.verdict), result.sentence().c_str());
    }
}

}  // namespace

int run_command(const QStringList& arguments) {
    auto parsed = parse_run_options(arguments);
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "overlap run: %s\n", error->c_str());
        return kExitUsage;
    }
    RunOptions& options = std::get<RunOptions>(parsed);
    // Before the server starts: a signal from here on stops the run cleanly.
    catch_stop_signals();

    EngineOptions engine{options.server, sibling_executable("overlap-worker"), 0};
    ComparisonRunner runner(options.plan, std::move(engine), current_executable());
    try {
        runner.start();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "overlap run: cannot start the embedded server: %s\n", error.what());
        return kExitError;
    }
    if (options.preset) {
        const Preset& preset = *options.preset;
        if (!preset.source.empty()) std::printf("From the tutorial \"%s\".\n", preset.source.c_str());
        std::printf("%s\n", preset.claim.c_str());
        if (!preset.figures.empty()) std::printf("Its figures: %s\n", preset.figures.c_str());
        std::printf("Each check: the tutorial's figure, and the measurement within a factor of 1.25 of it.\n\n");
    }
    std::fflush(stdout);
    const ComparisonResult result = run_comparison(runner, options.progress && ::isatty(STDERR_FILENO));
    const RunSet& runs = result.runs;

    std::fputs(summary_table(runs).c_str(), stdout);
    std::printf("\n%s\n", emulation_notes(options.plan).c_str());
    std::vector<CheckResult> checks;
    if (options.preset) {
        checks = evaluate_checks(*options.preset, runs);
        print_checks(checks);
    }
    std::fflush(stdout);
    if (!options.json_file.empty()) {
        RunSet saved = runs;
        if (options.preset) attach_preset(saved, *options.preset, checks);
        try {
            save_run_file(saved, options.json_file);
        } catch (const FormatError& error) {
            std::fprintf(stderr, "overlap run: %s\n", error.what());
            return kExitError;
        }
    }
    if (!options.png_file.empty() && !save_png_figure(runs, options.png_file, "overlap run")) return kExitError;
    if (const int sig = stop_signal()) return kExitSignalBase + sig;
    const RunOutcome outcome =
        run_outcome(runs, options.preset ? &*options.preset : nullptr, checks, result.server_death);
    if (outcome.status != kExitOk) std::fprintf(stderr, "overlap run: %s\n", outcome.reason.c_str());
    return outcome.status;
}

}  // namespace overlap::app
