#include "ui/document/chart_actions.hpp"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include "ui/document/comparison_document.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/export/charts_figure.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"

namespace overlap::ui {

namespace {

constexpr int kStatusMs = 5000;

void describe(QAction* action, const QString& text) {
    action->setToolTip(text);
    action->setStatusTip(text);
}

}  // namespace

ChartActions::ChartActions(Settings& settings, const RunController& controller,
                           const ComparisonDocument& document, const FileActions& files,
                           QMainWindow& window)
    : QObject(&window),
      m_settings(settings),
      m_controller(controller),
      m_document(document),
      m_files(files),
      m_window(window),
      m_exportAction(new QAction(tr("Export C&harts\u2026"), this)),
      m_copyAction(new QAction(tr("Copy C&harts"), this)) {
    describe(m_exportAction, tr("Write the Charts tab (tasks in flight, latencies, makespans) as "
                                "a PNG, SVG or PDF picture, at the size last chosen for export"));
    connect(m_exportAction, &QAction::triggered, this, &ChartActions::chooseAndExport);
    describe(m_copyAction, tr("Copy the Charts tab as a picture, at the size last chosen for "
                              "export"));
    connect(m_copyAction, &QAction::triggered, this, &ChartActions::copy);

    connect(&m_controller, &RunController::modeStarted, this, &ChartActions::updateActions);
    connect(&m_controller, &RunController::modeFinished, this, &ChartActions::updateActions);
    connect(&m_controller, &RunController::finished, this, &ChartActions::updateActions);
    connect(&m_files, &FileActions::opened, this, &ChartActions::updateActions);
    updateActions();
}

void ChartActions::addToFileMenu(QMenu* file) {
    const QList<QAction*> actions = file->actions();
    QAction* before = !actions.isEmpty() && actions.last()->isSeparator() ? actions.last() : nullptr;
    file->insertAction(before, m_exportAction);
}

void ChartActions::addToEditMenu(QMenu* edit) { edit->addAction(m_copyAction); }

void ChartActions::updateActions() {
    const bool enabled =
        !m_controller.isRunning() && !m_files.isLoading() && !m_document.runs().empty();
    m_exportAction->setEnabled(enabled);
    m_copyAction->setEnabled(enabled);
}

void ChartActions::chooseAndExport() {
    if (!m_exportAction->isEnabled()) return;
    QString folder = m_settings.exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(tr("%1-charts.png").arg(m_files.baseName()));
    const QStringList filters{tr("PNG image (*.png)"), tr("SVG image (*.svg)"),
                              tr("PDF document (*.pdf)")};
    QString filter = filters.first();
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Charts"), suggested,
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) return;
    // No extension typed: the one of the chosen filter, "(*.svg)" → ".svg".
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.section(QLatin1Char('*'), 1).chopped(1);
    exportTo(path);
}

bool ChartActions::exportTo(const QString& path) {
    ChartsFigure figure(m_document.runSet());
    const FigureSize size = m_settings.exportSize();
    const QString suffix = QFileInfo(path).suffix().toLower();
    ExportResult result = ExportResult::failure(
        tr("Cannot save '%1': name it .png, .svg or .pdf to say which picture to write")
            .arg(path));
    if (suffix == QLatin1String("png")) result = savePng(figure, path, size);
    if (suffix == QLatin1String("svg")) result = saveSvg(figure, path, size);
    if (suffix == QLatin1String("pdf")) result = savePdf(figure, path, size);
    if (!result.ok()) {
        auto* box = new QMessageBox(QMessageBox::Warning, QGuiApplication::applicationDisplayName(),
                                    tr("Could not export the charts."), QMessageBox::Ok, &m_window);
        box->setInformativeText(result.error());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_settings.setExportFolder(QFileInfo(path).absolutePath());
    showStatus(tr("Exported the charts to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ChartActions::copy() {
    if (!m_copyAction->isEnabled()) return;
    ChartsFigure figure(m_document.runSet());
    const FigureSize size = m_settings.exportSize();
    const ExportResult result = copyImageToClipboard(figure, size);
    if (!result.ok()) {
        showStatus(result.error());
        return;
    }
    showStatus(tr("Copied a %1\u00d7%2 picture of the charts.")
                   .arg(size.pixels.width())
                   .arg(size.pixels.height()));
}

void ChartActions::showStatus(const QString& message) {
    m_window.statusBar()->showMessage(message, kStatusMs);
}

}  // namespace overlap::ui
