#include "ui/diff/diff_actions.hpp"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <utility>

#include "ui/diff/diff_view.hpp"
#include "ui/document/background_load.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/window/run_controller.hpp"

namespace overlap::ui {

namespace {

constexpr int kStatusMs = 5000;

QString fileName(const QString& path) { return QFileInfo(path).fileName(); }

QString runFilter() { return DiffActions::tr("Overlap runs (*.json);;All files (*)"); }

}  // namespace

DiffActions::DiffActions(const RunController& controller, const ComparisonDocument& document,
                         FileActions& files, QMainWindow& window)
    : QObject(&window),
      m_controller(controller),
      m_document(document),
      m_files(files),
      m_window(window),
      m_compareFiles(new QAction(tr("&Compare Two Runs\u2026"), this)),
      m_compareOpen(new QAction(tr("Compare &with Open Run\u2026"), this)) {
    m_compareFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    const QString two = tr("Open two run files, A (before) and B (after), and see what changed: "
                           "both on one time axis, each measure's change, each task's (Ctrl+D)");
    m_compareFiles->setToolTip(two);
    m_compareFiles->setStatusTip(two);
    connect(m_compareFiles, &QAction::triggered, this, &DiffActions::chooseTwo);

    m_compareOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    const QString one = tr("See what changed from a saved run file (A) to the runs on screen (B) "
                           "(Ctrl+Shift+D)");
    m_compareOpen->setToolTip(one);
    m_compareOpen->setStatusTip(one);
    connect(m_compareOpen, &QAction::triggered, this, &DiffActions::chooseOne);

    connect(&m_controller, &RunController::modeStarted, this, &DiffActions::updateActions);
    connect(&m_controller, &RunController::finished, this, &DiffActions::updateActions);
    connect(&m_files, &FileActions::opened, this, &DiffActions::updateActions);
    updateActions();
}

DiffActions::~DiffActions() = default;

DiffView* DiffActions::view() const { return m_view; }

void DiffActions::addToFileMenu(QMenu* file) {
    file->addAction(m_compareFiles);
    file->addAction(m_compareOpen);
    file->addSeparator();
}

void DiffActions::updateActions() {
    m_compareFiles->setEnabled(!isLoading());
    m_compareOpen->setEnabled(!isLoading() && !m_controller.isRunning() &&
                              !m_document.runs().empty());
}

void DiffActions::chooseTwo() {
    const QString before = QFileDialog::getOpenFileName(
        &m_window, tr("Compare Two Runs: A, before"), m_files.startFolder(), runFilter());
    if (before.isEmpty()) return;
    // B is most often A's neighbour: the same experiment, run again.
    const QString after = QFileDialog::getOpenFileName(
        &m_window, tr("Compare Two Runs: B, after"), QFileInfo(before).absolutePath(), runFilter());
    if (!after.isEmpty()) compareFiles(before, after);
}

void DiffActions::chooseOne() {
    const QString before = QFileDialog::getOpenFileName(
        &m_window, tr("Compare with Open Run: A, before"), m_files.startFolder(), runFilter());
    if (!before.isEmpty()) compareWithOpen(before);
}

BackgroundLoad* DiffActions::startLoad(const QString& path) {
    auto* load = new BackgroundLoad(path, FileKind::RunFile, this);
    connect(load, &BackgroundLoad::finished, this, &DiffActions::onLoadFinished);
    ++m_reading;
    load->start();
    return load;
}

bool DiffActions::compareFiles(const QString& before, const QString& after) {
    if (isLoading()) return false;
    m_screen.reset();
    m_before = startLoad(before);
    m_after = startLoad(after);
    updateActions();
    m_window.statusBar()->showMessage(
        tr("Reading %1 and %2\u2026").arg(fileName(before), fileName(after)));
    return true;
}

bool DiffActions::compareWithOpen(const QString& before) {
    if (isLoading() || m_controller.isRunning() || m_document.runs().empty()) return false;
    // A copy: the window may run or open something else while A is read.
    m_screen = m_document.runSet();
    m_after = nullptr;
    m_before = startLoad(before);
    updateActions();
    m_window.statusBar()->showMessage(tr("Reading %1\u2026").arg(fileName(before)));
    return true;
}

void DiffActions::onLoadFinished() {
    if (--m_reading > 0) return;
    BackgroundLoad* before = std::exchange(m_before, nullptr);
    BackgroundLoad* after = std::exchange(m_after, nullptr);
    std::optional<RunSet> screen = std::exchange(m_screen, std::nullopt);
    updateActions();
    before->deleteLater();
    if (after) after->deleteLater();

    for (const BackgroundLoad* load : {before, after}) {
        if (!load || load->error().isEmpty()) continue;
        m_window.statusBar()->clearMessage();
        m_files.showProblem(tr("Could not compare with \u201c%1\u201d.").arg(fileName(load->path())),
                            load->error());
        emit failed();
        return;
    }
    const QString beforeName = fileName(before->path());
    QString afterName;
    if (after) {
        afterName = fileName(after->path());
    } else {
        afterName = m_document.filePath().isEmpty()
                        ? tr("the runs on screen")
                        : tr("%1 (on screen)").arg(fileName(m_document.filePath()));
    }
    if (!m_view) m_view = new DiffView(&m_window);
    m_view->setRuns(before->takeRuns(), beforeName, after ? after->takeRuns() : std::move(*screen),
                    afterName);
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
    m_window.statusBar()->showMessage(tr("Compared %1 with %2.").arg(afterName, beforeName),
                                      kStatusMs);
    emit shown();
}

}  // namespace overlap::ui
