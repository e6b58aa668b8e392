// `overlap sweep`'s command line, parsed into the sweep to run and where to
// write it. Kept apart from the command so tests can check every flag and
// every error message.
#pragma once

#include <QStringList>

#include <optional>
#include <string>
#include <variant>

#include "model/preset.hpp"
#include "model/sweep.hpp"

namespace overlap::app {

struct SweepOptions {
    SweepSpec spec;
    std::optional<Preset> preset;  // --preset: its title and claim go before the table
    std::string json_file;         // empty: no sweep file
    std::string csv_file;          // empty: no CSV
    std::string png_file;          // empty: no picture of the curve
    std::string server;            // empty: start the embedded server if the workload needs it
    bool progress = true;
};

// The parsed options, or a one-line error naming the offending flag. `--help`
// prints and exits inside, as QCommandLineParser does.
std::variant<SweepOptions, std::string> parse_sweep_options(const QStringList& arguments);

}  // namespace overlap::app
