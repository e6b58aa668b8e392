// The window's adaptor for the core SweepRunner, as RunController is for the
// ComparisonRunner: a timer on the GUI thread polls the runner against the
// window's embedded server and reports by signal, so core is only ever
// touched from this thread.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

#include "engine/sweep_runner.hpp"
#include "model/sweep.hpp"

namespace overlap::ui {

class SweepController : public QObject {
    Q_OBJECT

public:
    explicit SweepController(QObject* parent = nullptr);
    ~SweepController() override;

    void setEngineOptions(EngineOptions options) { m_options = std::move(options); }
    // The window's embedded server, kept for every sweep; nullptr once it died.
    void setServer(ServerProcess* server);

    // Runs `spec`; false (with failed()) when the runner cannot start, and
    // ignored while a sweep runs.
    bool start(SweepSpec spec);
    // Stops the run in progress and skips the rest; finished() follows shortly.
    void cancel();
    bool isRunning() const { return m_runner != nullptr; }

    // The values finished so far while running, then the whole sweep.
    const SweepResult& result() const;

signals:
    // On every tick: the value in progress (0-based) of `points`, and within
    // it the run in progress of `runs` with its tasks finished of `tasks`.
    void progress(int point, int points, int run, int runs, int finishedTasks, int tasks);
    // A value's runs are in result(): redraw.
    void pointFinished(int point);
    void finished(bool cancelled);
    // Why the sweep could not start or stopped early.
    void failed(const QString& message);

private:
    void tick();
    void finish();

    EngineOptions m_options;
    ServerProcess* m_server = nullptr;
    std::unique_ptr<SweepRunner> m_runner;
    SweepResult m_result;
    int m_runsPerPoint = 0;  // modes × repeats
    QTimer m_timer;
};

}  // namespace overlap::ui
