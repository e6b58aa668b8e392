// Runs a comparison for the window: the chosen modes one after another, each
// in a RunSession. A 33 ms timer on the GUI thread drains the session and
// reports progress by signal, so core is only ever touched from this thread.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

#include "engine/run_session.hpp"
#include "model/preset.hpp"

namespace overlap::ui {

class RunController : public QObject {
    Q_OBJECT

public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    void setEngineOptions(EngineOptions options);
    const EngineOptions& engineOptions() const { return m_options; }

    // Runs `runs` in order on `workload`, each with its own mode and behaviour
    // (a preset may run async twice, with and without a blocking call); ignored
    // while a comparison runs.
    void start(Workload workload, std::vector<PresetRun> runs);
    // Stops the running mode and skips the rest; finished() follows shortly.
    void cancel();
    bool isRunning() const { return m_session != nullptr; }

    // Finished runs of the current or last comparison, in mode order. Their
    // addresses stay valid until the next start() or show().
    const std::deque<RunRecord>& runs() const { return m_runs; }
    const Workload& workload() const { return m_workload; }
    const std::vector<PresetRun>& plan() const { return m_plan; }

    // Makes `runs` (a saved comparison, an imported trace) the current one, as
    // if it had just run; false, and nothing changes, while a comparison runs.
    bool show(RunSet runs);
    // The current comparison as one file's worth: its workload, the server it
    // ran against, when it started (ISO 8601, UTC) and its finished runs.
    RunSet runSet() const;

signals:
    // `live` grows on every tick and stays valid until modeFinished(index).
    void modeStarted(int index, const overlap::RunRecord* live);
    void progress(int index, double elapsed_s, int finished_tasks, int total_tasks);
    // `run` is the final record with its summary, kept in runs().
    void modeFinished(int index, const overlap::RunRecord* run);
    void finished(bool cancelled);

private:
    void startNext();
    void tick();

    EngineOptions m_options;
    Workload m_workload;
    std::vector<PresetRun> m_plan;
    std::deque<RunRecord> m_runs;
    std::unique_ptr<RunSession> m_session;
    bool m_cancelled = false;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::string m_server;
    std::string m_recordedAt;
};

}  // namespace overlap::ui
