// File ▸ Compare Two Runs… and File ▸ Compare with Open Run…: pick the run
// files, read them on worker threads (BackgroundLoad), and show the diff in
// its window (DiffView), reused by the next diff. A file that cannot be read
// is reported by name and leaves the diff on screen as it was.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

#include "model/run_record.hpp"

class QAction;
class QMainWindow;
class QMenu;

namespace overlap::ui {

class BackgroundLoad;
class ComparisonDocument;
class DiffView;
class FileActions;
class RunController;

class DiffActions : public QObject {
    Q_OBJECT

public:
    DiffActions(const RunController& controller, const ComparisonDocument& document,
                FileActions& files, QMainWindow& window);
    ~DiffActions() override;

    void addToFileMenu(QMenu* file);

    // Reads `before` (A) and `after` (B) in the background and shows B against
    // A; false (and nothing happens) while another pair is being read.
    bool compareFiles(const QString& before, const QString& after);
    // The runs on screen (B, the newer) against the run file `before` (A).
    bool compareWithOpen(const QString& before);
    bool isLoading() const { return m_before != nullptr; }

    // The diff's window once one was shown, until it is closed.
    DiffView* view() const;
    QAction* compareFilesAction() const { return m_compareFiles; }
    QAction* compareOpenAction() const { return m_compareOpen; }

signals:
    // A diff is on screen, or a file could not be read (and one stays as it was).
    void shown();
    void failed();

private:
    void updateActions();
    void chooseTwo();
    void chooseOne();
    BackgroundLoad* startLoad(const QString& path);
    void onLoadFinished();

    const RunController& m_controller;
    const ComparisonDocument& m_document;
    FileActions& m_files;
    QMainWindow& m_window;
    QAction* m_compareFiles;
    QAction* m_compareOpen;
    QPointer<DiffView> m_view;
    // The pair being read: B is a file too, or the runs that were on screen.
    BackgroundLoad* m_before = nullptr;
    BackgroundLoad* m_after = nullptr;
    std::optional<RunSet> m_screen;
    int m_reading = 0;
};

}  // namespace overlap::ui
