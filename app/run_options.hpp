// `overlap run`'s command line, parsed into what to run: a workload (from
// flags, a file or a preset), the modes with their concurrency, and where to
// write results. Kept apart from the command so tests can check every flag and
// every error message.
#pragma once

#include <QStringList>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/mode.hpp"
#include "model/preset.hpp"
#include "model/run_plan.hpp"

namespace overlap::app {

struct RunOptions {
    // The workload and its runs: the chosen modes with the workload's
    // behaviour, or a preset's runs each with its own.
    RunPlan plan;
    // --preset: its claim to print before the table and its checks after.
    std::optional<Preset> preset;
    std::string json_file;     // empty: no run file
    std::string png_file;      // empty: no figure
    std::string server;        // empty: start the embedded server if the workload needs it
    bool progress = true;
};

// The parsed options, or a one-line error naming the offending flag. `--help`
// and `--version` print and exit inside, as QCommandLineParser does.
std::variant<RunOptions, std::string> parse_run_options(const QStringList& arguments);

}  // namespace overlap::app
