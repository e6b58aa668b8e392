// The left-hand panel: what to run (target, tasks, CPU work, timeout), which
// modes with how much concurrency, and the behaviour switches. It edits a
// WorkloadForm; the window turns that into the engine's Workload.
#pragma once

#include <QWidget>

#include "ui/workload/workload_form.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace overlap::ui {

class WorkloadPanel : public QWidget {
    Q_OBJECT

public:
    explicit WorkloadPanel(QWidget* parent = nullptr);

    WorkloadForm form() const;
    void setForm(const WorkloadForm& form);

    // Without the embedded server only URL lists can run.
    void setServerAvailable(bool available);
    // Inputs are read-only while a comparison runs.
    void setRunning(bool running);
    // The preset picker goes at the top of the panel, read-only with the rest.
    void setPresetPicker(QWidget* picker);

signals:
    void formChanged();

private:
    QGroupBox* buildTarget();
    QGroupBox* buildTasks();
    QGroupBox* buildModes();
    QGroupBox* buildBehaviour();
    void updateEnabled();

    QVBoxLayout* m_layout;
    QWidget* m_presetPicker = nullptr;
    bool m_serverAvailable = true;
    bool m_running = false;

    QRadioButton* m_serverTarget;
    QRadioButton* m_urlTarget;
    QDoubleSpinBox* m_delay;
    QDoubleSpinBox* m_jitter;
    QSpinBox* m_bytes;
    QComboBox* m_status;
    QPlainTextEdit* m_urls;
    QWidget* m_serverFields;

    QSpinBox* m_tasks;
    QDoubleSpinBox* m_cpuMs;
    QDoubleSpinBox* m_timeout;

    std::array<QCheckBox*, 4> m_modeEnabled;
    std::array<QSpinBox*, 4> m_concurrency;  // null for sequential

    QCheckBox* m_gil;
    QDoubleSpinBox* m_interpreterMs;
    QCheckBox* m_blockingInAsync;
    QCheckBox* m_offload;
};

}  // namespace overlap::ui
