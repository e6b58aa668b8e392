// File ▸ Export Charts… and Edit ▸ Copy Charts: the Charts tab as a picture
// (ChartsFigure), the way FileActions' Export… and Copy Image give the
// timelines. Kept apart from FileActions, which is about the comparison's
// files; both are enabled by the same rule: finished runs, nothing running
// or loading.
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace overlap::ui {

class ComparisonDocument;
class FileActions;
class RunController;
class Settings;

class ChartActions : public QObject {
    Q_OBJECT

public:
    // `files` names the files and says when one is being read; `window`
    // parents the dialogs and shows status messages.
    ChartActions(Settings& settings, const RunController& controller,
                 const ComparisonDocument& document, const FileActions& files, QMainWindow& window);

    // Export Charts… joins the File menu's export group (the actions before
    // its trailing separator); Copy Charts ends the Edit menu.
    void addToFileMenu(QMenu* file);
    void addToEditMenu(QMenu* edit);

    QAction* exportAction() const { return m_exportAction; }
    QAction* copyAction() const { return m_copyAction; }

    // Writes the charts to `path` as PNG, SVG or PDF by its extension, at the
    // size last chosen for export; a failure is reported in a message box.
    bool exportTo(const QString& path);
    void copy();
    void updateActions();

private:
    void chooseAndExport();
    void showStatus(const QString& message);

    Settings& m_settings;
    const RunController& m_controller;
    const ComparisonDocument& m_document;
    const FileActions& m_files;
    QMainWindow& m_window;
    QAction* m_exportAction;
    QAction* m_copyAction;
};

}  // namespace overlap::ui
