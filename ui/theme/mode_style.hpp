// How a mode is presented everywhere in the window: its name, its label with
// its concurrency, a run's caption and colour in the table, the timelines'
// captions, the charts and the figures.
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <vector>

#include "model/mode.hpp"
#include "model/run_plan.hpp"
#include "model/run_record.hpp"

namespace overlap::ui {

QString modeName(Mode mode);                        // "Thread pool"
QString modeLabel(const ModeConfig& config);        // "Thread pool · W=10"
QString modeConcurrency(const ModeConfig& config);  // "W=10", "1" for sequential
QColor modeColour(Mode mode);                       // the current theme's

// One caption per run: its label, then the traits that tell two runs in one
// mode apart, as the text formats name them: "Async · C=5", "Async · C=5 ·
// blocking call". Runs whose captions would still be equal are numbered in
// order: "Async · C=5 #1", "Async · C=5 #2".
QStringList runCaptions(const std::vector<PresetRun>& runs);
QStringList runCaptions(const RunPlan& plan);
// One colour per run: its mode's, in a shade of its own when the comparison
// has more than one run of that mode (lighter and darker around the mode's).
std::vector<QColor> runColours(const std::vector<PresetRun>& runs);
// What tells runs apart, for the runs of a comparison already recorded.
std::vector<PresetRun> runIdentities(const std::vector<const RunRecord*>& runs);
std::vector<PresetRun> runIdentities(const std::vector<RunRecord>& runs);

}  // namespace overlap::ui
