#include "diff_options.hpp"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>

#include "command_help.hpp"

namespace overlap::app {

namespace {

// One rule, no guessing: a percentage with its sign. A bare "10" could mean
// ten percent or ten times, and "0.1" a tenth of a percent or ten.
std::optional<double> percentage(const QString& text) {
    if (!text.endsWith(QLatin1Char('%'))) return std::nullopt;
    bool ok = false;
    const double percent = text.chopped(1).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(percent) || percent < 0) return std::nullopt;
    return percent / 100;
}

}  // namespace

std::variant<DiffOptions, std::string> parse_diff_options(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compares two run files (from 'overlap run --json' or the window): A, before, and B, "
        "after.\n"
        "Runs are matched by mode and by their place among that mode's runs, so a pool of 4 in A\n"
        "is compared with a pool of 10 in B. For each pair it prints makespan, p50/p95/p99 "
        "latency,\n"
        "efficiency, throughput and errors before and after, with the change and the relative "
        "change.\n"
        "When the workloads differ (tasks, URLs, CPU work, GIL, interpreter cost, timeout), a run "
        "was\n"
        "stopped or a run has no match, it says how before the numbers, and still compares "
        "them.\n\n"
        "Exit status:\n"
        "  0  compared (with --fail-if-slower: no mode's makespan grew by more than P%)\n"
        "  1  --fail-if-slower: a mode's makespan grew by more than P%; the mode is named\n"
        "  2  a bad flag, or a run file that cannot be read\n"
        "  3  --fail-if-slower: A and B are not like for like (different workloads or behaviours,\n"
        "     a stopped run, a run without a match), so their makespans cannot say B is slower"));
    const QCommandLineOption help = add_help_option(parser);
    const QCommandLineOption fail_if_slower{
        QStringLiteral("fail-if-slower"),
        QStringLiteral("Exit 1 when any matched mode's makespan in B is more than P percent longer "
                       "than in A. P is a percentage with its sign: 10% or 2.5%; a bare number is "
                       "refused (is 10 ten percent or ten times?)."),
        QStringLiteral("P%")};
    parser.addOption(fail_if_slower);
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The run file before."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The run file after."));
    if (!parser.parse(arguments)) return parser.errorText().toStdString();
    if (parser.isSet(help)) show_command_help(parser, arguments);

    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        return "expects two run files, A (before) and B (after) (got " +
               std::to_string(files.size()) + ")";
    }
    DiffOptions options;
    options.before_file = QFile::encodeName(files[0]).toStdString();
    options.after_file = QFile::encodeName(files[1]).toStdString();
    if (parser.isSet(fail_if_slower)) {
        const QString text = parser.value(fail_if_slower);
        options.fail_if_slower = percentage(text);
        if (!options.fail_if_slower) {
            return "--fail-if-slower takes a percentage such as 10% or 2.5% (got '" +
                   text.toStdString() + "')";
        }
        options.threshold_text = text.toStdString();
    }
    return options;
}

}  // namespace overlap::app
