// How a preset shows in the window: the workload panel's fields as far as they
// can say what the preset runs. A pure function, tested without widgets.
#pragma once

#include "model/preset.hpp"
#include "ui/workload/workload_form.hpp"

namespace overlap::ui {

// The form nearest to the preset. Identical tasks on an embedded-server
// endpoint become the server target; anything else becomes a URL list (empty
// for CPU-only tasks). Each mode the preset runs is checked, with its first
// run's concurrency; the behaviour switches are the workload's, not a run's own.
WorkloadForm preset_form(const Preset& preset);

}  // namespace overlap::ui
