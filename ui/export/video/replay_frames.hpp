// What the replay video is made of: a picture of the comparison at a clock
// time. The export only calls a ReplayFrameSource, so any renderer of the
// replay can feed it.
#pragma once

#include <QImage>
#include <QSize>

#include <functional>

#include "model/run_record.hpp"
#include "ui/timeline/timeline_model.hpp"

namespace overlap::ui {

// The comparison as it stands `clock_s` seconds into the shared replay
// clock, as an image of the video's size. Called on the GUI thread, once per
// frame, with the clock never going back.
using ReplayFrameSource = std::function<QImage(double clock_s)>;

// The frames every replay export uses (the command, the window, the
// benchmark): one place to choose the renderer. Today sweepFrames(); the race
// replay's own renderer (ui/replay, bars growing with per-run headers) takes
// its place once it is built.
ReplayFrameSource replayFrames(const RunSet& runs, LaneMode lanes, QSize pixels);

// The figure `overlap export --png` draws, finished once, with what lies
// right of the clock covered by the plot's background and a "now" line at the
// clock, so each run's bars appear as the line sweeps across every timeline
// at once. Cheap per frame: the figure is laid out and drawn only once.
// Needs a QApplication (the figure's timelines are widgets).
ReplayFrameSource sweepFrames(const RunSet& runs, LaneMode lanes, QSize pixels);

// The longest run's makespan: where every replay clock ends.
double replayEnd(const RunSet& runs);

}  // namespace overlap::ui
