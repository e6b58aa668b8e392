// The optional panels of a figure: above the timelines, the preset's claim
// with each check's verdict as the claim strip marks it; below them, the
// window's summary table. Each is measured for a width, then painted into
// the rect it was given, in the current theme's colours.
#pragma once

#include <QFont>
#include <QRect>

#include "model/run_record.hpp"

class QPainter;

namespace overlap::ui {

// The preset's title, its claim (wrapped) and one line per check verdict.
int claimPanelHeight(const PresetRecord& preset, const QFont& font, int width);
void paintClaimPanel(QPainter& painter, const PresetRecord& preset, const QFont& font,
                     const QRect& rect);

// Mode, makespan, ideal, speed-up, efficiency, p50, p95 and errors per run,
// the text of the window's summary table.
int summaryPanelHeight(const RunSet& runs, const QFont& font);
void paintSummaryPanel(QPainter& painter, const RunSet& runs, const QFont& font,
                       const QRect& rect);

}  // namespace overlap::ui
