// The race replay as pictures: a comparison drawn at any clock time t, every
// run from its own start, bars grown up to t, a "now" line across each run and
// each run's header saying what it has done by then (or its makespan and
// finishing place once it is over). The video export asks it for one frame
// after another; the figure behind it is built once, so a frame costs a redraw.
#pragma once

#include <QImage>
#include <QSize>

#include <memory>

#include "model/run_record.hpp"
#include "ui/timeline/timeline_model.hpp"

namespace overlap::ui {

class RunSetFigure;

class ReplayFrames {
public:
    // Needs a QApplication (the timelines are widgets); an offscreen one will do.
    ReplayFrames(RunSet runs, LaneMode lanes = LaneMode::PerTask);
    ~ReplayFrames();
    ReplayFrames(const ReplayFrames&) = delete;
    ReplayFrames& operator=(const ReplayFrames&) = delete;

    // Seconds from the common start to the end of the longest run: a replay
    // runs t over [0, duration()].
    double duration() const;

    // The comparison at clock time t_s, `size` in logical pixels, on an image
    // of size * pixel_ratio device pixels (ARGB32 premultiplied).
    QImage render(double t_s, QSize size, double pixel_ratio = 1) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// One frame, for a caller that needs only one (it builds the figure each time).
QImage renderReplayFrame(const RunSet& runs, LaneMode lanes, double t_s, QSize size);

}  // namespace overlap::ui
