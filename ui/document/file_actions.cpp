#include "ui/document/file_actions.hpp"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

#include <utility>

#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/export/export_dialog.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/export/text_export.hpp"
#include "ui/export/video/replay_export_dialog.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"

namespace overlap::ui {

namespace {

// A file that reads in a blink gets no dialog flashing up.
constexpr int kProgressDelayMs = 400;
constexpr int kStatusMs = 5000;
const QLatin1String kRunFileSuffix(".overlap.json");

void describe(QAction* action, const QString& text) {
    action->setToolTip(text);
    action->setStatusTip(text);
}

// The first local file among dropped URLs.
QString droppedFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls()) return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) return url.toLocalFile();
    }
    return {};
}

QString quoted(const QString& path) {
    return FileActions::tr("\u201c%1\u201d").arg(QFileInfo(path).fileName());
}

}  // namespace

FileActions::FileActions(Settings& settings, const RunController& controller, ComparisonDocument& document,
                         const CompareView& compare, QMainWindow& window)
    : QObject(&window),
      m_settings(settings),
      m_controller(controller),
      m_document(document),
      m_compare(compare),
      m_window(window) {
    createActions();
    rebuildRecentMenu();
    m_window.setAcceptDrops(true);
    m_window.installEventFilter(this);
    connect(&m_controller, &RunController::modeStarted, this, &FileActions::updateActions);
    connect(&m_controller, &RunController::modeFinished, this, &FileActions::updateActions);
    connect(&m_controller, &RunController::finished, this, &FileActions::updateActions);
    updateActions();
}

FileActions::~FileActions() = default;

