#include "ui/run_controller.hpp"

#include <iterator>

#include "system/wall_clock.hpp"

namespace overlap::ui {

namespace {
// About 30 frames a second: smooth growth without drowning the GUI thread.
constexpr int kTickMs = 33;
}  // namespace

RunController::RunController(QObject* parent) : QObject(parent) {
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &RunController::tick);
}

RunController::~RunController() = default;

void RunController::setEngineOptions(EngineOptions options) { m_options = std::move(options); }

void RunController::start(Workload workload, std::vector<PresetRun> runs) {
    if (isRunning()) return;
    m_workload = std::move(workload);
    m_plan = std::move(runs);
    m_runs.clear();
    m_cancelled = false;
    m_server = m_options.server_base;
    m_recordedAt = utc_now_iso8601();
    startNext();
}

void RunController::cancel() {
    if (!m_session) return;
    m_cancelled = true;
    m_session->cancel();
}

bool RunController::show(RunSet runs) {
    if (isRunning()) return false;
    m_workload = std::move(runs.workload);
    m_plan.clear();
    for (const RunRecord& run : runs.runs) m_plan.push_back({run.config, run.behaviour});
    m_runs.assign(std::make_move_iterator(runs.runs.begin()),
                  std::make_move_iterator(runs.runs.end()));
    m_server = std::move(runs.server);
    m_recordedAt = std::move(runs.recorded_at);
    return true;
}

RunSet RunController::runSet() const {
    RunSet runs;
    runs.workload = m_workload;
    runs.server = m_server;
    runs.recorded_at = m_recordedAt;
    runs.runs.assign(m_runs.begin(), m_runs.end());
    return runs;
}

void RunController::startNext() {
    const auto index = m_runs.size();
    if (m_cancelled || index >= m_plan.size()) {
        m_timer.stop();
        emit finished(m_cancelled);
        return;
    }
    Workload workload = m_workload;
    workload.behaviour = m_plan[index].behaviour;
    m_session = std::make_unique<RunSession>(std::move(workload), m_plan[index].config, m_options);
    m_session->start();
    m_elapsed.start();
    emit modeStarted(static_cast<int>(index), &m_session->update());
    m_timer.start();
}

void RunController::tick() {
    if (!m_session) return;
    const int index = static_cast<int>(m_runs.size());
    // Read done() before draining, so the last events are always seen by this drain
    // or by result().
    const bool done = m_session->done();
    m_session->update();
    emit progress(index, m_elapsed.nsecsElapsed() * 1e-9,
                  static_cast<int>(m_session->finished_tasks()),
                  static_cast<int>(m_session->total_tasks()));
    if (!done) return;
    m_runs.push_back(m_session->result());
    // The live record dies with the session: views move to the final one first.
    emit modeFinished(index, &m_runs.back());
    m_session.reset();
    startNext();
}

}  // namespace overlap::ui
