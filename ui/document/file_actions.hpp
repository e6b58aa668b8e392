// The window's File and Edit actions on the current comparison: open a run
// file or import a Chrome trace (in the background, with progress and
// Cancel), Open Recent, drag and drop, save it as a run file, export it (as
// pictures and text, or its replay as a video), copy
// it to the clipboard. The comparison itself lives in the ComparisonDocument; a
// file that cannot be read is reported and leaves it as it was.
#pragma once

#include <QObject>
#include <QString>

#include "model/sweep.hpp"
#include "ui/document/background_load.hpp"

class QAction;
class QMainWindow;
class QMenu;
class QProgressDialog;

namespace overlap::ui {

class CompareView;
class ComparisonDocument;
class RunController;
class Settings;

class FileActions : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs, takes dropped files and shows status
    // messages; `compare` says which lanes exported pictures use.
    FileActions(Settings& settings, const RunController& controller, ComparisonDocument& document,
                const CompareView& compare, QMainWindow& window);
    ~FileActions() override;

    void addToFileMenu(QMenu* file);
    void addToEditMenu(QMenu* edit);

    // Starts reading `path` in the background; false (and nothing happens)
    // while a comparison runs or another file is being read.
    bool open(const QString& path, FileKind kind = FileKind::Either);
    // Shows `runs` (a sweep's point) as the comparison, with no file, so Save
    // asks where; false while a comparison runs or a file is being read.
    bool openRuns(RunSet runs);
    bool isLoading() const { return m_load != nullptr; }
    // Writes the current comparison to `path` as a run file; a failure is
    // reported in a message box.
    bool saveTo(const QString& path);
    // The run file the comparison was opened from or last saved to; empty for
    // a new run or an imported trace, which Save asks a name for.
    const QString& currentFile() const;
    // A file name without extension for what is shown: the run file's, else
    // the workload title made safe ("10-delay-1"). Exports suggest it.
    QString baseName() const;
    // Where a file dialog starts: the open file's folder, else the last one opened.
    QString startFolder() const;
    // A warning box over the window that does not block it: `text` above `problem`.
    void showProblem(const QString& text, const QString& problem);

    QAction* openAction() const { return m_openAction; }
    QAction* importAction() const { return m_importAction; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* saveAsAction() const { return m_saveAsAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* exportReplayAction() const { return m_exportReplayAction; }
    QAction* copyImageAction() const { return m_copyImageAction; }
    QAction* copyAsciiAction() const { return m_copyAsciiAction; }
    QMenu* recentMenu() const { return m_recentMenu; }

signals:
    // The controller shows a comparison read from a file: redraw every view.
    void opened();
    // Open read a sweep file rather than a comparison: the Sweep tab shows it.
    void sweepOpened(const overlap::SweepResult& sweep);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void updateActions();
    void rebuildRecentMenu();
    void openRecent(const QString& path);
    void chooseAndOpen(FileKind kind);
    void onLoadFinished();
    void save();
    void saveAs();
    void showExportDialog();
    void showExportReplayDialog();
    void copyImage();
    void copyAscii();
    bool hasComparison() const;
    void showStatus(const QString& message);

    Settings& m_settings;
    const RunController& m_controller;
    ComparisonDocument& m_document;
    const CompareView& m_compare;
    QMainWindow& m_window;
    BackgroundLoad* m_load = nullptr;
    QProgressDialog* m_progress = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportReplayAction = nullptr;
    QAction* m_copyImageAction = nullptr;
    QAction* m_copyAsciiAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

}  // namespace overlap::ui
