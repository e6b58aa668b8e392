// The replay's controls in one strip: play/pause (Space), step to the
// previous or next event (Left / Right), jump to start or end (Home / End), a
// scrub slider, the speed, "fit to N seconds" and close. It sits under the
// compare view's rows, so wherever the compare view is shown (the window, the
// presentation view) the controls and their keys come along; it is hidden
// while no replay runs, and its keys are live only while it shows.
#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QWidget>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace overlap::ui {

class ReplayPlayer;

class ReplayBar : public QWidget {
    Q_OBJECT
public:
    explicit ReplayBar(ReplayPlayer& player, QWidget* parent = nullptr);

    // View ▸ Replay (R): checked while a replay runs; for the window's menu
    // and toolbar. Enabled when there is a finished comparison to replay.
    QAction* toggleAction() const { return m_toggle; }
    // Call when the comparison on screen may have become replayable or not.
    void updateEnabled();

    QAction* playAction() const { return m_play; }
    QAction* stepBackAction() const { return m_back; }
    QAction* stepForwardAction() const { return m_forward; }
    QAction* toStartAction() const { return m_start; }
    QAction* toEndAction() const { return m_end; }
    QSlider* slider() const { return m_slider; }

private:
    QAction* addKeyAction(const QString& text, const QKeySequence& key, const QIcon& icon);
    void showState();

    ReplayPlayer& m_player;
    QAction* m_toggle;
    QAction* m_play = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_start = nullptr;
    QAction* m_end = nullptr;
    QSlider* m_slider;
    QLabel* m_time;
    QDoubleSpinBox* m_speed;
    QSpinBox* m_fitSeconds;
    QToolButton* m_fit;
    bool m_showing = false;  // the widgets are being set from the clock, not by the user
};

}  // namespace overlap::ui
