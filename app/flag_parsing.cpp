// What the commands' flag parsers share.
#include "flag_parsing.hpp"

#include <QFile>

#include <cmath>

#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/preset_file.hpp"
#include "presets/builtin_presets.hpp"

namespace overlap::app {

[[noreturn]] void fail(const QString& flag, const QString& expected, const QString& got) {
    throw FlagError{QStringLiteral("--%1 %2 (got '%3')").arg(flag, expected, got).toStdString()};
}

// Flags are only parsed here; their ranges are the workload limits, checked
// on the built workload and modes so every front end refuses in the same words.
double number(const QCommandLineParser& parser, const QCommandLineOption& option, double fallback) {
    if (!parser.isSet(option)) return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) fail(option.names().first(), QStringLiteral("must be a number"), text);
    return value;
}

int whole(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback) {
    if (!parser.isSet(option)) return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) fail(option.names().first(), QStringLiteral("must be a whole number"), text);
    return value;
}

// The workload limits' refusal, led by the flag that asked too much:
// "--delay: delay must be from 0 to 10 s, ... (got 20)".
void refuse_over_limit(const QCommandLineOption& flag, const Limit& limit, double value) {
    if (const auto problem = limit_problem(limit, value))
        throw FlagError{"--" + flag.names().first().toStdString() + ": " + *problem};
}

void refuse_with(const QCommandLineParser& parser, const QList<QCommandLineOption>& options,
                 const QString& source, const QString& reason) {
    for (const QCommandLineOption& option : options) {
        if (parser.isSet(option)) {
            throw FlagError{QStringLiteral("--%1 cannot be used with --%2: %3")
                                .arg(option.names().first(), source, reason)
                                .toStdString()};
        }
    }
}

// A built-in preset by name, or a preset file.
Preset read_preset(const QString& value) {
    if (value.endsWith(QStringLiteral(".json"))) {
        try {
            return load_preset_file(value.toStdString());
        } catch (const FormatError& error) {
            throw FlagError{std::string("--preset: ") + error.what()};
        }
    }
    const Preset* preset = find_preset(value.toStdString());
    if (!preset) fail(QStringLiteral("preset"), QStringLiteral("names no built-in preset; 'overlap presets' lists them"), value);
    return *preset;
}

// Where --json or --png will save, checked now: the run can take minutes, and
// a path found bad only after it used to throw the whole run away.
std::string output_path(const QCommandLineParser& parser, const QCommandLineOption& option) {
    if (!parser.isSet(option)) return {};
    const QString flag = option.names().first();
    const std::string path = QFile::encodeName(parser.value(option)).toStdString();
    if (path.empty()) throw FlagError{"--" + flag.toStdString() + " needs a file name (got '')"};
    try {
        check_can_save(path);
    } catch (const FormatError& error) {
        throw FlagError{"--" + flag.toStdString() + ": " + error.what()};
    }
    return path;
}

}  // namespace overlap::app
