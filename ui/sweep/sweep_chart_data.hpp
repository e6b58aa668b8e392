// What the sweep chart plots, worked out from SweepCells by pure functions so
// the numbers and words are tested without drawing: which cells make each
// mode's line, whether the values step geometrically (a log2 axis), the axis
// label naming the parameter and its unit, the speed-up's spread over the
// repeats and the caption saying which cap held the ideal back.
#pragma once

#include <QString>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "analysis/sweep_table.hpp"
#include "model/sweep.hpp"

namespace overlap::ui {

// One mode's line: its cells in the order of their values.
struct SweepSeries {
    Mode mode = Mode::Sequential;
    std::vector<std::size_t> cells;  // indices into the cells given
};
// One series per mode, modes in the order they first appear (the spec's).
std::vector<SweepSeries> sweepSeries(const std::vector<SweepCell>& cells);

// Three or more positive values, each the same factor (> 1) times the one
// before: 1, 2, 4, 8. They read best on a log2 axis, evenly spaced.
bool isGeometric(std::vector<double> values);

// "concurrency (W, C, P)", "server delay per task (s)".
QString parameterAxisLabel(SweepParam param);
// A value as the axis and the caption name it: "4", "0.5 s", "20 ms".
QString parameterValueText(SweepParam param, double value);

// What a sweep is called in a window title or a figure: its preset's title,
// else "Concurrency sweep · 16 × /delay/0.5".
QString sweepTitle(const SweepResult& sweep);

// The speed-up of the slowest and fastest repeat, as the first value's median
// makespan over this value's longest and shortest; nullopt without a speed-up.
std::optional<std::pair<double, double>> speedUpSpread(const SweepCell& cell);

// Which cap held each mode's ideal back, in ideal_cap_text()'s words:
// "Thread pool: ideal capped by GIL: one at a time · Processes: ideal capped
// by 2 cores from 4". When no cap applied anywhere it says so: the ideal is
// then list scheduling over each mode's workers.
QString idealCapCaption(SweepParam param, const std::vector<SweepCell>& cells);

// What the chart and its picture print under the plots: the caps, then what
// the runs emulate and what is real; empty without cells.
QString sweepCaption(SweepParam param, const std::vector<SweepCell>& cells,
                     const QString& emulationNote);

// emulation_notes() for the sweep's spec, as the chart shows it.
QString sweepEmulationNote(const SweepSpec& spec);

}  // namespace overlap::ui
