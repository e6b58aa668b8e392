// `overlap export`'s pictures (PNG, SVG, PDF): the window's timelines drawn
// offscreen, so they need the GUI; only builds with it compile this. The text
// formats need none of it and stay in export_command.cpp.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include "model/run_record.hpp"
#include "model/sweep.hpp"

namespace overlap::app {

struct FigureFlags {
    FigureFlags();
    // png, svg, pdf: the timelines; charts_*: the window's Charts tab;
    // from, to, with_claim, with_table: what the timelines' figure shows.
    QCommandLineOption png, svg, pdf, charts_png, charts_svg, charts_pdf, width, height, scale, theme,
        from, to, with_claim, with_table;

    QList<QCommandLineOption> outputs() const {
        return {png, svg, pdf, charts_png, charts_svg, charts_pdf};
    }
    QList<QCommandLineOption> all() const {
        return outputs() << width << height << scale << theme << from << to << with_claim
                         << with_table;
    }
};

// Why the figure flags cannot be drawn ("--scale must be above 0 ..."), or empty.
QString figure_flags_problem(const QCommandLineParser& parser, const FigureFlags& flags);

// Makes --theme's theme (light when not given) the current one: the pictures
// and the videos are drawn in it alike. The flags must have been checked.
void use_theme_flag(const QCommandLineParser& parser, const FigureFlags& flags);

// Draws every figure asked for, the timelines one lane per task or
// (`worker_lanes`) per worker; prints why one failed and returns false.
bool save_figures(const QCommandLineParser& parser, const FigureFlags& flags, const RunSet& runs,
                  bool worker_lanes);

// A sweep file's curve: --png, --svg and --pdf draw the window's sweep chart
// (makespan and speed-up against the parameter). Prints why one failed and
// returns false.
bool save_sweep_figures(const QCommandLineParser& parser, const FigureFlags& flags,
                        const SweepResult& sweep);

}  // namespace overlap::app
