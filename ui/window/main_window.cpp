#include "ui/window/main_window.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "analysis/preset_checks.hpp"
#include "model/workload.hpp"
#include "model/workload_limits.hpp"
#include "presets/builtin_presets.hpp"
#include "ui/charts/charts_view.hpp"
#include "ui/compare/claim_view.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/compare/marker_menu.hpp"
#include "ui/compare/summary_table_model.hpp"
#include "ui/diff/diff_actions.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/document/chart_actions.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/replay/replay_bar.hpp"
#include "ui/replay/replay_player.hpp"
#include "ui/sweep/sweep_actions.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/sweep/sweep_controller.hpp"
#include "ui/sweep/sweep_panel.hpp"
#include "ui/sweep/sweep_view.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/window/presentation_mode.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"
#include "ui/window/text_zoom.hpp"
#include "ui/window/theme_menu.hpp"
#include "ui/workload/preset_form.hpp"
#include "ui/workload/preset_picker.hpp"
#include "ui/workload/workload_form.hpp"
#include "ui/workload/workload_panel.hpp"

// Q_INIT_RESOURCE declares a global function, so it must be called from the
// global namespace; the icons live in overlap_ui, a static library.
static void initResources() { Q_INIT_RESOURCE(overlap); }

namespace overlap::ui {

MainWindow::MainWindow(Settings& settings, EngineOptions engine, const QString& serverProblem,
                       QWidget* parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_document(std::make_unique<ComparisonDocument>()),
      m_controller(new RunController(*m_document, this)),
      m_panel(new WorkloadPanel),
      m_tabs(new QTabWidget(this)),
      m_compare(new CompareView),
      m_charts(new ChartsView),
      m_summary(new SummaryTableModel(this)),
      m_summaryProxy(new QSortFilterProxyModel(this)) {
    initResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/overlap.svg")));
    m_controller->setEngineOptions(std::move(engine));
    m_picker = new PresetPicker(m_panel);
    m_picker->setPresets(builtin_presets());
    m_claim = new ClaimView;
    m_compare->setHeader(m_claim);

    m_tabs->addTab(m_compare, tr("Compare"));
    // The charts keep a readable height and scroll, rather than making the
    // window taller than a 1080-line screen at scale factor 2.
    auto* chartsScroll = new QScrollArea;
    chartsScroll->setWidget(m_charts);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tabs->addTab(chartsScroll, tr("Charts"));
    m_tabs->setTabToolTip(0, tr("One timeline per mode on a shared time axis"));
    m_tabs->setTabToolTip(1, tr("In-flight tasks over time, latency distribution, makespans"));
    createSweepTab();
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    createActions();
    m_files = new FileActions(m_settings, *m_controller, *m_document, *m_compare, *this);
    m_chartActions = new ChartActions(m_settings, *m_controller, *m_document, *m_files, *this);
    m_diffActions = new DiffActions(*m_controller, *m_document, *m_files, *this);
    m_markerMenu = new MarkerMenu(m_document.get(), m_compare, this);
    connect(m_markerMenu, &MarkerMenu::markersChanged, this, [this] {
        statusBar()->showMessage(tr("Markers changed: File ▸ Save keeps them with the runs."),
                                 5000);
    });
    m_sweepActions = new SweepActions(m_settings, *m_sweep, *this);
    connect(m_files, &FileActions::sweepOpened, this, [this](const SweepResult& sweep) {
        // A dropped sweep file must not replace the one being recorded.
        if (m_sweep->controller()->isRunning()) {
            statusBar()->showMessage(tr("A sweep is running: cancel it or let it finish first."),
                                     8000);
            return;
        }
        m_sweep->setSweep(sweep);
        setWindowTitle(sweepTitle(sweep));
        m_tabs->setCurrentWidget(m_sweep);
    });
    createMenusAndToolBar();
    auto* panelDock = new QDockWidget(tr("Workload"), this);
    panelDock->setObjectName(QStringLiteral("workloadDock"));
    panelDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    panelDock->setWidget(createPanelDock());
    addDockWidget(Qt::LeftDockWidgetArea, panelDock);
    createSummaryDock();
    createStatusBar(serverProblem);
    restoreSettings();

    connect(m_controller, &RunController::modeStarted, m_compare, &CompareView::showLive);
    connect(m_controller, &RunController::progress, this, &MainWindow::onProgress);
    connect(m_controller, &RunController::modeFinished, this, &MainWindow::onModeFinished);
    connect(m_controller, &RunController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &RunController::serverDied, this, &MainWindow::onServerDied);
    connect(m_files, &FileActions::opened, this, &MainWindow::showComparison);
    setRunning(false);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_runAction =
        new QAction(QIcon(QStringLiteral(":/icons/run.svg")), tr("&Run && Compare"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_runAction->setToolTip(
        tr("Run the workload in every checked mode, one after another (Ctrl+R)"));
    connect(m_runAction, &QAction::triggered, this, &MainWindow::runAndCompare);

    m_cancelAction = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop the running mode and skip the rest (Esc)"));
    connect(m_cancelAction, &QAction::triggered, m_controller, &RunController::cancel);

    m_fitAction = new QAction(QIcon(QStringLiteral(":/icons/fit.svg")), tr("&Fit All"), this);
    m_fitAction->setShortcut(QKeySequence(Qt::Key_F));
    m_fitAction->setToolTip(tr("Show every run whole, on the same time scale (F)"));
    connect(m_fitAction, &QAction::triggered, m_compare, &CompareView::fitAll);

    auto* lanes = new QActionGroup(this);
    m_perTaskAction = new QAction(QIcon(QStringLiteral(":/icons/lanes_per_task.svg")),
                                  tr("Lane per &Task"), lanes);
    m_perTaskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_perTaskAction->setToolTip(
        tr("One row per task: when each was queued, waited and computed (Ctrl+1)"));
    m_perWorkerAction = new QAction(QIcon(QStringLiteral(":/icons/lanes_per_worker.svg")),
                                    tr("Lane per &Worker"), lanes);
    m_perWorkerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_perWorkerAction->setToolTip(
        tr("One row per thread, process or event loop: how busy each worker was (Ctrl+2)"));
    for (QAction* action : {m_perTaskAction, m_perWorkerAction}) action->setCheckable(true);
    connect(m_perTaskAction, &QAction::triggered, this,
            [this] { m_compare->setLaneMode(LaneMode::PerTask); });
    connect(m_perWorkerAction, &QAction::triggered, this,
            [this] { m_compare->setLaneMode(LaneMode::PerWorker); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_copyAction = new QAction(tr("&Copy Summary"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected summary cells as tab-separated text"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySummary);

    m_zoom = new TextZoom(*this, m_settings);
    m_presentation = new PresentationMode(*this, *m_tabs, *m_compare, *m_zoom, *m_cancelAction);
    // On the window as well as in its menus, so their keys still work while
    // presenting hides the menu bar.
    addActions({m_runAction, m_cancelAction, m_fitAction, m_perTaskAction, m_perWorkerAction});
    m_replay = new ReplayPlayer(*m_compare, this);
    m_replay->fitTo(m_settings.replayFitSeconds());
    connect(m_replay, &ReplayPlayer::fitChanged, this,
            [this](double seconds) { m_settings.setReplayFitSeconds(seconds); });
    m_replayBar = new ReplayBar(*m_replay);
    m_compare->setFooter(m_replayBar);
}

void MainWindow::createMenusAndToolBar() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->addToFileMenu(file);
    m_chartActions->addToFileMenu(file);
    m_sweepActions->addToFileMenu(file);
    m_diffActions->addToFileMenu(file);
    file->addAction(m_quitAction);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_files->addToEditMenu(edit);
    m_chartActions->addToEditMenu(edit);
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runAction);
    run->addAction(m_cancelAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_fitAction);
    view->addSeparator();
    view->addAction(m_perTaskAction);
    view->addAction(m_perWorkerAction);
    view->addSeparator();
    addThemeMenu(*view, m_settings);
    m_zoom->addToMenu(view);
    view->addSeparator();
    m_presentation->addToMenu(view);
    view->addAction(m_replayBar->toggleAction());
    // R works with the menu bar hidden too (the presentation view).
    addAction(m_replayBar->toggleAction());

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_runAction);
    toolBar->addAction(m_cancelAction);
    toolBar->addSeparator();
    toolBar->addAction(m_fitAction);
    toolBar->addAction(m_perTaskAction);
    toolBar->addAction(m_perWorkerAction);
    toolBar->addAction(m_replayBar->toggleAction());
}

QWidget* MainWindow::createPanelDock() {
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* run = new QToolButton;
    run->setDefaultAction(m_runAction);
    run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    run->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* cancel = new QToolButton;
    cancel->setDefaultAction(m_cancelAction);
    cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run, 1);
    buttons->addWidget(cancel);
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    // Wide enough for every label and spin box without a horizontal scroll
    // bar, at every text zoom.
    const auto fitWidth = [this, container, scroll] {
        container->setMinimumWidth(m_panel->sizeHint().width() +
                                   scroll->verticalScrollBar()->sizeHint().width());
    };
    fitWidth();
    connect(m_zoom, &TextZoom::factorChanged, container, fitWidth);
    return container;
}

void MainWindow::createSummaryDock() {
    m_summaryProxy->setSourceModel(m_summary);
    m_summaryProxy->setSortRole(SummaryTableModel::SortRole);
    m_summaryView = new QTableView;
    m_summaryView->setModel(m_summaryProxy);
    m_summaryView->setSortingEnabled(true);
    m_summaryView->sortByColumn(SummaryTableModel::ModeColumn, Qt::AscendingOrder);
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setAlternatingRowColors(true);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->setWordWrap(false);
    m_summaryView->horizontalHeader()->setStretchLastSection(true);
    m_summaryView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->addAction(m_copyAction);
    m_summaryView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Columns sized for the old text would elide every number after a zoom.
    connect(m_zoom, &TextZoom::factorChanged, m_summaryView, &QTableView::resizeColumnsToContents);

    auto* dock = new QDockWidget(tr("Summary"), this);
    dock->setObjectName(QStringLiteral("summaryDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_summaryView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The panel runs the full height; the table sits under the timelines only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_summaryDock = dock;
}

void MainWindow::createStatusBar(const QString& serverProblem) {
    const std::string& base = m_controller->engineOptions().server_base;
    m_serverLabel = new QLabel;
    if (serverProblem.isEmpty()) {
        m_serverLabel->setText(tr("Server: %1").arg(QString::fromStdString(base)));
        m_serverLabel->setToolTip(tr("The embedded test server every {server} URL points to"));
    } else {
        showServerGone(serverProblem);
        statusBar()->showMessage(tr("The embedded server failed to start: %1").arg(serverProblem));
    }
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v / %m tasks"));
    m_progress->setToolTip(tr("Tasks finished across all modes of the comparison"));
    m_elapsedLabel = new QLabel;
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_serverLabel);
}

void MainWindow::showServerGone(const QString& why) {
    m_serverLabel->setText(tr("Embedded server not running \u2014 URL lists still work"));
    m_serverLabel->setToolTip(why);
    m_panel->setServerAvailable(false);
}

void MainWindow::watchServer(ServerProcess& server) {
    m_controller->setServer(&server);
    m_sweep->controller()->setServer(&server);
}

// The Sweep tab runs against the same server as Run & Compare, so only one
// of them runs at a time: their timings would disturb each other.
void MainWindow::createSweepTab() {
    m_sweep = new SweepView;
    m_sweep->controller()->setEngineOptions(m_controller->engineOptions());
    m_tabs->addTab(m_sweep, tr("Sweep"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_sweep),
                          tr("Vary one parameter and plot makespan and speed-up against it"));
    connect(m_sweep, &SweepView::pointOpened, this, &MainWindow::openSweepPoint);
    connect(m_sweep, &SweepView::runningChanged, this, [this](bool running) {
        m_runAction->setEnabled(!running && !m_controller->isRunning());
        m_files->openAction()->setEnabled(!running);
    });
    connect(m_sweep, &SweepView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

// Only the clicked value's runs, as an ordinary comparison in Compare.
void MainWindow::openSweepPoint(int point, int run) {
    const SweepResult& sweep = m_sweep->sweep();
    const SweepPoint& at = sweep.points[static_cast<std::size_t>(point)];
    if (!m_files->openRuns(at.runs)) return;
    setWindowTitle(tr("%1 at %2").arg(sweepTitle(sweep),
                                      parameterValueText(sweep.spec.param, at.value)));
    statusBar()->showMessage(tr("Value %1 of the sweep: run %2 of %3 clicked.")
                                 .arg(parameterValueText(sweep.spec.param, at.value))
                                 .arg(run + 1)
                                 .arg(at.runs.runs.size()),
                             8000);
}

// The rest of the comparison was not run; the message names the run it died in.
void MainWindow::onServerDied(const QString& message) {
    showServerGone(message);
    statusBar()->showMessage(tr("Stopped: %1").arg(message));
}

void MainWindow::restoreSettings() {
    m_panel->setForm(m_settings.workloadForm());
    m_picker->choose(m_settings.presetName());
    const LaneMode lanes = m_settings.laneMode();
    m_compare->setLaneMode(lanes);
    (lanes == LaneMode::PerWorker ? m_perWorkerAction : m_perTaskAction)->setChecked(true);
    if (!restoreGeometry(m_settings.windowGeometry())) resize(screen()->availableSize() * 0.9);
    if (!restoreState(m_settings.windowState())) {
        // First start: the timelines get the room, the table about six rows.
        resizeDocks({m_summaryDock}, {fontMetrics().height() * 12}, Qt::Vertical);
    }
}

void MainWindow::saveSettings() {
    m_settings.setWorkloadForm(m_panel->form());
    m_settings.setPresetName(m_picker->presetName());
    m_settings.setLaneMode(m_compare->laneMode());
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_controller->cancel();
    m_sweep->controller()->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::runAndCompare() {
    if (m_controller->isRunning()) return;
    const WorkloadForm form = m_panel->form();
    // A preset runs exactly as written, which the form cannot always say.
    const Preset* preset = m_picker->preset();
    RunPlan plan = preset ? preset->plan() : to_plan(form);
    const Workload& workload = plan.workload;
    if (plan.runs.empty()) {
        statusBar()->showMessage(tr("Check at least one mode to compare."), 5000);
        return;
    }
    if (workload.tasks.empty()) {
        statusBar()->showMessage(tr("Enter at least one URL, one per line."), 5000);
        return;
    }
    if (workload.uses_server() && m_controller->engineOptions().server_base.empty()) {
        statusBar()->showMessage(tr("The embedded server is not running: use a URL list."), 5000);
        return;
    }
    // Refused in the words `overlap run` uses: the same core checks word both.
    std::optional<std::string> problem = workload_problem(workload);
    for (const PresetRun& run : plan.runs) {
        if (!problem) problem = mode_limits_problem(run.config);
    }
    if (problem) {
        statusBar()->showMessage(QString::fromStdString(*problem), 8000);
        return;
    }
    m_settings.setWorkloadForm(form);
    m_settings.setPresetName(m_picker->presetName());
    // The platform appends the application's display name: "10 × /delay/1 — Overlap".
    setWindowTitle(QString::fromStdString(workload.title));
    m_summary->clear();
    m_charts->setRuns({});
    showPlan(plan);
    m_comparedPreset = preset ? std::optional<Preset>(*preset) : std::nullopt;
    if (preset) {
        m_claim->showClaim(*preset);
    } else {
        m_claim->clear();
    }
    m_progress->setRange(0, static_cast<int>(workload.tasks.size() * plan.runs.size()));
    m_progress->setValue(0);
    m_tabs->setCurrentWidget(m_compare);
    setRunning(true);
    statusBar()->clearMessage();
    m_controller->start(std::move(plan));
}

void MainWindow::setRunning(bool running) {
    m_panel->setRunning(running);
    m_sweep->panel()->setBlocked(running);
    m_runAction->setEnabled(!running);
    m_cancelAction->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_replayBar->updateEnabled();
}

void MainWindow::onProgress(int index, double elapsed_s, int finished, int total) {
    m_compare->refreshLive(index, elapsed_s, finished, total);
    m_progress->setValue(index * total + finished);
    m_elapsedLabel->setText(
        tr("%1: %2").arg(modeLabel(m_document->plan().runs[static_cast<std::size_t>(index)].config),
                         formatSeconds(elapsed_s)));
}

void MainWindow::onModeFinished(int index, const RunRecord* run) {
    m_compare->showFinished(index, run);
    m_progress->setValue((index + 1) * static_cast<int>(run->tasks.size()));
    m_summary->addRun(*run);
    // Once per run rather than ResizeToContents, so the user can still resize columns.
    m_summaryView->resizeColumnsToContents();
    updateCharts();
}

void MainWindow::onFinished(bool cancelled) {
    setRunning(false);
    double total = 0;
    for (const RunRecord& run : m_document->runs()) total += run.summary.makespan_s;
    m_elapsedLabel->setText((cancelled ? tr("Cancelled after %1") : tr("Done \u00b7 runs took %1"))
                                .arg(formatSeconds(total)));
    if (m_comparedPreset) {
        RunSet runs;
        runs.runs.assign(m_document->runs().begin(), m_document->runs().end());
        std::vector<CheckResult> verdicts = evaluate_checks(*m_comparedPreset, runs);
        m_claim->showChecks(verdicts);
        // Kept with the runs, and its captions become markers on them.
        m_document->setPreset(*m_comparedPreset, std::move(verdicts));
        m_markerMenu->redraw();
    }
}

void MainWindow::updateCharts() {
    std::vector<const RunRecord*> runs;
    for (const RunRecord& run : m_document->runs()) runs.push_back(&run);
    m_charts->setRuns(runs);
}

// A comparison read from a file, drawn as it was when it ran.
void MainWindow::showComparison() {
    const Workload& workload = m_document->workload();
    const QString title = QString::fromStdString(workload.title);
    setWindowTitle(title.isEmpty() ? QFileInfo(m_files->currentFile()).fileName() : title);
    // Row captions follow from each run's mode and behaviour, so a preset's
    // comparison gets back the captions it ran with.
    showPlan(m_document->plan());
    showWorkloadOf(m_document->preset());
    m_summary->clear();
    const auto& runs = m_document->runs();
    for (std::size_t i = 0; i < runs.size(); ++i) {
        m_compare->showFinished(static_cast<int>(i), &runs[i]);
        m_summary->addRun(runs[i]);
    }
    m_summaryView->resizeColumnsToContents();
    updateCharts();
    m_replayBar->updateEnabled();
    m_markerMenu->redraw();
    m_progress->setValue(0);
    m_progress->hide();
    m_elapsedLabel->clear();
    m_tabs->setCurrentWidget(m_compare);
}

// An opened comparison's claim and verdicts as they were measured, and the
// workload panel set to what produced it, so Run & Compare runs it again.
void MainWindow::showWorkloadOf(const std::optional<PresetRecord>& saved) {
    if (saved) {
        m_comparedPreset = saved->preset;
        m_claim->showClaim(saved->preset);
        m_claim->showChecks(saved->verdicts);
        m_picker->chooseSaved(saved->preset);
        return;
    }
    m_comparedPreset.reset();
    m_claim->clear();
    m_picker->choose({});
    // The plan as a preset with no claim: the form nearest to its workload and runs.
    Preset plan;
    plan.workload = m_document->workload();
    plan.runs = m_document->plan().runs;
    m_panel->setForm(preset_form(plan));
}

void MainWindow::showPlan(const RunPlan& plan) {
    std::vector<ModeConfig> configs;
    for (const PresetRun& run : plan.runs) configs.push_back(run.config);
    m_compare->setModes(configs, runCaptions(plan));
}

void MainWindow::copySummary() {
    QModelIndexList selection = m_summaryView->selectionModel()->selectedIndexes();
    if (selection.isEmpty()) {
        // Nothing selected: the whole table, the common case for pasting into a report.
        for (int row = 0; row < m_summaryProxy->rowCount(); ++row) {
            for (int column = 0; column < m_summaryProxy->columnCount(); ++column) {
                selection << m_summaryProxy->index(row, column);
            }
        }
    }
    if (selection.isEmpty()) return;
    QApplication::clipboard()->setText(selectionToTsv(*m_summaryProxy, selection));
}

}  // namespace overlap::ui
