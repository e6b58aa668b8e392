// `overlap export`: turns a run file into text (ASCII timelines, CSV, a Chrome
// trace) and, in builds with the GUI, pictures (PNG, SVG, PDF) of the
// timelines or the charts and replay videos (MP4, GIF), any combination in one
// call. The text formats come straight from core/formats, so they work in
// every build and without a display.
#include <QCommandLineParser>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <string>

#include "command_help.hpp"
#include "commands.hpp"
#include "formats/ascii_diagram.hpp"
#include "formats/chrome_trace.hpp"
#include "formats/csv_export.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "formats/sweep_file.hpp"

#ifdef OVERLAP_HAS_GUI
#include "export_figures.hpp"
#include "export_video.hpp"
#endif

namespace overlap::app {

namespace {

constexpr int kDefaultAsciiWidth = 100;
constexpr int kMinAsciiWidth = 40;
constexpr int kMaxAsciiWidth = 1000;

#ifndef OVERLAP_HAS_GUI
// Nothing to draw with, but the picture flags stay known: asking for one
// says why it cannot be had, instead of "unknown option".
struct FigureFlags {
    QCommandLineOption png{QStringLiteral("png"), QStringLiteral("Needs a build with the GUI."),
                           QStringLiteral("FILE")};
    QCommandLineOption svg{QStringLiteral("svg"), QStringLiteral("Needs a build with the GUI."),
                           QStringLiteral("FILE")};
    QCommandLineOption pdf{QStringLiteral("pdf"), QStringLiteral("Needs a build with the GUI."),
                           QStringLiteral("FILE")};
    QCommandLineOption charts_png{QStringLiteral("charts-png"),
                                  QStringLiteral("Needs a build with the GUI."), QStringLiteral("FILE")};
    QCommandLineOption charts_svg{QStringLiteral("charts-svg"),
                                  QStringLiteral("Needs a build with the GUI."), QStringLiteral("FILE")};
    QCommandLineOption charts_pdf{QStringLiteral("charts-pdf"),
                                  QStringLiteral("Needs a build with the GUI."), QStringLiteral("FILE")};
    QCommandLineOption theme{QStringLiteral("theme"), QStringLiteral("Needs a build with the GUI."),
                             QStringLiteral("NAME")};
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("Needs a build with the GUI."),
                            QStringLiteral("S")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Needs a build with the GUI."),
                          QStringLiteral("S")};
    QCommandLineOption with_claim{QStringLiteral("with-claim"),
                                  QStringLiteral("Needs a build with the GUI.")};
    QCommandLineOption with_table{QStringLiteral("with-table"),
                                  QStringLiteral("Needs a build with the GUI.")};
    QList<QCommandLineOption> outputs() const {
        return {png, svg, pdf, charts_png, charts_svg, charts_pdf};
    }
    QList<QCommandLineOption> all() const {
        return outputs() << theme << from << to << with_claim << with_table;
    }
};

QString figure_flags_problem(const QCommandLineParser& parser, const FigureFlags& flags) {
    for (const QCommandLineOption& option : flags.outputs()) {
        if (parser.isSet(option)) {
            return QStringLiteral("--%1: this overlap was built without the GUI "
                                  "(OVERLAP_BUILD_GUI=OFF), which draws pictures; --ascii, --csv "
                                  "and --chrome-trace work")
                .arg(option.names().first());
        }
    }
    return {};
}

struct VideoFlags {
    QCommandLineOption mp4{QStringLiteral("mp4"), QStringLiteral("Needs a build with the GUI."),
                           QStringLiteral("FILE")};
    QCommandLineOption gif{QStringLiteral("gif"), QStringLiteral("Needs a build with the GUI."),
                           QStringLiteral("FILE")};
    QCommandLineOption fps{QStringLiteral("fps"), QStringLiteral("Needs a build with the GUI."),
                           QStringLiteral("N")};
    QCommandLineOption speed{QStringLiteral("speed"), QStringLiteral("Needs a build with the GUI."),
                             QStringLiteral("X")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                QStringLiteral("Needs a build with the GUI."), QStringLiteral("S")};
    QList<QCommandLineOption> outputs() const { return {mp4, gif}; }
    QList<QCommandLineOption> all() const { return {mp4, gif, fps, speed, duration}; }
};

QString video_flags_problem(const QCommandLineParser& parser, const VideoFlags& flags,
                            const FigureFlags& /*size*/) {
    for (const QCommandLineOption& option : flags.outputs()) {
        if (parser.isSet(option)) {
            return QStringLiteral("--%1: this overlap was built without the GUI "
                                  "(OVERLAP_BUILD_GUI=OFF), which draws the replay's frames")
                .arg(option.names().first());
        }
    }
    return {};
}
#endif

struct Flags {
    FigureFlags figures;
    VideoFlags videos;
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
    QCommandLineOption lanes{QStringLiteral("lanes"),
                             QStringLiteral("Lanes of the pictures and --ascii timelines: 'task' "
                                            "(one per task, the default) or 'worker' (one per "
                                            "thread, process or event loop)."),
                             QStringLiteral("KIND")};

