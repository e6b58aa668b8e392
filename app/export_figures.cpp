// `overlap export --png/--svg/--pdf` and `--charts-png/-svg/-pdf`: the figure
// flags read and the window's timelines or charts drawn with them (see
// export_figures.hpp).
#include "export_figures.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <tuple>

#include <qcustomplot.h>

#include "ui/export/charts_figure.hpp"
#include "ui/export/figure_export.hpp"
#include "analysis/sweep_table.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/export/sweep_figure.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::app {

namespace {

struct Figure {
    ui::FigureSize size;
    ui::ThemeId theme = ui::kDefaultTheme;
    std::optional<QCPRange> range;  // --from/--to; none: the whole runs
};

// The figure the flags describe, or why they describe none.
struct Reading {
    Figure figure;
    QString problem;
};

std::optional<double> number_of(const QCommandLineParser& parser, const QCommandLineOption& option) {
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) return std::nullopt;
    return value;
}

Reading read_figure(const QCommandLineParser& parser, const FigureFlags& flags) {
    Reading reading;
    const auto bad = [&](const QString& problem) {
        reading.problem = problem;
        return reading;
    };
    const auto side = [&](const QCommandLineOption& option, int fallback, int* value) {
        if (!parser.isSet(option)) return *value = fallback, true;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok;
    };
    int width = 0;
    int height = 0;
    for (const auto& [option, fallback, value] :
         {std::tuple{&flags.width, ui::FigureSize::kDefaultWidth, &width},
          std::tuple{&flags.height, ui::FigureSize::kDefaultHeight, &height}}) {
        if (!side(*option, fallback, value)) {
            return bad(QStringLiteral("--%1 must be a whole number (got '%2')")
                           .arg(option->names().first(), parser.value(*option)));
        }
    }
    reading.figure.size.pixels = QSize(width, height);
    if (parser.isSet(flags.scale)) {
        const auto scale = number_of(parser, flags.scale);
        if (!scale) {
            return bad(QStringLiteral("--scale must be a number (got '%1')").arg(parser.value(flags.scale)));
        }
        if (*scale <= 0)
            return bad(QStringLiteral("--scale must be above 0 (got '%1')").arg(parser.value(flags.scale)));
        reading.figure.size.scale = *scale;
    }
    if (const QString problem = reading.figure.size.problem(); !problem.isEmpty()) return bad(problem);
    if (parser.isSet(flags.theme)) {
        const auto theme = ui::themeFromKey(parser.value(flags.theme));
        if (!theme) {
            return bad(QStringLiteral("--theme must be 'light', 'dark' or 'high-contrast' (got '%1')")
                           .arg(parser.value(flags.theme)));
        }
        reading.figure.theme = *theme;
    }
    // A window's zoom, given in seconds: both ends, the later after the earlier.
    if (parser.isSet(flags.from) || parser.isSet(flags.to)) {
        std::optional<double> ends[2];
        for (int i = 0; i < 2; ++i) {
            const QCommandLineOption& option = i == 0 ? flags.from : flags.to;
            const QString name = option.names().first();
            if (!parser.isSet(option)) {
                return bad(QStringLiteral("--%1 needs --%2 too: the range has two ends")
                               .arg(i == 0 ? QStringLiteral("to") : QStringLiteral("from"), name));
            }
            ends[i] = number_of(parser, option);
            if (!ends[i] || *ends[i] < 0) {
                return bad(QStringLiteral("--%1 must be seconds from 0 up (got '%2')")
                               .arg(name, parser.value(option)));
            }
        }
        if (*ends[1] <= *ends[0]) {
            return bad(QStringLiteral("--to must be after --from (got %1 to %2)")
                           .arg(parser.value(flags.from), parser.value(flags.to)));
        }
        reading.figure.range = QCPRange(*ends[0], *ends[1]);
    }
    return reading;
}

// Writes the figure `make` lays out to each of png, svg and pdf given; it is
// laid out only when one of them is. Prints why a file failed; false then.
template <typename Make>
bool save_each(const QCommandLineParser& parser, const ui::FigureSize& size, Make make,
               const QCommandLineOption& png, const QCommandLineOption& svg,
               const QCommandLineOption& pdf) {
    if (!parser.isSet(png) && !parser.isSet(svg) && !parser.isSet(pdf)) return true;
    auto drawn = make();
    bool ok = true;
    const auto save = [&](const QCommandLineOption& option, auto writer) {
        if (!parser.isSet(option)) return;
        const ui::ExportResult result = writer(*drawn, parser.value(option), size);
        if (result.ok()) return;
        std::fprintf(stderr, "overlap export: %s\n", qPrintable(result.error()));
        ok = false;
    };
    save(png, ui::savePng);
    save(svg, ui::saveSvg);
    save(pdf, ui::savePdf);
    return ok;
}

}  // namespace

