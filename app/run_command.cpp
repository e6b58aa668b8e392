// `overlap run`: runs a workload in each chosen mode, one after another,
// prints the comparison table and optionally writes the run file. A preset's
// claim comes before the table and its checks after. Ctrl-C, SIGTERM or
// SIGHUP cancels the mode in progress and still writes everything recorded;
// a dead embedded server ends the run instead of failing every later task.
#include <unistd.h>

#include <cstdio>
#include <optional>

#include "commands.hpp"
#include "drawing.hpp"
#include "analysis/preset_checks.hpp"
#include "engine/run_session.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "analysis/summary_table.hpp"
#include "run_exit_status.hpp"
#include "run_options.hpp"
#include "server/server_process.hpp"
#include "stop_signals.hpp"
#include "system/executable_paths.hpp"
#include "system/wall_clock.hpp"

namespace overlap::app {

namespace {

void show_progress(const RunSession& session, Mode mode, double elapsed_s) {
    std::fprintf(stderr, "\r\033[K%-10s %zu/%zu tasks  %.1f s", to_string(mode), session.finished_tasks(),
                 session.total_tasks(), elapsed_s);
    std::fflush(stderr);
}

RunRecord run_mode(const Workload& workload, ModeConfig config, const EngineOptions& engine, bool progress) {
    RunSession session(workload, config, engine);
    session.start();
    const auto began = std::chrono::steady_clock::now();
    while (!session.wait_for(std::chrono::milliseconds(50))) {
        if (stop_signal() != 0) session.cancel();
        session.update();
        if (progress) {
            show_progress(session, config.mode,
                          std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count());
        }
    }
    if (progress) std::fprintf(stderr, "\r\033[K");
    return session.result();
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

    std::optional<ServerProcess> server;
    std::string server_base = options.server;
    if (server_base.empty() && options.workload.uses_server()) {
        try {
            server.emplace(current_executable());
        } catch (const std::exception& error) {
            std::fprintf(stderr, "overlap run: cannot start the embedded server: %s\n", error.what());
            return kExitError;
        }
        server_base = server->base_url();
    }
    const EngineOptions engine{server_base, sibling_executable("overlap-worker"), 0};

    const bool progress = options.progress && ::isatty(STDERR_FILENO);
    RunSet runs;
    runs.workload = options.workload;
    runs.server = server_base;
    runs.recorded_at = utc_now_iso8601();
    if (options.preset) std::printf("%s\n\n", options.preset->claim.c_str());
    std::fflush(stdout);
    std::optional<std::string> server_death;
    for (std::size_t i = 0; i < options.modes.size(); ++i) {
        if (stop_signal() != 0) break;
        const Workload workload = options.preset ? options.preset->workload_for(i) : options.workload;
        runs.runs.push_back(run_mode(workload, options.modes[i], engine, progress));
        // Checked after every mode: each of the next modes' tasks would only
        // fail with "connection refused", which hides the cause.
        if (const auto death = server ? server->exited() : std::nullopt) {
            server_death = "the embedded server at " + server_base + " " + *death + " during the " +
                           to_string(options.modes[i].mode) + " run" +
                           (i + 1 < options.modes.size() ? "; the modes after it were not run" : "");
            break;
        }
    }

    std::fputs(summary_table(runs).c_str(), stdout);
    std::vector<CheckResult> checks;
    if (options.preset) {
        checks = evaluate_checks(*options.preset, runs);
        print_checks(checks);
    }
    std::fflush(stdout);
    if (!options.json_file.empty()) {
        try {
            save_run_file(runs, options.json_file);
        } catch (const FormatError& error) {
            std::fprintf(stderr, "overlap run: %s\n", error.what());
            return kExitError;
        }
    }
    if (!options.png_file.empty() && !save_png_figure(runs, options.png_file, "overlap run")) return kExitError;
    if (const int sig = stop_signal()) return kExitSignalBase + sig;
    const RunOutcome outcome =
        run_outcome(runs, options.preset ? &*options.preset : nullptr, checks, server_death);
    if (outcome.status != kExitOk) std::fprintf(stderr, "overlap run: %s\n", outcome.reason.c_str());
    return outcome.status;
}

}  // namespace overlap::app