    QList<QCommandLineOption> outputs() const {
        return figures.outputs() << videos.outputs() << ascii << csv << chrome_trace;
    }
    QList<QCommandLineOption> all() const {
        return figures.all() << videos.all() << ascii << ascii_width << csv << chrome_trace << lanes;
    }
};

// Thrown inside parsing to end with a message; caught once at the top.
struct UsageError {
    QString message;
};

int ascii_width(const QCommandLineParser& parser, const Flags& flags) {
    if (!parser.isSet(flags.ascii_width)) return kDefaultAsciiWidth;
    bool ok = false;
    const int width = parser.value(flags.ascii_width).toInt(&ok);
    if (!ok || width < kMinAsciiWidth || width > kMaxAsciiWidth) {
        throw UsageError{QStringLiteral("--ascii-width must be %1 to %2 (got '%3')")
                             .arg(kMinAsciiWidth)
                             .arg(kMaxAsciiWidth)
                             .arg(parser.value(flags.ascii_width))};
    }
    return width;
}

bool worker_lanes(const QCommandLineParser& parser, const Flags& flags) {
    const QString lanes = parser.value(flags.lanes);
    if (lanes.isEmpty() || lanes == QStringLiteral("task")) return false;
    if (lanes == QStringLiteral("worker")) return true;
    throw UsageError{QStringLiteral("--lanes must be 'task' or 'worker' (got '%1')").arg(lanes)};
}

// The run file to read, once every flag is known to be usable.
QString check_flags(const QCommandLineParser& parser, const Flags& flags) {
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
            "nothing to export: give --png, --svg, --pdf, --charts-png, --charts-svg, "
            "--charts-pdf, --mp4, --gif, --ascii, --csv or --chrome-trace")};
    if (const QString problem = figure_flags_problem(parser, flags.figures); !problem.isEmpty())
        throw UsageError{problem};
    if (const QString problem = video_flags_problem(parser, flags.videos, flags.figures);
        !problem.isEmpty())
        throw UsageError{problem};
    ascii_width(parser, flags);
    worker_lanes(parser, flags);
    return positional.first();
}

// Written whole or not at all; prints why not and returns false.
bool save_text(const QCommandLineParser& parser, const QCommandLineOption& option,
               const std::string& text) {
    try {
        write_file_atomically(QFile::encodeName(parser.value(option)).toStdString(), text);
        return true;
    } catch (const FormatError& error) {
        std::fprintf(stderr, "overlap export: %s\n", error.what());
        return false;
    }
}

