// The window: workload panel on the left, the compare view and charts in the
// middle, the summary table below. It turns the panel into a Workload, hands
// it to the RunController, which records into the open ComparisonDocument,
// and routes the controller's signals to the views.
#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>

#include "engine/run_session.hpp"
#include "model/preset.hpp"
#include "model/run_record.hpp"

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace overlap {
class ServerProcess;
}

namespace overlap::ui {

class ChartActions;
class ChartsView;
class ClaimView;
class CompareView;
class ComparisonDocument;
class DiffActions;
class FileActions;
class MarkerMenu;
class PresentationMode;
class PresetPicker;
class ReplayBar;
class ReplayPlayer;
class RunController;
class Settings;
class SummaryTableModel;
class SweepActions;
class SweepView;
class TextZoom;
class WorkloadPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `engine.server_base` empty means the embedded server is not running and
    // `serverProblem` says why.
    MainWindow(Settings& settings, EngineOptions engine, const QString& serverProblem,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // The embedded server behind `engine.server_base`, started by the caller
    // and outliving the window: every comparison checks it is still alive.
    void watchServer(ServerProcess& server);

    // The parts tests drive.
    WorkloadPanel* panel() const { return m_panel; }
    CompareView* compareView() const { return m_compare; }
    SummaryTableModel* summaryModel() const { return m_summary; }
    RunController* controller() const { return m_controller; }
    const ComparisonDocument* document() const { return m_document.get(); }
    PresetPicker* presetPicker() const { return m_picker; }
    ClaimView* claimView() const { return m_claim; }
    QAction* runAction() const { return m_runAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    FileActions* fileActions() const { return m_files; }
    ChartActions* chartActions() const { return m_chartActions; }
    DiffActions* diffActions() const { return m_diffActions; }
    TextZoom* textZoom() const { return m_zoom; }
    PresentationMode* presentation() const { return m_presentation; }
    ReplayPlayer* replayPlayer() const { return m_replay; }
    ReplayBar* replayBar() const { return m_replayBar; }
    MarkerMenu* markerMenu() const { return m_markerMenu; }
    SweepView* sweepView() const { return m_sweep; }
    SweepActions* sweepActions() const { return m_sweepActions; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    QWidget* createPanelDock();
    void createSummaryDock();
    void createStatusBar(const QString& serverProblem);
    void showServerGone(const QString& why);
    void restoreSettings();
    void saveSettings();

    void runAndCompare();
    void setRunning(bool running);
    void onProgress(int index, double elapsed_s, int finished, int total);
    void onModeFinished(int index, const RunRecord* run);
    void onFinished(bool cancelled);
    void onServerDied(const QString& message);
    void updateCharts();
    void showComparison();
    void showWorkloadOf(const std::optional<PresetRecord>& saved);
    void showPlan(const RunPlan& plan);
    void copySummary();
    void createSweepTab();
    void openSweepPoint(int point, int run);

    Settings& m_settings;
    std::unique_ptr<ComparisonDocument> m_document;  // what the controller records and File saves
    RunController* m_controller;
    WorkloadPanel* m_panel;
    QTabWidget* m_tabs;
    CompareView* m_compare;
    ChartsView* m_charts;
    SweepView* m_sweep = nullptr;
    SweepActions* m_sweepActions = nullptr;
    SummaryTableModel* m_summary;
    QSortFilterProxyModel* m_summaryProxy;
    QTableView* m_summaryView = nullptr;
    QDockWidget* m_summaryDock = nullptr;
    PresetPicker* m_picker = nullptr;
    ClaimView* m_claim = nullptr;
    std::optional<Preset> m_comparedPreset;  // the last comparison's, if it ran a preset

    QLabel* m_serverLabel = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QProgressBar* m_progress = nullptr;

    QAction* m_runAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_perTaskAction = nullptr;
    QAction* m_perWorkerAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_copyAction = nullptr;
    FileActions* m_files = nullptr;
    ChartActions* m_chartActions = nullptr;
    DiffActions* m_diffActions = nullptr;
    TextZoom* m_zoom = nullptr;
    PresentationMode* m_presentation = nullptr;
    ReplayPlayer* m_replay = nullptr;
    ReplayBar* m_replayBar = nullptr;
    MarkerMenu* m_markerMenu = nullptr;
};

}  // namespace overlap::ui
