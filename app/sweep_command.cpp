// `overlap sweep`: runs a workload at each value of one parameter, every
// chosen mode at each, against one embedded server, and prints the makespan,
// speed-up and efficiency per value and mode beside the honest ideal.
// Ctrl-C, SIGTERM or SIGHUP cancels the run in progress and still prints and
// writes the values that ran; a dead embedded server ends the sweep.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>

#include "analysis/emulation_notes.hpp"
#include "analysis/statistics.hpp"
#include "analysis/sweep_table.hpp"
#include "commands.hpp"
#include "drawing.hpp"
#include "engine/sweep_runner.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/sweep_csv.hpp"
#include "formats/sweep_file.hpp"
#include "run_exit_status.hpp"
#include "stop_signals.hpp"
#include "sweep_options.hpp"
#include "system/executable_paths.hpp"

namespace overlap::app {

namespace {

// "concurrency 4 (3/5)  threads  5/16 tasks  1.2 s"
void show_progress(const SweepRunner& runner) {
    const SweepProgress now = runner.progress();
    const SweepSpec& spec = runner.so_far().spec;
    const RunRecord* live = now.comparison.live;
    std::fprintf(stderr, "\r\033[K%s %g (%zu/%zu)  %-10s %zu/%zu tasks  %.1f s", to_string(spec.param),
                 spec.values[now.point], now.point + 1, now.points,
                 live ? to_string(live->config.mode) : "", now.comparison.finished_tasks,
                 now.comparison.total_tasks, now.comparison.elapsed_s);
    std::fflush(stderr);
}

SweepResult run_sweep(SweepRunner& runner, bool progress) {
    while (runner.running()) {
        if (stop_signal() != 0) runner.cancel();
        runner.poll(std::chrono::milliseconds(50));
        if (progress && runner.running()) show_progress(runner);
    }
    if (progress) std::fprintf(stderr, "\r\033[K");
    return runner.result();
}

int failed_in(const SweepResult& sweep) {
    int failed = 0;
    for (const SweepPoint& point : sweep.points) {
        for (const RunRecord& run : point.runs.runs) failed += failed_tasks(run.summary);
    }
    return failed;
}

bool save(const char* what, const std::string& path, const std::function<void()>& write) {
    if (path.empty()) return true;
    try {
        write();
        return true;
    } catch (const FormatError& error) {
        std::fprintf(stderr, "overlap sweep: %s: %s\n", what, error.what());
        return false;
    }
}

}  // namespace

int sweep_command(const QStringList& arguments) {
    auto parsed = parse_sweep_options(arguments);
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        std::fprintf(stderr, "overlap sweep: %s\n", error->c_str());
        return kExitUsage;
    }
    SweepOptions& options = std::get<SweepOptions>(parsed);
    // Before the server starts: a signal from here on stops the sweep cleanly.
    catch_stop_signals();

    EngineOptions engine{options.server, sibling_executable("overlap-worker"), 0};
    SweepRunner runner(options.spec, std::move(engine), current_executable());
    try {
        runner.start();
    } catch (const std::exception& error) {
        std::fprintf(stderr, "overlap sweep: cannot start: %s\n", error.what());
        return kExitError;
    }
    if (options.preset) {
        std::printf("%s\n", options.preset->title.c_str());
        if (!options.preset->source.empty())
            std::printf("From the tutorial \"%s\".\n", options.preset->source.c_str());
        std::printf("%s\n\n", options.preset->claim.c_str());
        std::fflush(stdout);
    }
    SweepResult sweep = run_sweep(runner, options.progress && ::isatty(STDERR_FILENO));
    if (options.preset) sweep.title = options.preset->title;

    std::fputs(sweep_table(sweep).c_str(), stdout);
    std::printf("\n%s\n", emulation_notes(options.spec).c_str());
    std::fflush(stdout);
    const bool saved =
        save("--json", options.json_file, [&] { save_sweep_file(sweep, options.json_file); }) &&
        save("--csv", options.csv_file, [&] { write_file_atomically(options.csv_file, sweep_to_csv(sweep)); });
    if (!saved || (!options.png_file.empty() && !save_png_figure(sweep, options.png_file, "overlap sweep")))
        return kExitError;
    if (const int sig = stop_signal()) return kExitSignalBase + sig;
    if (const auto& death = runner.server_death()) {
        std::fprintf(stderr, "overlap sweep: %s; the values after it were not run\n", death->c_str());
        return kExitServerDied;
    }
    if (const int failed = failed_in(sweep)) {
        std::fprintf(stderr, "overlap sweep: %d task%s did not complete OK\n", failed, failed == 1 ? "" : "s");
        return kExitTasksFailed;
    }
    return kExitOk;
}

}  // namespace overlap::app
