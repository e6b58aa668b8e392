// `overlap export`: turns a run file into pictures (PNG, SVG, PDF) and text
// (ASCII timelines, CSV, a Chrome trace), any combination in one call. Works
// without a display: the pictures are the window's timelines drawn offscreen.
#include <QCommandLineParser>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "command_help.hpp"
#include "commands.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/export/text_export.hpp"

namespace overlap::app {

namespace {

constexpr int kDefaultAsciiWidth = 100;
constexpr int kMinAsciiWidth = 40;
constexpr int kMaxAsciiWidth = 1000;

struct Flags {
    QCommandLineOption png{QStringLiteral("png"), QStringLiteral("Draw the runs as a PNG image."),
                           QStringLiteral("FILE")};
    QCommandLineOption svg{QStringLiteral("svg"),
                           QStringLiteral("Draw the runs as an SVG image (vector)."),
                           QStringLiteral("FILE")};
    QCommandLineOption pdf{QStringLiteral("pdf"),
                           QStringLiteral("Draw the runs on a one-page PDF (vector)."),
                           QStringLiteral("FILE")};
    QCommandLineOption width{
        QStringLiteral("width"),
        QStringLiteral("Figure width in pixels (default %1).").arg(ui::FigureSize::kDefaultWidth),
        QStringLiteral("W")};
    QCommandLineOption height{
        QStringLiteral("height"),
        QStringLiteral("Figure height in pixels (default %1).").arg(ui::FigureSize::kDefaultHeight),
        QStringLiteral("H")};
    QCommandLineOption scale{
        QStringLiteral("scale"),
        QStringLiteral("Pixels per layout pixel: text and bars grow with it (default W/%1, at "
                       "least 1). SVG and PDF pages are W/S by H/S.")
            .arg(ui::FigureSize::kLayoutWidth),
        QStringLiteral("S")};
    QCommandLineOption lanes{QStringLiteral("lanes"),
                             QStringLiteral("Timeline lanes: 'task' (one per task, the default) or "
                                            "'worker' (one per thread, process or event loop)."),
                             QStringLiteral("KIND")};
    QCommandLineOption ascii{QStringLiteral("ascii"),
                             QStringLiteral("Write the runs as plain-text timelines."),
                             QStringLiteral("FILE")};
    QCommandLineOption ascii_width{
        QStringLiteral("ascii-width"),
        QStringLiteral("Columns of the --ascii timelines (default %1).").arg(kDefaultAsciiWidth),
        QStringLiteral("N")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           QStringLiteral("Write one CSV row per task and per phase."),
                           QStringLiteral("FILE")};
    QCommandLineOption chrome_trace{
        QStringLiteral("chrome-trace"),
        QStringLiteral("Write a Chrome trace, for chrome://tracing or Perfetto."),
        QStringLiteral("FILE")};

    QList<QCommandLineOption> outputs() const { return {png, svg, pdf, ascii, csv, chrome_trace}; }
    QList<QCommandLineOption> all() const {
        return {png, svg, pdf, width, height, scale, lanes, ascii, ascii_width, csv, chrome_trace};
    }
};

struct ExportOptions {
    QString run_file;
    ui::FigureSize size;
    ui::LaneMode lanes = ui::LaneMode::PerTask;
    int ascii_width = kDefaultAsciiWidth;
};

// Thrown inside parsing to end with a message; caught once at the top.
struct UsageError {
    QString message;
};

double number(const QCommandLineParser& parser, const QCommandLineOption& option, double fallback) {
    if (!parser.isSet(option)) return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        throw UsageError{QStringLiteral("--%1 must be a number (got '%2')")
                             .arg(option.names().first(), parser.value(option))};
    }
    return value;
}

int whole(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback) {
    if (!parser.isSet(option)) return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        throw UsageError{QStringLiteral("--%1 must be a whole number (got '%2')")
                             .arg(option.names().first(), parser.value(option))};
    }
    return value;
}

