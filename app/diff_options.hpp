// `overlap diff`'s command line: two run files and an optional threshold.
// Kept apart from the command so tests can check the threshold's one rule
// and every error message.
#pragma once

#include <QStringList>

#include <optional>
#include <string>
#include <variant>

namespace overlap::app {

// What `overlap diff`'s exit status says; listed in its --help and the README.
enum DiffExit : int {
    kDiffOk = 0,
    kDiffSlower = 1,    // --fail-if-slower: a mode's makespan grew by more than the threshold
    kDiffUsage = 2,     // a bad flag, or a run file that cannot be read
    kDiffMismatch = 3,  // --fail-if-slower: A and B are not like for like, so no verdict
};

struct DiffOptions {
    std::string before_file;  // A
    std::string after_file;   // B
    // --fail-if-slower as a fraction (0.1 for "10%"), and as typed, for messages.
    std::optional<double> fail_if_slower;
    std::string threshold_text;
};

// The parsed options, or a one-line error naming the flag. `--help` prints
// and exits inside, as QCommandLineParser does.
std::variant<DiffOptions, std::string> parse_diff_options(const QStringList& arguments);

}  // namespace overlap::app
