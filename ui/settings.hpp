// What the window remembers between sessions: every workload panel field, the preset,
// the lane mode, and the window's geometry and dock layout.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

#include "ui/timeline/timeline_model.hpp"
#include "ui/workload_form.hpp"

class QSettings;

namespace overlap::ui {

class Settings {
public:
    Settings();                                  // the user's settings
    explicit Settings(const QString& ini_file);  // a given file: tests, portable use
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // Missing entries fall back to WorkloadForm's defaults; the panel clamps the rest.
    WorkloadForm workloadForm() const;
    void setWorkloadForm(const WorkloadForm& form);

    // The preset chosen in the picker; empty for a custom workload.
    QString presetName() const;
    void setPresetName(const QString& name);

    LaneMode laneMode() const;
    void setLaneMode(LaneMode mode);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace overlap::ui
