#include "ui/sweep/sweep_actions.hpp"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include "analysis/sweep_table.hpp"
#include "formats/format_error.hpp"
#include "formats/sweep_file.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/export/sweep_figure.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/sweep/sweep_controller.hpp"
#include "ui/sweep/sweep_view.hpp"
#include "ui/window/settings.hpp"

namespace overlap::ui {

namespace {

constexpr int kStatusMs = 5000;
const QLatin1String kSweepFileSuffix(".sweep.json");

void describe(QAction* action, const QString& text) {
    action->setToolTip(text);
    action->setStatusTip(text);
}

QString startFolder(const QString& remembered, QStandardPaths::StandardLocation fallback) {
    return !remembered.isEmpty() && QFileInfo(remembered).isDir()
               ? remembered
               : QStandardPaths::writableLocation(fallback);
}

}  // namespace

SweepActions::SweepActions(Settings& settings, const SweepView& view, QMainWindow& window)
    : QObject(&window),
      m_settings(settings),
      m_view(view),
      m_window(window),
      m_saveAction(new QAction(tr("Save S&weep\u2026"), this)),
      m_exportAction(new QAction(tr("Export Swee&p Chart\u2026"), this)) {
    describe(m_saveAction, tr("Save the sweep shown in the Sweep tab (its values and every run) "
                              "as one file, to open again or export with 'overlap export'"));
    connect(m_saveAction, &QAction::triggered, this, &SweepActions::chooseAndSave);
    describe(m_exportAction, tr("Write the Sweep tab's chart (makespan and speed-up against the "
                                "parameter) as a PNG, SVG or PDF picture"));
    connect(m_exportAction, &QAction::triggered, this, &SweepActions::chooseAndExport);
    connect(&m_view, &SweepView::sweepChanged, this, &SweepActions::updateActions);
    connect(&m_view, &SweepView::runningChanged, this, &SweepActions::updateActions);
    updateActions();
}

void SweepActions::addToFileMenu(QMenu* file) {
    const QList<QAction*> actions = file->actions();
    QAction* before =
        !actions.isEmpty() && actions.last()->isSeparator() ? actions.last() : nullptr;
    file->insertAction(before, m_saveAction);
    file->insertAction(before, m_exportAction);
}

void SweepActions::updateActions() {
    const bool enabled = m_view.hasSweep() && !m_view.controller()->isRunning();
    m_saveAction->setEnabled(enabled);
    m_exportAction->setEnabled(enabled);
}

void SweepActions::chooseAndSave() {
    if (!m_saveAction->isEnabled()) return;
    const QString folder =
        startFolder(m_settings.exportFolder(), QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Save Sweep"), QDir(folder).filePath(tr("sweep") + kSweepFileSuffix),
        tr("Overlap sweeps (*.sweep.json *.json)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) path += kSweepFileSuffix;
    saveTo(path);
}

bool SweepActions::saveTo(const QString& path) {
    if (!m_view.hasSweep()) return false;
    try {
        save_sweep_file(m_view.sweep(), QFile::encodeName(path).toStdString());
    } catch (const FormatError& error) {
        showProblem(tr("Could not save the sweep."), QString::fromLocal8Bit(error.what()));
        return false;
    }
    m_settings.addRecentFile(path);
    showStatus(tr("Saved the sweep to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SweepActions::chooseAndExport() {
    if (!m_exportAction->isEnabled()) return;
    const QString folder = startFolder(m_settings.exportFolder(), QStandardPaths::PicturesLocation);
    const QStringList filters{tr("PNG image (*.png)"), tr("SVG image (*.svg)"),
                              tr("PDF document (*.pdf)")};
    QString filter = filters.first();
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export Sweep Chart"),
                                                QDir(folder).filePath(tr("sweep.png")),
                                                filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty()) return;
    // No extension typed: the one of the chosen filter, "(*.svg)" → ".svg".
    if (QFileInfo(path).suffix().isEmpty()) path += filter.section(QLatin1Char('*'), 1).chopped(1);
    exportTo(path);
}

bool SweepActions::exportTo(const QString& path) {
    const SweepResult& sweep = m_view.sweep();
    SweepFigure figure(sweep);
    const FigureSize size = m_settings.exportSize();
    const QString suffix = QFileInfo(path).suffix().toLower();
    ExportResult result = ExportResult::failure(
        tr("Cannot save '%1': name it .png, .svg or .pdf to say which picture to write").arg(path));
    if (suffix == QLatin1String("png")) result = savePng(figure, path, size);
    if (suffix == QLatin1String("svg")) result = saveSvg(figure, path, size);
    if (suffix == QLatin1String("pdf")) result = savePdf(figure, path, size);
    if (!result.ok()) {
        showProblem(tr("Could not export the sweep chart."), result.error());
        return false;
    }
    m_settings.setExportFolder(QFileInfo(path).absolutePath());
    showStatus(tr("Exported the sweep chart to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void SweepActions::showProblem(const QString& text, const QString& problem) {
    // Not exec(): a nested event loop would let a finished run in behind it.
    auto* box = new QMessageBox(QMessageBox::Warning, QGuiApplication::applicationDisplayName(),
                                text, QMessageBox::Ok, &m_window);
    box->setInformativeText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SweepActions::showStatus(const QString& message) {
    m_window.statusBar()->showMessage(message, kStatusMs);
}

}  // namespace overlap::ui