FigureFlags::FigureFlags()
    : png(QStringLiteral("png"), QStringLiteral("Draw the runs as a PNG image."), QStringLiteral("FILE")),
      svg(QStringLiteral("svg"), QStringLiteral("Draw the runs as an SVG image (vector)."), QStringLiteral("FILE")),
      pdf(QStringLiteral("pdf"), QStringLiteral("Draw the runs on a one-page PDF (vector)."), QStringLiteral("FILE")),
      charts_png(QStringLiteral("charts-png"),
                 QStringLiteral("Draw the window's charts (tasks in flight over time, latency "
                                "histogram, makespans) as a PNG image."),
                 QStringLiteral("FILE")),
      charts_svg(QStringLiteral("charts-svg"), QStringLiteral("Draw the charts as an SVG image (vector)."),
                 QStringLiteral("FILE")),
      charts_pdf(QStringLiteral("charts-pdf"), QStringLiteral("Draw the charts on a one-page PDF (vector)."),
                 QStringLiteral("FILE")),
      width(QStringLiteral("width"),
            QStringLiteral("Figure width in pixels (default %1).").arg(ui::FigureSize::kDefaultWidth),
            QStringLiteral("W")),
      height(QStringLiteral("height"),
             QStringLiteral("Figure height in pixels (default %1).").arg(ui::FigureSize::kDefaultHeight),
             QStringLiteral("H")),
      scale(QStringLiteral("scale"),
            QStringLiteral("Pixels per layout pixel: text and bars grow with it (default W/%1, at "
                           "least 1). SVG and PDF pages are W/S by H/S.")
                .arg(ui::FigureSize::kLayoutWidth),
            QStringLiteral("S")),
      theme(QStringLiteral("theme"),
            QStringLiteral("Colours of the pictures: 'light' (dark on white, the default), 'dark' "
                           "or 'high-contrast' (white on black), as View > Theme in the window."),
            QStringLiteral("NAME")),
      from(QStringLiteral("from"),
           QStringLiteral("Draw the timelines from this many seconds into the runs (with --to), "
                          "as a zoomed window shows them."),
           QStringLiteral("S")),
      to(QStringLiteral("to"), QStringLiteral("Draw the timelines up to this many seconds (with --from)."),
         QStringLiteral("S")),
      with_claim(QStringLiteral("with-claim"),
                 QStringLiteral("Above the timelines: the preset's title, claim and each check's "
                                "verdict, as the window's claim strip (preset runs only).")),
      with_table(QStringLiteral("with-table"),
                 QStringLiteral("Below the timelines: the summary table (makespan, ideal, "
                                "speed-up, efficiency, p50, p95, errors).")) {}

QString figure_flags_problem(const QCommandLineParser& parser, const FigureFlags& flags) {
    return read_figure(parser, flags).problem;
}

void use_theme_flag(const QCommandLineParser& parser, const FigureFlags& flags) {
    ui::setCurrentTheme(read_figure(parser, flags).figure.theme);
}

bool save_figures(const QCommandLineParser& parser, const FigureFlags& flags, const RunSet& runs,
                  bool worker_lanes) {
    const QList<QCommandLineOption> outputs = flags.outputs();
    if (std::none_of(outputs.begin(), outputs.end(),
                     [&](const QCommandLineOption& option) { return parser.isSet(option); }))
        return true;
    const Figure figure = read_figure(parser, flags).figure;
    if (parser.isSet(flags.with_claim) && !runs.preset) {
        std::fprintf(stderr,
                     "overlap export: --with-claim: these runs are not a preset's, so there is "
                     "no claim to draw\n");
        return false;
    }
    bool ok = save_each(parser, figure.size, [&] {
        auto drawn = std::make_unique<ui::RunSetFigure>(
            runs, worker_lanes ? ui::LaneMode::PerWorker : ui::LaneMode::PerTask);
        drawn->setTimeRange(figure.range);
        drawn->setClaimShown(parser.isSet(flags.with_claim));
        drawn->setTableShown(parser.isSet(flags.with_table));
        return drawn;
    }, flags.png, flags.svg, flags.pdf);
    ok &= save_each(parser, figure.size, [&] { return std::make_unique<ui::ChartsFigure>(runs); },
                    flags.charts_png, flags.charts_svg, flags.charts_pdf);
    return ok;
}

bool save_sweep_figures(const QCommandLineParser& parser, const FigureFlags& flags,
                        const SweepResult& sweep) {
    const Figure figure = read_figure(parser, flags).figure;
    return save_each(parser, figure.size, [&] {
        return std::make_unique<ui::SweepFigure>(sweep);
    }, flags.png, flags.svg, flags.pdf);
}

}  // namespace overlap::app
