// The window's comparison: the core runner polled by a timer, its runs recorded into the document.
#include "ui/window/run_controller.hpp"

#include "ui/document/comparison_document.hpp"

namespace overlap::ui {

namespace {
// About 30 frames a second: smooth growth without drowning the GUI thread.
constexpr int kTickMs = 33;
}  // namespace

RunController::RunController(ComparisonDocument& document, QObject* parent)
    : QObject(parent), m_document(document) {
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &RunController::tick);
}

RunController::~RunController() = default;

void RunController::setEngineOptions(EngineOptions options) { m_options = std::move(options); }

void RunController::setServer(ServerProcess* server) {
    m_server = server;
    if (server) m_options.server_base = server->base_url();
}

void RunController::start(RunPlan plan) {
    if (isRunning()) return;
    m_runner = m_server ? std::make_unique<ComparisonRunner>(std::move(plan), m_options, *m_server)
                        : std::make_unique<ComparisonRunner>(std::move(plan), m_options);
    m_runner->start();
    const RunSet& runs = m_runner->runs();
    m_document.begin(m_runner->plan(), runs.server, runs.recorded_at);
    announceStart();
}

void RunController::cancel() {
    if (m_runner) m_runner->cancel();
}

void RunController::announceStart() {
    if (!m_runner->running()) {
        m_timer.stop();
        const bool cancelled = m_runner->cancelled();
        const std::optional<std::string> death = m_runner->result().server_death;
        m_runner.reset();
        if (death) {
            m_server = nullptr;
            m_options.server_base.clear();
            emit serverDied(QString::fromStdString(*death));
        }
        emit finished(cancelled);
        return;
    }
    const ComparisonProgress now = m_runner->progress();
    emit modeStarted(static_cast<int>(now.index), now.live);
    m_timer.start();
}

void RunController::tick() {
    if (!m_runner) return;
    if (!m_runner->poll()) {
        const ComparisonProgress now = m_runner->progress();
        emit progress(static_cast<int>(now.index), now.elapsed_s,
                      static_cast<int>(now.finished_tasks), static_cast<int>(now.total_tasks));
        return;
    }
    // No progress for the ended run: its live record died with its session,
    // and views move to the document's copy.
    const int index = static_cast<int>(m_runner->runs().runs.size()) - 1;
    emit modeFinished(index, m_document.addRun(m_runner->runs().runs.back()));
    announceStart();
}

}  // namespace overlap::ui
