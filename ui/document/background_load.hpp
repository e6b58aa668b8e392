// Opens a run file or imports a Chrome trace on a worker thread, so a file of
// a million events never freezes the window. Progress comes back on the GUI
// thread at most once a percent; cancel() makes a trace import stop at its
// next progress report (a run file is read whole and its result dropped).
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <thread>

#include "model/run_record.hpp"
#include "model/sweep.hpp"

namespace overlap::ui {

enum class FileKind {
    RunFile,      // Overlap's own JSON
    ChromeTrace,  // Trace Event JSON: chrome://tracing, Perfetto, VizTracer
    Either,       // a run file, else a trace if it looks like one (drops, Open)
    Sweep,        // what Either turned out to be when it was a sweep file
};

class BackgroundLoad : public QObject {
    Q_OBJECT

public:
    BackgroundLoad(QString path, FileKind kind, QObject* parent = nullptr);
    // Cancels and waits for the worker thread.
    ~BackgroundLoad() override;

    const QString& path() const { return m_path; }
    void start();
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }

    // After finished(): why the file could not be read (empty if it was), what
    // it turned out to be, and its runs. An imported trace's workload is titled
    // after the file and recorded when the file was last written.
    const QString& error() const { return m_error; }
    FileKind loadedKind() const { return m_loadedKind; }
    RunSet takeRuns() { return std::move(m_runs); }
    SweepResult takeSweep() { return std::move(m_sweep); }

signals:
    void progress(int percent);
    void finished();

private:
    void load();  // on the worker thread
    RunSet importTrace(const std::string& text);
    void reportProgress(double fraction);

    QString m_path;
    FileKind m_kind;
    std::atomic<bool> m_cancel{false};
    int m_reportedPercent = -1;  // the worker thread's only
    std::thread m_thread;
    // Written by the worker before it posts finished(), read after.
    RunSet m_runs;
    SweepResult m_sweep;
    FileKind m_loadedKind;
    QString m_error;
};

}  // namespace overlap::ui
