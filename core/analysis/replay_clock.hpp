// The one clock a race replay runs on: a position in the race's time, moved
// by the wall clock at a chosen speed while playing, or set directly (scrub,
// step to the next or previous event, jump to either end). Plain data driven
// from outside: the window feeds it the time between frames, a video export
// its frame interval.
#pragma once

#include "analysis/replay_race.hpp"

namespace overlap {

// The speeds a user picks from. Fitting a run to a duration may go beyond
// them: a 20 ms run watched over 8 s needs 0.0025x.
inline constexpr double kMinReplaySpeed = 0.1;
inline constexpr double kMaxReplaySpeed = 10;

class ReplayClock {
public:
    explicit ReplayClock(const std::vector<const RunRecord*>& runs) : m_race(runs) {}
    explicit ReplayClock(const std::vector<RunRecord>& runs) : m_race(runs) {}

    const ReplayRace& race() const { return m_race; }
    double time() const { return m_time; }
    double duration() const { return m_race.duration(); }
    bool playing() const { return m_playing; }
    bool atEnd() const { return m_time >= duration(); }
    double speed() const { return m_speed; }

    // Playing from the end starts over: a replay that ran out is watched again.
    void play();
    void pause() { m_playing = false; }
    void togglePlaying();

    // Clamped to [kMinReplaySpeed, kMaxReplaySpeed].
    void setSpeed(double speed);
    // The speed at which the whole race (the longest run) plays in `seconds`
    // of wall time; returns it. An empty race keeps its speed.
    double fitTo(double seconds);
    // Race seconds that `wall_s` of wall time covers at the current speed.
    double raceSeconds(double wall_s) const { return wall_s * m_speed; }

    // Moves on by wall_s of wall time if playing; stops at the end.
    void advance(double wall_s);
    // Clamped to [0, duration()]. Scrubbing does not pause.
    void seek(double t);
    void toStart() { seek(0); }
    void toEnd() { seek(duration()); }
    // To the next or previous event of any run, pausing: a step is for
    // looking. Stays put when there is none.
    void stepForward();
    void stepBack();

private:
    ReplayRace m_race;
    double m_time = 0;
    double m_speed = 1;
    bool m_playing = false;
};

}  // namespace overlap
