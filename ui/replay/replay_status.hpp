// What a run's header says during a replay, in the window and in its frames:
// "3 of 10 done · 4 in flight · 0.52 s" while it runs, "finished 2nd ·
// makespan 1.02 s" once it is over.
#pragma once

#include <QString>

#include "analysis/replay_race.hpp"

namespace overlap::ui {

// "1st", "2nd", "3rd", "4th", "11th", "22nd"...
QString ordinal(int place);
// Plain text; the window escapes it into its rich-text caption.
QString replayStatus(const RunProgress& progress);

}  // namespace overlap::ui
