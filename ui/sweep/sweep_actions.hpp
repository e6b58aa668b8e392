// File ▸ Save Sweep… and Export Sweep Chart…: the sweep shown in the Sweep
// tab as a sweep file (opened again by File ▸ Open) or as a PNG, SVG or PDF
// picture (SweepFigure). Kept apart from FileActions, which is about the
// comparison's files; enabled while a finished sweep is shown.
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace overlap::ui {

class Settings;
class SweepView;

class SweepActions : public QObject {
    Q_OBJECT

public:
    SweepActions(Settings& settings, const SweepView& view, QMainWindow& window);

    // Both join the File menu's group before its trailing separator.
    void addToFileMenu(QMenu* file);

    QAction* saveAction() const { return m_saveAction; }
    QAction* exportAction() const { return m_exportAction; }

    // Writes the sweep to `path`; a failure is reported in a message box.
    bool saveTo(const QString& path);
    // The chart as PNG, SVG or PDF by the extension, at the size last chosen for export.
    bool exportTo(const QString& path);
    void updateActions();

private:
    void chooseAndSave();
    void chooseAndExport();
    void showProblem(const QString& text, const QString& problem);
    void showStatus(const QString& message);

    Settings& m_settings;
    const SweepView& m_view;
    QMainWindow& m_window;
    QAction* m_saveAction;
    QAction* m_exportAction;
};

}  // namespace overlap::ui
