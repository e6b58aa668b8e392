// Drives a race replay on the compare view on screen: owns the replay clock,
// moves it at the display's frame rate while playing, and after every move
// cuts each row's timeline at the clock and says in its caption what the run
// has done by then. Knows nothing of buttons: the replay bar, tests and the
// presentation view all steer it through these calls.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

#include "analysis/replay_clock.hpp"

namespace overlap::ui {

class CompareView;

class ReplayPlayer : public QObject {
    Q_OBJECT
public:
    // The race is fitted to this many seconds when a replay starts, until the
    // user fits it to another length: long enough to follow a one-second run,
    // short enough not to bore with a long one.
    static constexpr int kDefaultFitSeconds = 10;
    static constexpr int kMaxFitSeconds = 600;

    explicit ReplayPlayer(CompareView& compare, QObject* parent = nullptr);
    ~ReplayPlayer() override;

    // Every row of the compare view holds a finished run.
    bool canStart() const;
    // From t = 0, fitted to fitSeconds(), playing. False when it cannot.
    bool start();
    // The timelines and captions as they were.
    void stop();
    bool active() const { return m_clock != nullptr; }
    // Null when not active.
    const ReplayClock* clock() const { return m_clock.get(); }

    void togglePlaying();
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    void seek(double t_s);
    void setSpeed(double speed);
    // Plays the whole race in `seconds`, now if a replay runs, and in every
    // replay started from now on.
    void fitTo(double seconds);
    double fitSeconds() const { return m_fitSeconds; }

signals:
    void started();
    void stopped();
    // The clock moved, or started or stopped playing, or changed speed.
    void changed();
    // fitTo() chose a new length, to remember.
    void fitChanged(double seconds);

private:
    void tick();
    void update();

    CompareView& m_compare;
    std::unique_ptr<ReplayClock> m_clock;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_fitSeconds = kDefaultFitSeconds;
};

}  // namespace overlap::ui