ExportOptions read_options(const QCommandLineParser& parser, const Flags& flags) {
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        throw UsageError{QStringLiteral("which run file? (overlap export RUNFILE --png FILE ...)")};
    if (positional.size() > 1)
        throw UsageError{QStringLiteral("unexpected argument '%1'").arg(positional[1])};
    const QList<QCommandLineOption> outputs = flags.outputs();
    const bool any =
        std::any_of(outputs.begin(), outputs.end(),
                    [&](const QCommandLineOption& option) { return parser.isSet(option); });
    if (!any)
        throw UsageError{QStringLiteral(
            "nothing to export: give --png, --svg, --pdf, --ascii, --csv or --chrome-trace")};

    ExportOptions options;
    options.run_file = positional.first();
    options.size.pixels = QSize(whole(parser, flags.width, ui::FigureSize::kDefaultWidth),
                                whole(parser, flags.height, ui::FigureSize::kDefaultHeight));
    options.size.scale = number(parser, flags.scale, 0);
    if (parser.isSet(flags.scale) && options.size.scale <= 0) {
        throw UsageError{
            QStringLiteral("--scale must be above 0 (got '%1')").arg(parser.value(flags.scale))};
    }
    if (const QString problem = options.size.problem(); !problem.isEmpty())
        throw UsageError{problem};
    const QString lanes = parser.value(flags.lanes);
    if (lanes == QStringLiteral("worker")) {
        options.lanes = ui::LaneMode::PerWorker;
    } else if (!lanes.isEmpty() && lanes != QStringLiteral("task")) {
        throw UsageError{
            QStringLiteral("--lanes must be 'task' or 'worker' (got '%1')").arg(lanes)};
    }
    options.ascii_width = whole(parser, flags.ascii_width, kDefaultAsciiWidth);
    if (options.ascii_width < kMinAsciiWidth || options.ascii_width > kMaxAsciiWidth) {
        throw UsageError{QStringLiteral("--ascii-width must be %1 to %2 (got '%3')")
                             .arg(kMinAsciiWidth)
                             .arg(kMaxAsciiWidth)
                             .arg(parser.value(flags.ascii_width))};
    }
    return options;
}

}  // namespace

int export_command(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a run file (from 'overlap run --json' or the window) as pictures and text, any "
        "combination at once.\nThe pictures are the window's timelines: one per run on a shared "
        "time axis, with the legend and each run's makespan and speed-up."));
    const QCommandLineOption help = add_help_option(parser);
    parser.addPositionalArgument(QStringLiteral("RUNFILE"),
                                 QStringLiteral("The run file to export."));
    const Flags flags;
    parser.addOptions(flags.all());
    const auto usage_error = [](const QString& message) {
        std::fprintf(stderr, "overlap export: %s\n", qPrintable(message));
        return 2;
    };
    if (!parser.parse(arguments)) return usage_error(parser.errorText());
    if (parser.isSet(help)) show_command_help(parser, arguments);
    ExportOptions options;
    try {
        options = read_options(parser, flags);
    } catch (const UsageError& error) {
        return usage_error(error.message);
    }

    RunSet runs;
    try {
        runs = load_run_file(QFile::encodeName(options.run_file).toStdString());
    } catch (const FormatError& error) {
        std::fprintf(stderr, "overlap export: %s\n", error.what());
        return 1;
    }

    // Each output on its own: one that cannot be written does not stop the others.
    int status = 0;
    const auto report = [&status](const ui::ExportResult& result) {
        if (result.ok()) return;
        std::fprintf(stderr, "overlap export: %s\n", qPrintable(result.error()));
        status = 1;
    };
    if (parser.isSet(flags.png) || parser.isSet(flags.svg) || parser.isSet(flags.pdf)) {
        ui::RunSetFigure figure(runs, options.lanes);
        if (parser.isSet(flags.png))
            report(ui::savePng(figure, parser.value(flags.png), options.size));
        if (parser.isSet(flags.svg))
            report(ui::saveSvg(figure, parser.value(flags.svg), options.size));
        if (parser.isSet(flags.pdf))
            report(ui::savePdf(figure, parser.value(flags.pdf), options.size));
    }
    if (parser.isSet(flags.ascii))
        report(ui::saveAscii(runs, parser.value(flags.ascii), options.ascii_width));
    if (parser.isSet(flags.csv)) report(ui::saveCsv(runs, parser.value(flags.csv)));
    if (parser.isSet(flags.chrome_trace))
        report(ui::saveChromeTrace(runs, parser.value(flags.chrome_trace)));
    return status;
}

}  // namespace overlap::app
