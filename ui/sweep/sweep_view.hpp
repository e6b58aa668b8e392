// The Sweep tab: the choices on the left, the chart of makespan and speed-up
// against the parameter on the right, filled value by value as the sweep
// runs. It keeps the sweep shown (run here or opened from a file); a click on
// a point asks the window to open that value's runs as a comparison.
#pragma once

#include <QWidget>

#include "model/sweep.hpp"

namespace overlap::ui {

class SweepChart;
class SweepController;
class SweepPanel;

class SweepView : public QWidget {
    Q_OBJECT

public:
    explicit SweepView(QWidget* parent = nullptr);

    // A finished sweep to show (opened from a file): the chart, and the
    // choices set to what ran it.
    void setSweep(SweepResult sweep);
    const SweepResult& sweep() const { return m_sweep; }
    bool hasSweep() const { return !m_sweep.points.empty(); }

    SweepPanel* panel() const { return m_panel; }
    SweepChart* chart() const { return m_chart; }
    SweepController* controller() const { return m_controller; }

signals:
    // The user clicked a point: open sweep().points[point].runs, `run` first in view.
    void pointOpened(int point, int run);
    void runningChanged(bool running);
    // The sweep shown changed: one finished, or one opened.
    void sweepChanged();
    void message(const QString& text);

private:
    void run();
    void showSoFar();
    void onFinished(bool cancelled);

    SweepPanel* m_panel;
    SweepChart* m_chart;
    SweepController* m_controller;
    SweepResult m_sweep;
};

}  // namespace overlap::ui
