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

    // The comparison at clock time t_s on an image of `pixels` (RGB32), laid
    // out as still figures are (FigureSize: 1280 logical pixels wide, scaled
    // up for larger images), so a 1080p frame reads like a 720p one. A null
    // image when the size is out of FigureSize's bounds.
    QImage render(double t_s, QSize pixels) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// One frame, for a caller that needs only one (it builds the figure each time).
QImage renderReplayFrame(const RunSet& runs, LaneMode lanes, double t_s, QSize pixels);

}  // namespace overlap::ui
