// The window's sweep: the core runner polled by a timer, like RunController.
#include "ui/sweep/sweep_controller.hpp"

#include <algorithm>
#include <exception>

#include "server/server_process.hpp"

namespace overlap::ui {

namespace {
// Progress only: the chart redraws once per value, not per tick.
constexpr int kTickMs = 50;
}  // namespace

SweepController::SweepController(QObject* parent) : QObject(parent) {
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SweepController::tick);
}

SweepController::~SweepController() = default;

void SweepController::setServer(ServerProcess* server) {
    m_server = server;
    m_options.server_base = server ? server->base_url() : std::string();
}

bool SweepController::start(SweepSpec spec) {
    if (isRunning()) return false;
    m_runsPerPoint = static_cast<int>(spec.modes.size()) * std::max(spec.repeat, 0);
    m_runner = m_server ? std::make_unique<SweepRunner>(std::move(spec), m_options, *m_server)
                        : std::make_unique<SweepRunner>(std::move(spec), m_options);
    try {
        m_runner->start();
    } catch (const std::exception& error) {  // a spec it refuses, or no server
        m_runner.reset();
        emit failed(QString::fromLocal8Bit(error.what()));
        return false;
    }
    m_result = SweepResult{};
    m_timer.start();
    emit progress(0, static_cast<int>(m_runner->progress().points), 0, m_runsPerPoint, 0, 0);
    return true;
}

void SweepController::cancel() {
    if (m_runner) m_runner->cancel();
}

const SweepResult& SweepController::result() const {
    return m_runner ? m_runner->so_far() : m_result;
}

void SweepController::tick() {
    if (!m_runner) return;
    const bool ended = m_runner->poll();
    if (!m_runner->running()) {
        finish();
        return;
    }
    if (ended) emit pointFinished(static_cast<int>(m_runner->so_far().points.size()) - 1);
    const SweepProgress now = m_runner->progress();
    emit progress(static_cast<int>(now.point), static_cast<int>(now.points),
                  static_cast<int>(now.comparison.index), m_runsPerPoint,
                  static_cast<int>(now.comparison.finished_tasks),
                  static_cast<int>(now.comparison.total_tasks));
}

void SweepController::finish() {
    m_timer.stop();
    const std::optional<std::string> death = m_runner->server_death();
    m_result = m_runner->result();
    m_runner.reset();
    if (death) {
        setServer(nullptr);
        emit failed(QString::fromStdString(*death));
    }
    if (!m_result.points.empty()) emit pointFinished(static_cast<int>(m_result.points.size()) - 1);
    emit finished(m_result.cancelled);
}

}  // namespace overlap::ui
