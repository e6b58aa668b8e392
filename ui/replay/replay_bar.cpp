#include "ui/replay/replay_bar.hpp"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

#include "ui/replay/replay_player.hpp"
#include "ui/theme/number_format.hpp"

namespace overlap::ui {

namespace {

// Slider steps over the race: finer than a pixel of any slider on screen.
constexpr int kSliderSteps = 10000;

QToolButton* buttonFor(QAction* action) {
    auto* button = new QToolButton;
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

}  // namespace

ReplayBar::ReplayBar(ReplayPlayer& player, QWidget* parent)
    : QWidget(parent),
      m_player(player),
      m_toggle(new QAction(tr("&Replay"), this)),
      m_slider(new QSlider(Qt::Horizontal)),
      m_time(new QLabel),
      m_speed(new QDoubleSpinBox),
      m_fitSeconds(new QSpinBox),
      m_fit(new QToolButton) {
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::Key_R));
    m_toggle->setToolTip(
        tr("Play every run again on one clock, as if they had started together (R)"));
    connect(m_toggle, &QAction::triggered, this, [this](bool on) {
        if (on) {
            if (!m_player.start()) m_toggle->setChecked(false);
        } else {
            m_player.stop();
        }
    });

    const QStyle* look = style();
    m_play = addKeyAction(tr("Play"), QKeySequence(Qt::Key_Space),
                          look->standardIcon(QStyle::SP_MediaPlay));
    m_start = addKeyAction(tr("To the start (Home)"), QKeySequence(Qt::Key_Home),
                           look->standardIcon(QStyle::SP_MediaSkipBackward));
    m_back = addKeyAction(tr("Previous event (Left)"), QKeySequence(Qt::Key_Left),
                          look->standardIcon(QStyle::SP_MediaSeekBackward));
    m_forward = addKeyAction(tr("Next event (Right)"), QKeySequence(Qt::Key_Right),
                             look->standardIcon(QStyle::SP_MediaSeekForward));
    m_end = addKeyAction(tr("To the end (End)"), QKeySequence(Qt::Key_End),
                         look->standardIcon(QStyle::SP_MediaSkipForward));
    auto* close = new QAction(look->standardIcon(QStyle::SP_DialogCloseButton),
                              tr("Close the replay (R)"), this);
    connect(m_play, &QAction::triggered, &m_player, &ReplayPlayer::togglePlaying);
    connect(m_start, &QAction::triggered, &m_player, &ReplayPlayer::toStart);
    connect(m_back, &QAction::triggered, &m_player, &ReplayPlayer::stepBack);
    connect(m_forward, &QAction::triggered, &m_player, &ReplayPlayer::stepForward);
    connect(m_end, &QAction::triggered, &m_player, &ReplayPlayer::toEnd);
    connect(close, &QAction::triggered, &m_player, &ReplayPlayer::stop);

    m_slider->setRange(0, kSliderSteps);
    m_slider->setToolTip(tr("Drag to move the clock"));
    // Keys belong to the bar's own shortcuts, whatever has the focus.
    m_slider->setFocusPolicy(Qt::NoFocus);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (m_showing || !m_player.clock()) return;
        m_player.seek(m_player.clock()->duration() * value / kSliderSteps);
    });

    m_speed->setDecimals(3);
    m_speed->setSuffix(QStringLiteral("\u00d7"));
    m_speed->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_speed->setRange(kMinReplaySpeed, kMaxReplaySpeed);
    m_speed->setToolTip(tr("Race seconds per second of replay"));
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, [this](double speed) {
        if (!m_showing) m_player.setSpeed(speed);
    });
    m_fitSeconds->setRange(1, ReplayPlayer::kMaxFitSeconds);
    m_fitSeconds->setValue(ReplayPlayer::kDefaultFitSeconds);
    m_fitSeconds->setSuffix(tr(" s"));
    m_fit->setText(tr("Fit to"));
    m_fit->setToolTip(tr("The speed at which the longest run plays in this many seconds"));
    connect(m_fit, &QToolButton::clicked, this, [this] { m_player.fitTo(m_fitSeconds->value()); });
    connect(m_fitSeconds, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (!m_showing) m_player.fitTo(seconds);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    for (QAction* action : {m_start, m_back, m_play, m_forward, m_end})
        layout->addWidget(buttonFor(action));
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Speed")));
    layout->addWidget(m_speed);
    layout->addWidget(m_fit);
    layout->addWidget(m_fitSeconds);
    layout->addWidget(buttonFor(close));

    connect(&m_player, &ReplayPlayer::changed, this, &ReplayBar::showState);
    connect(&m_player, &ReplayPlayer::started, this, [this] {
        m_toggle->setChecked(true);
        show();
        showState();
    });
    connect(&m_player, &ReplayPlayer::stopped, this, [this] {
        m_toggle->setChecked(false);
        hide();
    });
    hide();
}

QAction* ReplayBar::addKeyAction(const QString& text, const QKeySequence& key, const QIcon& icon) {
    auto* action = new QAction(icon, text, this);
    action->setShortcut(key);
    // On the whole window (the timelines have the focus), but only while the
    // bar shows: an action of a hidden widget takes no keys.
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void ReplayBar::updateEnabled() { m_toggle->setEnabled(m_player.active() || m_player.canStart()); }

void ReplayBar::showState() {
    const ReplayClock* clock = m_player.clock();
    if (!clock) return;
    const QScopedValueRollback guard(m_showing, true);
    const double duration = clock->duration();
    m_slider->setValue(
        duration > 0 ? static_cast<int>(std::lround(clock->time() / duration * kSliderSteps)) : 0);
    m_time->setText(tr("%1 / %2").arg(formatSeconds(clock->time()), formatSeconds(duration)));
    const bool playing = clock->playing();
    m_play->setText(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    // A fitted speed may lie outside what can be picked; the box still shows it.
    const double speed = clock->speed();
    m_speed->setRange(std::min(kMinReplaySpeed, speed), std::max(kMaxReplaySpeed, speed));
    m_speed->setDecimals(speed < 0.1 ? 4 : 2);
    m_speed->setValue(speed);
    m_fitSeconds->setValue(static_cast<int>(std::lround(m_player.fitSeconds())));
}

}  // namespace overlap::ui
