// The Sweep tab's choices: which parameter to vary and over which values (the
// text `overlap sweep --values` takes: "1,2,4" or "1..64x2"), the modes, the
// base workload (tasks of the embedded server's /delay/, CPU work, the GIL),
// the concurrency when it is not what varies, and the repeats. Bad values
// text is refused where it is typed, in core's words, and Run Sweep waits
// until the spec can run.
#pragma once

#include <QWidget>

#include <array>
#include <optional>

#include "model/sweep.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace overlap::ui {

class SweepPanel : public QWidget {
    Q_OBJECT

public:
    explicit SweepPanel(QWidget* parent = nullptr);

    // What the fields describe, or nullopt while problem() says why not.
    std::optional<SweepSpec> spec() const;
    QString problem() const;
    // The fields set to what ran `spec` (a sweep opened from a file).
    void setSpec(const SweepSpec& spec);

    // Inputs are read-only and Cancel works while a sweep runs.
    void setRunning(bool running);
    // Another run holds the server (a comparison): Run Sweep waits.
    void setBlocked(bool blocked);
    // "Value 3 of 6 · run 2 of 4 · 12 / 32 tasks".
    void showProgress(int point, int points, int run, int runs, int finishedTasks, int tasks);
    void clearProgress();

    // The parts tests drive.
    QComboBox* parameterBox() const { return m_param; }
    QLineEdit* valuesEdit() const { return m_values; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QCheckBox* modeBox(Mode mode) const { return m_modes[static_cast<std::size_t>(mode)]; }
    QSpinBox* tasksSpin() const { return m_tasks; }
    QDoubleSpinBox* delaySpin() const { return m_delay; }
    QSpinBox* repeatSpin() const { return m_repeat; }
    QLabel* progressLabel() const { return m_progressText; }

signals:
    void runRequested();
    void cancelRequested();

private:
    SweepParam param() const;
    // Fills `spec` from the fields; why it cannot run, in core's words, or empty.
    QString read(SweepSpec& spec) const;
    void validate();
    void updateEnabled();

    QComboBox* m_param;
    QLineEdit* m_values;
    QLabel* m_problem;
    std::array<QCheckBox*, 4> m_modes{};
    QSpinBox* m_tasks;
    QDoubleSpinBox* m_delay;
    QDoubleSpinBox* m_cpu;
    QCheckBox* m_gil;
    QSpinBox* m_concurrency;
    QSpinBox* m_repeat;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    bool m_running = false;
    bool m_blocked = false;
    bool m_valid = false;
};

}  // namespace overlap::ui
