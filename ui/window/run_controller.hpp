// The window's adaptor for the core ComparisonRunner: a 33 ms timer on the GUI
// thread polls the runner, records each finished run into the open document
// and reports by signal, so core is only ever touched from this thread.
#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

#include "engine/comparison_runner.hpp"

namespace overlap::ui {

class ComparisonDocument;

class RunController : public QObject {
    Q_OBJECT

public:
    // Records into `document`, which must outlive the controller.
    explicit RunController(ComparisonDocument& document, QObject* parent = nullptr);
    ~RunController() override;

    void setEngineOptions(EngineOptions options);
    const EngineOptions& engineOptions() const { return m_options; }
    // The embedded server the window started and keeps for every comparison
    // (its base URL becomes the engine's): each comparison checks it is still
    // alive, and once it has died, {server} workloads are refused.
    void setServer(ServerProcess* server);

    // Runs `plan` into a new recording of the document; ignored while a comparison runs.
    void start(RunPlan plan);
    // Stops the running mode and skips the rest; finished() follows shortly.
    void cancel();
    bool isRunning() const { return m_runner != nullptr; }

signals:
    // `live` grows on every tick and stays valid until modeFinished(index).
    void modeStarted(int index, const overlap::RunRecord* live);
    // Between modeStarted(index) and modeFinished(index), on every tick.
    void progress(int index, double elapsed_s, int finished_tasks, int total_tasks);
    // `run` is the final record with its summary, kept in the document.
    void modeFinished(int index, const overlap::RunRecord* run);
    void finished(bool cancelled);
    // Before finished(): why the comparison stopped early. The server is
    // forgotten, so engineOptions().server_base is empty from now on.
    void serverDied(const QString& message);

private:
    void announceStart();
    void tick();

    ComparisonDocument& m_document;
    EngineOptions m_options;
    ServerProcess* m_server = nullptr;
    std::unique_ptr<ComparisonRunner> m_runner;
    QTimer m_timer;
};

}  // namespace overlap::ui