// A sweep file has no one comparison to draw as timelines or text: its
// pictures are its curve, the window's sweep chart.
int export_sweep(const QCommandLineParser& parser, const Flags& flags, const std::string& path) {
    const QStringList curve{flags.figures.png.names().first(), flags.figures.svg.names().first(),
                            flags.figures.pdf.names().first()};
    for (const QCommandLineOption& option : flags.outputs()) {
        if (parser.isSet(option) && !curve.contains(option.names().first())) {
            std::fprintf(stderr,
                         "overlap export: --%s: a sweep file exports its curve only (--png, --svg "
                         "or --pdf); open a point's runs in the window to export them\n",
                         qPrintable(option.names().first()));
            return 2;
        }
    }
    SweepResult sweep;
    try {
        sweep = load_sweep_file(path);
    } catch (const FormatError& error) {
        std::fprintf(stderr, "overlap export: %s\n", error.what());
        return 1;
    }
#ifdef OVERLAP_HAS_GUI
    use_theme_flag(parser, flags.figures);
    return save_sweep_figures(parser, flags.figures, sweep) ? 0 : 1;
#else
    return 0;  // check_flags refused every picture flag in this build
#endif
}

}  // namespace

int export_command(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a run file (from 'overlap run --json' or the window) as pictures, videos and "
        "text, any combination at once; a sweep file (from 'overlap sweep --json') as its curve "
        "with --png, --svg or --pdf.\nThe pictures are the window's timelines: one per run on "
        "a shared time axis, with the legend and each run's makespan and speed-up; --from/--to draw "
        "only some seconds, as a zoomed window, and --with-claim/--with-table add a preset's claim "
        "and verdicts above and the summary table below; the "
        "--charts-* pictures are the window's Charts tab: tasks in flight over time, the latency "
        "histogram and the makespans. The videos replay those timelines on one clock, a line sweeping across every run as it goes."));
    const QCommandLineOption help = add_help_option(parser);
    parser.addPositionalArgument(QStringLiteral("RUNFILE"),
                                 QStringLiteral("The run file (or sweep file) to export."));
    const Flags flags;
    parser.addOptions(flags.all());
    const auto usage_error = [](const QString& message) {
        std::fprintf(stderr, "overlap export: %s\n", qPrintable(message));
        return 2;
    };
    if (!parser.parse(arguments)) return usage_error(parser.errorText());
    if (parser.isSet(help)) show_command_help(parser, arguments);
    QString run_file;
    try {
        run_file = check_flags(parser, flags);
    } catch (const UsageError& error) {
        return usage_error(error.message);
    }

    const std::string path = QFile::encodeName(run_file).toStdString();
    RunSet runs;
    try {
        if (looks_like_sweep_file(read_text_file(path))) return export_sweep(parser, flags, path);
        runs = load_run_file(path);
    } catch (const FormatError& error) {
        std::fprintf(stderr, "overlap export: %s\n", error.what());
        return 1;
    }

    // Each output on its own: one that cannot be written does not stop the others.
    bool ok = true;
#ifdef OVERLAP_HAS_GUI
    use_theme_flag(parser, flags.figures);
    ok = save_figures(parser, flags.figures, runs, worker_lanes(parser, flags));
    ok &= save_videos(parser, flags.videos, flags.figures, runs, worker_lanes(parser, flags));
#endif
    if (parser.isSet(flags.ascii)) {
        const AsciiLanes lanes = worker_lanes(parser, flags) ? AsciiLanes::Worker : AsciiLanes::Task;
        ok &= save_text(parser, flags.ascii,
                        ascii_diagrams(runs, ascii_width(parser, flags), false, lanes));
    }
    if (parser.isSet(flags.csv)) ok &= save_text(parser, flags.csv, run_set_to_csv(runs));
    if (parser.isSet(flags.chrome_trace))
        ok &= save_text(parser, flags.chrome_trace, run_set_to_chrome_trace(runs));
    return ok ? 0 : 1;
}

}  // namespace overlap::app
