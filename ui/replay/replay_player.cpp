#include "ui/replay/replay_player.hpp"

#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <cmath>
#include <vector>

#include "ui/compare/compare_view.hpp"
#include "ui/replay/replay_status.hpp"

namespace overlap::ui {

namespace {

// One tick per frame the screen shows; 60 Hz where it does not say.
int frameIntervalMs() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double hz = screen && screen->refreshRate() > 1 ? screen->refreshRate() : 60;
    return std::max(1, static_cast<int>(std::floor(1000 / hz)));
}

}  // namespace

ReplayPlayer::ReplayPlayer(CompareView& compare, QObject* parent)
    : QObject(parent), m_compare(compare) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(frameIntervalMs());
    connect(&m_timer, &QTimer::timeout, this, &ReplayPlayer::tick);
    // A new comparison replaces the rows the replay draws on.
    connect(&m_compare, &CompareView::rowsReset, this, &ReplayPlayer::stop);
}

ReplayPlayer::~ReplayPlayer() = default;

bool ReplayPlayer::canStart() const {
    if (m_compare.rowCount() == 0) return false;
    for (int i = 0; i < m_compare.rowCount(); ++i) {
        if (!m_compare.finishedRun(i)) return false;
    }
    return true;
}

bool ReplayPlayer::start() {
    if (!canStart()) return false;
    std::vector<const RunRecord*> runs;
    for (int i = 0; i < m_compare.rowCount(); ++i) runs.push_back(m_compare.finishedRun(i));
    m_clock = std::make_unique<ReplayClock>(runs);
    m_clock->fitTo(m_fitSeconds);
    m_compare.fitAll();
    emit started();
    m_clock->play();
    m_sinceTick.start();
    m_timer.start();
    update();
    return true;
}

void ReplayPlayer::stop() {
    if (!m_clock) return;
    m_timer.stop();
    m_clock.reset();
    for (int i = 0; i < m_compare.rowCount(); ++i) {
        m_compare.timeline(i)->setReplayTime(std::nullopt);
        m_compare.setReplayStatus(i, std::nullopt);
    }
    emit stopped();
}

void ReplayPlayer::tick() {
    if (!m_clock) return;
    // The wall time really gone by, not the timer's interval: a slow frame
    // must not slow the race down.
    const double wall_s = static_cast<double>(m_sinceTick.nsecsElapsed()) * 1e-9;
    m_sinceTick.restart();
    m_clock->advance(wall_s);
    update();
}

void ReplayPlayer::update() {
    if (!m_clock) return;
    const double t = m_clock->time();
    for (int i = 0; i < m_compare.rowCount(); ++i) {
        m_compare.timeline(i)->setReplayTime(t);
        m_compare.setReplayStatus(
            i, replayStatus(m_clock->race().progress(static_cast<std::size_t>(i), t)));
    }
    if (m_clock->playing() && !m_timer.isActive()) {
        m_sinceTick.start();
        m_timer.start();
    } else if (!m_clock->playing()) {
        m_timer.stop();
    }
    emit changed();
}

void ReplayPlayer::togglePlaying() {
    if (!m_clock) return;
    m_clock->togglePlaying();
    update();
}

void ReplayPlayer::stepForward() {
    if (!m_clock) return;
    m_clock->stepForward();
    update();
}

void ReplayPlayer::stepBack() {
    if (!m_clock) return;
    m_clock->stepBack();
    update();
}

void ReplayPlayer::toStart() {
    if (!m_clock) return;
    m_clock->toStart();
    update();
}

void ReplayPlayer::toEnd() {
    if (!m_clock) return;
    m_clock->toEnd();
    update();
}

void ReplayPlayer::seek(double t_s) {
    if (!m_clock) return;
    m_clock->seek(t_s);
    update();
}

void ReplayPlayer::setSpeed(double speed) {
    if (!m_clock) return;
    m_clock->setSpeed(speed);
    emit changed();
}

void ReplayPlayer::fitTo(double seconds) {
    if (seconds != m_fitSeconds) {
        m_fitSeconds = seconds;
        emit fitChanged(seconds);
    }
    if (!m_clock) return;
    m_clock->fitTo(seconds);
    emit changed();
}

}  // namespace overlap::ui
