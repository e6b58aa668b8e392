// How a preset shows in the window: the workload panel's fields as far as they
// can say what the preset runs, and a caption per run that tells two runs in
// the same mode apart. Pure functions, tested without widgets.
#pragma once

#include <QStringList>

#include "model/preset.hpp"
#include "ui/workload_form.hpp"

namespace overlap::ui {

// The form nearest to the preset. Identical tasks on an embedded-server
// endpoint become the server target; anything else becomes a URL list (empty
// for CPU-only tasks). Each mode the preset runs is checked, with its first
// run's concurrency; the behaviour switches are the workload's, not a run's own.
WorkloadForm preset_form(const Preset& preset);

// One compare-view caption per run: "Async · C=5", "Async · C=5 · with blocking calls".
QStringList preset_run_captions(const Preset& preset);

}  // namespace overlap::ui