void FileActions::createActions() {
    m_openAction = new QAction(tr("&Open\u2026"), this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    describe(m_openAction,
             tr("Open a saved comparison (an Overlap run file), a saved sweep or a Chrome trace (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, [this] { chooseAndOpen(FileKind::Either); });

    m_recentMenu = new QMenu(tr("Open &Recent"), &m_window);
    m_recentMenu->setToolTipsVisible(true);

    m_importAction = new QAction(tr("&Import Chrome Trace\u2026"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    describe(m_importAction,
             tr("Show a profiler's trace (VizTracer, Perfetto or Chrome JSON) as timelines: "
                "one per process, one lane per thread (Ctrl+I)"));
    connect(m_importAction, &QAction::triggered, this,
            [this] { chooseAndOpen(FileKind::ChromeTrace); });

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    describe(m_saveAction, tr("Save the comparison as an Overlap run file, to open again or "
                              "export with 'overlap export' (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &FileActions::save);

    m_saveAsAction = new QAction(tr("Save &As\u2026"), this);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    describe(m_saveAsAction, tr("Save the comparison under a new name (Ctrl+Shift+S)"));
    connect(m_saveAsAction, &QAction::triggered, this, &FileActions::saveAs);

    m_exportAction = new QAction(tr("&Export\u2026"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    describe(m_exportAction, tr("Write the comparison as a PNG, SVG or PDF picture, as text "
                                "timelines, CSV or a Chrome trace (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &FileActions::showExportDialog);

    m_exportReplayAction = new QAction(tr("Export &Replay\u2026"), this);
    m_exportReplayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    describe(m_exportReplayAction,
             tr("Write the runs replayed side by side on one clock as an MP4 video or an "
                "animated GIF, for slides (Ctrl+Shift+E)"));
    connect(m_exportReplayAction, &QAction::triggered, this, &FileActions::showExportReplayDialog);

    m_copyImageAction = new QAction(tr("Copy &Image"), this);
    m_copyImageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    describe(m_copyImageAction, tr("Copy the timelines as a picture, at the size last chosen "
                                   "for export (Ctrl+Shift+C)"));
    connect(m_copyImageAction, &QAction::triggered, this, &FileActions::copyImage);

    m_copyAsciiAction = new QAction(tr("Copy &ASCII (Markdown)"), this);
    m_copyAsciiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    describe(m_copyAsciiAction, tr("Copy the timelines as text in Markdown code fences, to "
                                   "paste into an issue or README (Ctrl+Alt+C)"));
    connect(m_copyAsciiAction, &QAction::triggered, this, &FileActions::copyAscii);
}

void FileActions::addToFileMenu(QMenu* file) {
    file->setToolTipsVisible(true);
    file->addAction(m_openAction);
    file->addMenu(m_recentMenu);
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addAction(m_exportReplayAction);
    file->addSeparator();
}

void FileActions::addToEditMenu(QMenu* edit) {
    edit->setToolTipsVisible(true);
    edit->addAction(m_copyImageAction);
    edit->addAction(m_copyAsciiAction);
}

bool FileActions::hasComparison() const { return !m_document.runs().empty(); }

const QString& FileActions::currentFile() const { return m_document.filePath(); }

void FileActions::updateActions() {
    const bool busy = m_controller.isRunning() || isLoading();
    const bool canWrite = !busy && hasComparison();
    m_openAction->setEnabled(!busy);
    m_importAction->setEnabled(!busy);
    m_recentMenu->setEnabled(!busy && !m_settings.recentFiles().isEmpty());
    for (QAction* action :
         {m_saveAction, m_saveAsAction, m_exportAction, m_exportReplayAction, m_copyImageAction,
          m_copyAsciiAction})
        action->setEnabled(canWrite);
}

void FileActions::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        describe(action, QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"));
    describe(clear, tr("Forget the recently opened files"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_settings.clearRecentFiles();
        rebuildRecentMenu();
        updateActions();
    });
}

void FileActions::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        m_settings.removeRecentFile(path);
        rebuildRecentMenu();
        updateActions();
        showProblem(tr("Could not open %1.").arg(quoted(path)),
                    tr("'%1' is no longer there, so it was removed from Open Recent.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

void FileActions::chooseAndOpen(FileKind kind) {
    const bool trace = kind == FileKind::ChromeTrace;
    const QString path = QFileDialog::getOpenFileName(
        &m_window, trace ? tr("Import Chrome Trace") : tr("Open Comparison"), startFolder(),
        trace ? tr("Chrome traces (*.json *.trace);;All files (*)")
              : tr("Overlap runs, sweeps and Chrome traces (*.json);;All files (*)"));
    if (!path.isEmpty()) open(path, kind);
}

bool FileActions::open(const QString& path, FileKind kind) {
    if (m_controller.isRunning() || isLoading()) return false;
    m_load = new BackgroundLoad(path, kind, this);
    connect(m_load, &BackgroundLoad::finished, this, &FileActions::onLoadFinished);

    const bool trace = kind == FileKind::ChromeTrace;
    const QString importing = tr("Importing %1\u2026").arg(quoted(path));
    // A run file reads in one go: a busy bar until a trace reports progress.
    m_progress = new QProgressDialog(trace ? importing : tr("Opening %1\u2026").arg(quoted(path)),
                                     tr("Cancel"), 0, trace ? 100 : 0, &m_window);
    m_progress->setWindowTitle(trace ? tr("Import Chrome Trace") : tr("Open Comparison"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_load, &BackgroundLoad::cancel);
    QProgressDialog* progress = m_progress;
    connect(m_load, &BackgroundLoad::progress, progress, [progress, importing](int percent) {
        // Only a trace reports progress: an opened file has turned out to be one.
        progress->setLabelText(importing);
        progress->setMaximum(100);
        progress->setValue(percent);
    });
    m_load->start();
    updateActions();
    return true;
}

void FileActions::onLoadFinished() {
    BackgroundLoad* load = std::exchange(m_load, nullptr);
    load->deleteLater();
    m_progress->hide();
    std::exchange(m_progress, nullptr)->deleteLater();
    updateActions();

    const QString& path = load->path();
    if (load->isCancelled()) {
        showStatus(tr("Stopped reading %1.").arg(quoted(path)));
        return;
    }
    const bool trace = load->loadedKind() == FileKind::ChromeTrace;
    if (!load->error().isEmpty()) {
        showProblem(
            (trace ? tr("Could not import %1 as a Chrome trace.") : tr("Could not open %1."))
                .arg(quoted(path)),
            load->error());
        return;
    }
    if (load->loadedKind() == FileKind::Sweep) {
        m_settings.addRecentFile(path);
        rebuildRecentMenu();
        updateActions();
        emit sweepOpened(load->takeSweep());
        showStatus(tr("Opened the sweep %1.").arg(quoted(path)));
        return;
    }
    RunSet runs = load->takeRuns();
    std::size_t tasks = 0;
    for (const RunRecord& run : runs.runs) tasks += run.tasks.size();
    if (m_controller.isRunning()) {
        showProblem(tr("Could not open %1.").arg(quoted(path)),
                    tr("A comparison is running: cancel it or let it finish first."));
        return;
    }
    // Save must not write a run file over the trace it came from.
    m_document.open(std::move(runs), trace ? QString() : QFileInfo(path).absoluteFilePath());
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    updateActions();
    emit opened();
    showStatus(
        trace ? tr("Imported %1: %n tasks.", nullptr, static_cast<int>(tasks)).arg(quoted(path))
              : tr("Opened %1.").arg(quoted(path)));
}

bool FileActions::openRuns(RunSet runs) {
    if (m_controller.isRunning() || isLoading()) return false;
    m_document.open(std::move(runs), QString());
    updateActions();
    emit opened();
    return true;
}

void FileActions::save() {
    if (currentFile().isEmpty()) {
        saveAs();
    } else {
        saveTo(currentFile());
    }
}

void FileActions::saveAs() {
    const QString suggested = currentFile().isEmpty()
                                  ? QDir(startFolder()).filePath(baseName() + kRunFileSuffix)
                                  : currentFile();
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Save Comparison"), suggested,
                                                tr("Overlap runs (*.overlap.json *.json)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) path += kRunFileSuffix;
    saveTo(path);
}

bool FileActions::saveTo(const QString& path) {
    if (m_controller.isRunning() || !hasComparison()) return false;
    try {
        save_run_file(m_document.runSet(), QFile::encodeName(path).toStdString());
    } catch (const FormatError& error) {
        showProblem(tr("Could not save %1.").arg(quoted(path)),
                    QString::fromLocal8Bit(error.what()));
        return false;
    }
    m_document.savedTo(QFileInfo(path).absoluteFilePath());
    m_settings.addRecentFile(path);
    rebuildRecentMenu();
    updateActions();
    showStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(currentFile())));
    return true;
}

void FileActions::showExportDialog() {
    if (m_controller.isRunning() || !hasComparison()) return;
    auto* dialog = new ExportDialog(m_document.runSet(), m_compare.laneMode(), m_settings,
                                    baseName(), &m_window);
    dialog->setVisibleRange(m_compare.zoomedRange());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path) {
        showStatus(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void FileActions::showExportReplayDialog() {
    if (m_controller.isRunning() || !hasComparison()) return;
    auto* dialog = new ReplayExportDialog(m_document.runSet(), m_compare.laneMode(), baseName(),
                                          startFolder(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplayExportDialog::exported, this, [this](const QString& path) {
        showStatus(tr("Exported the replay to %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void FileActions::copyImage() {
    if (m_controller.isRunning() || !hasComparison()) return;
    RunSetFigure figure(m_document.runSet(), m_compare.laneMode());
    figure.setTimeRange(m_compare.zoomedRange());
    const FigureSize size = m_settings.exportSize();
    const ExportResult result = copyImageToClipboard(figure, size);
    if (!result.ok()) {
        showProblem(tr("Could not copy the picture."), result.error());
        return;
    }
    showStatus(tr("Copied a %1\u00d7%2 picture of the timelines.")
                   .arg(size.pixels.width())
                   .arg(size.pixels.height()));
}

void FileActions::copyAscii() {
    if (m_controller.isRunning() || !hasComparison()) return;
    QGuiApplication::clipboard()->setText(
        asciiMarkdown(m_document.runSet(), m_settings.asciiWidth()));
    showStatus(tr("Copied the timelines as Markdown text."));
}

QString FileActions::startFolder() const {
    if (!currentFile().isEmpty()) return QFileInfo(currentFile()).absolutePath();
    const QStringList recent = m_settings.recentFiles();
    if (!recent.isEmpty() && QFileInfo(recent.first()).dir().exists())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString FileActions::baseName() const {
    if (!currentFile().isEmpty()) {
        const QString name = QFileInfo(currentFile()).fileName();
        return name.endsWith(kRunFileSuffix) ? name.chopped(kRunFileSuffix.size())
                                             : QFileInfo(name).completeBaseName();
    }
    // "10 × /delay/1" → "10-delay-1": the title without what file names choke on.
    QString name = QString::fromStdString(m_document.workload().title);
    name.replace(QRegularExpression(QStringLiteral("[^\\w.]+")), QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-'))) name.chop(1);
    return name.isEmpty() ? tr("comparison") : name;
}

void FileActions::showProblem(const QString& text, const QString& problem) {
    // Not exec(): a nested event loop would let a drop or a finished run in behind it.
    auto* box = new QMessageBox(QMessageBox::Warning, QGuiApplication::applicationDisplayName(),
                                text, QMessageBox::Ok, &m_window);
    box->setInformativeText(problem);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FileActions::showStatus(const QString& message) {
    m_window.statusBar()->showMessage(message, kStatusMs);
}

bool FileActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched != &m_window) return false;
    switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (droppedFile(drag->mimeData()).isEmpty() || m_controller.isRunning() || isLoading())
                return false;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto* drop = static_cast<QDropEvent*>(event);
            const QString path = droppedFile(drop->mimeData());
            if (path.isEmpty() || !open(path)) return false;
            drop->acceptProposedAction();
            return true;
        }
        default:
            return false;
    }
}

}  // namespace overlap::ui
