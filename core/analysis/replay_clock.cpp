#include "analysis/replay_clock.hpp"

#include <algorithm>

namespace overlap {

void ReplayClock::play() {
    if (atEnd()) m_time = 0;
    m_playing = true;
}

void ReplayClock::togglePlaying() {
    if (m_playing) {
        pause();
    } else {
        play();
    }
}

void ReplayClock::setSpeed(double speed) {
    m_speed = std::clamp(speed, kMinReplaySpeed, kMaxReplaySpeed);
}

double ReplayClock::fitTo(double seconds) {
    if (seconds > 0 && duration() > 0) m_speed = duration() / seconds;
    return m_speed;
}

void ReplayClock::advance(double wall_s) {
    if (!m_playing) return;
    m_time = std::min(duration(), m_time + raceSeconds(wall_s));
    if (atEnd()) m_playing = false;
}

void ReplayClock::seek(double t) { m_time = std::clamp(t, 0.0, duration()); }

void ReplayClock::stepForward() {
    m_playing = false;
    if (const auto next = m_race.nextEvent(m_time)) seek(*next);
}

void ReplayClock::stepBack() {
    m_playing = false;
    if (const auto previous = m_race.previousEvent(m_time)) seek(*previous);
}

}  // namespace overlap
