#include "ui/replay/replay_frames.hpp"

#include <QStringList>

#include "analysis/replay_race.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/replay/replay_status.hpp"
#include "ui/timeline/timeline_view.hpp"

namespace overlap::ui {

struct ReplayFrames::State {
    State(RunSet runs, LaneMode lanes) : race(runs.runs), figure(std::move(runs), lanes) {}
    ReplayRace race;
    // Mutable: a frame moves the figure's clock, which is no change to the replay.
    mutable RunSetFigure figure;
};

ReplayFrames::ReplayFrames(RunSet runs, LaneMode lanes)
    : m_state(std::make_unique<State>(std::move(runs), lanes)) {}

ReplayFrames::~ReplayFrames() = default;

double ReplayFrames::duration() const { return m_state->race.duration(); }

QImage ReplayFrames::render(double t_s, QSize pixels) const {
    RunSetFigure& figure = m_state->figure;
    QStringList captions;
    for (int i = 0; i < figure.runCount(); ++i) {
        figure.timeline(i).setReplayTime(t_s);
        captions << replayStatus(m_state->race.progress(static_cast<std::size_t>(i), t_s));
    }
    figure.setCaptions(captions);
    FigureSize size;
    size.pixels = pixels;
    return renderFigure(figure, size);
}

QImage renderReplayFrame(const RunSet& runs, LaneMode lanes, double t_s, QSize pixels) {
    return ReplayFrames(runs, lanes).render(t_s, pixels);
}

}  // namespace overlap::ui
