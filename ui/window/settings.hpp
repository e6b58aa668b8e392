// What the window remembers between sessions: every workload panel field, the
// preset, the lane mode, the theme, the text zoom, the replay's length, the
// window's geometry and dock layout, the recently opened files and the export
// dialog's folder and sizes.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

#include "ui/export/figure_export.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/timeline_model.hpp"
#include "ui/workload/workload_form.hpp"

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

    ThemeId theme() const;  // kDefaultTheme when unset or unknown
    void setTheme(ThemeId id);

    // The window's text zoom, 1 = the desktop's size; TextZoom bounds it.
    double textZoom() const;
    void setTextZoom(double factor);

    // How many seconds a replay takes to play the whole race, as last fitted.
    double replayFitSeconds() const;
    void setReplayFitSeconds(double seconds);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // Files opened or saved, most recent first, each once (as an absolute
    // path), at most kMaxRecentFiles.
    static constexpr int kMaxRecentFiles = 8;
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

    // What the export dialog was last given: its folder, the figure's size and
    // the text timelines' width in columns.
    static constexpr int kDefaultAsciiWidth = 100;
    QString exportFolder() const;
    void setExportFolder(const QString& folder);
    FigureSize exportSize() const;
    void setExportSize(const FigureSize& size);
    int asciiWidth() const;
    void setAsciiWidth(int columns);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace overlap::ui
