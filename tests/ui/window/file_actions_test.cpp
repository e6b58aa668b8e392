// The File menu on a real window, offscreen: a recorded comparison saved and
// opened again looks the same (rows, captions, ideal markers, summary, title);
// bad files are reported by name and leave the comparison on screen; drops,
// Open Recent, and a million-event Chrome trace imported in the background
// while the event loop keeps turning, and cancelled. Message boxes are
// non-modal, so the tests read them and close them.
#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <qcustomplot.h>

#include <string>

#include "support/sample_runs.hpp"
#include "formats/chrome_trace.hpp"
#include "formats/run_file.hpp"
#include "support/test_server.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/window/main_window.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"
#include "ui/compare/summary_table_model.hpp"
#include "ui/workload/workload_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kLoadTimeoutMs = 60'000;
// Tasks of the big trace, each a slice with four phases inside: a million events.
constexpr int kBigTraceTasks = 200'000;
constexpr int kBigTracePhases = 4;

QString serverProblem(const EngineOptions& engine) {
    return engine.server_base.empty() ? QStringLiteral("no server in this test") : QString();
}

struct Window {
    explicit Window(const EngineOptions& engine = {})
        : window(settings, engine, serverProblem(engine)) {}

    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
    MainWindow window;

    FileActions& files() { return *window.fileActions(); }

    bool open(const QString& path, FileKind kind = FileKind::Either) {
        if (!files().open(path, kind)) return false;
        return QTest::qWaitFor([&] { return !files().isLoading(); }, kLoadTimeoutMs);
    }
    std::string comparison() const { return run_set_to_json(window.document()->runSet()); }

    // The one message box on screen: its text and detail; then closes it.
    QStringList takeMessage() {
        const auto shown = [&] { return window.findChildren<QMessageBox*>().size(); };
        if (!QTest::qWaitFor([&] { return shown() > 0; }, 1000) || shown() != 1) return {};
        QMessageBox* box = window.findChild<QMessageBox*>();
        const QStringList message{box->text(), box->informativeText()};
        box->accept();  // deletes it
        if (!QTest::qWaitFor([&] { return shown() == 0; }, 1000)) return {};
        return message;
    }
    bool noMessage() const { return window.findChildren<QMessageBox*>().isEmpty(); }
};

// What the window shows of a comparison, as text.
struct Shown {
    QString title;
    QStringList captions;
    QStringList ideals;  // each row's dashed ideal line, "" when none
    QStringList bars;    // bars per row
    QStringList summary;

    explicit Shown(const MainWindow& window) : title(window.windowTitle()) {
        const CompareView& compare = *window.compareView();
        for (int row = 0; row < compare.rowCount(); ++row) {
            captions << compare.caption(row);
            QString ideal;
            QCustomPlot* plot = compare.timeline(row)->plot();
            for (int i = 0; i < plot->itemCount(); ++i) {
                auto* line = qobject_cast<QCPItemStraightLine*>(plot->item(i));
                if (line && line->visible()) ideal = QString::number(line->point1->coords().x());
            }
            ideals << ideal;
            bars << QString::number(compare.timeline(row)->model().count());
        }
        const SummaryTableModel& table = *window.summaryModel();
        for (int row = 0; row < table.rowCount(); ++row) {
            for (int column = 0; column < table.columnCount(); ++column)
                summary << table.index(row, column).data().toString();
        }
    }
};

void compareShown(const Shown& actual, const Shown& expected) {
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.captions, expected.captions);
    QCOMPARE(actual.ideals, expected.ideals);
    QCOMPARE(actual.bars, expected.bars);
    QCOMPARE(actual.summary, expected.summary);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(text.data(), static_cast<qint64>(text.size()));
    return path;
}

// A profiler's trace: tasks one after another on four threads, each a slice
// with phases directly inside.
std::string bigTrace() {
    std::string text = R"({"traceEvents":[)";
    text.reserve(static_cast<std::size_t>(kBigTraceTasks) * (kBigTracePhases + 1) * 64);
    for (int i = 0; i < kBigTraceTasks; ++i) {
        const std::string thread = std::to_string(i % 4);
        const std::string start = std::to_string(i / 4 * 100);
        if (i) text += ',';
        text += R"({"ph":"X","pid":1,"tid":)" + thread + R"(,"ts":)" + start +
                R"(,"dur":90,"name":"task"})";
        for (int p = 0; p < kBigTracePhases; ++p) {
            text += R"(,{"ph":"X","pid":1,"tid":)" + thread + R"(,"ts":)" +
                    std::to_string(i / 4 * 100 + p * 20) + R"(,"dur":20,"name":"step"})";
        }
    }
    return text + "]}";
}

void drop(MainWindow& window, const QString& path, bool* entered, bool* dropped) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    *entered = enter.isAccepted();
    QDropEvent event(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &event);
    *dropped = event.isAccepted();
}

}  // namespace

RunSet sample() {
    RunSet runs = test::sample_run_set();
    runs.workload.title = "3 \u00d7 /delay/2";
    return runs;
}

class FileActionsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_files;
    QString m_sample;  // test::sample_run_set(), titled, as a run file
    QString m_untitled;
    QString m_bigTrace;

private slots:
    void initTestCase() {
        m_untitled = m_files.filePath(QStringLiteral("untitled.overlap.json"));
        save_run_file(test::sample_run_set(), QFile::encodeName(m_untitled).toStdString());
        m_sample = m_files.filePath(QStringLiteral("sample.overlap.json"));
        save_run_file(sample(), QFile::encodeName(m_sample).toStdString());
        m_bigTrace = writeFile(m_files, QStringLiteral("million.json"), bigTrace());
        QVERIFY(!m_bigTrace.isEmpty());
    }

    void openingARunFileShowsItsComparison() {
        Window w;
        QVERIFY(w.open(m_sample));
        QVERIFY(w.noMessage());
        const Shown shown(w.window);
        QCOMPARE(shown.title, QStringLiteral("3 \u00d7 /delay/2"));
        QCOMPARE(shown.captions.size(), 2);
        QVERIFY(shown.captions[0].contains(QStringLiteral("Sequential")));
        QVERIFY(shown.captions[0].contains(QStringLiteral("makespan <b>7.50 s</b>")));
        QVERIFY(shown.captions[1].contains(QStringLiteral("Thread pool \u00b7 W=2")));
        QVERIFY(shown.captions[1].contains(QStringLiteral("1 failed")));
        QCOMPARE(shown.ideals, (QStringList{QStringLiteral("6"), QStringLiteral("4")}));
        for (const QString& bars : shown.bars) QVERIFY(bars.toInt() > 0);
        QCOMPARE(w.window.summaryModel()->rowCount(), 2);
        QCOMPARE(w.comparison(), run_set_to_json(sample()));
        QCOMPARE(w.files().currentFile(), m_sample);
        QVERIFY(w.window.statusBar()->currentMessage().contains(QStringLiteral("sample")));

        // A workload without a title: the window names the file instead.
        QVERIFY(w.open(m_untitled));
        QCOMPARE(w.window.windowTitle(), QStringLiteral("untitled.overlap.json"));
    }

    void aRecordedComparisonOpensAgainAsItWasShown() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recorded.overlap.json"));
        std::string recorded;
        std::optional<Shown> before;
        {
            Window w(overlap::testing::engine_options());
            WorkloadForm form;
            form.tasks = 3;
            form.shape.delay_s = 0.05;
            form.mode(Mode::Threads).concurrency = 3;
            form.mode(Mode::Processes).enabled = false;
            w.window.panel()->setForm(form);
            QVERIFY(!w.files().saveAction()->isEnabled());
            w.window.runAction()->trigger();
            QVERIFY(w.window.controller()->isRunning());
            QVERIFY(!w.files().openAction()->isEnabled());
            QVERIFY(QTest::qWaitFor([&] { return !w.window.controller()->isRunning(); },
                                    kLoadTimeoutMs));
            QVERIFY(w.files().saveAction()->isEnabled());
            before.emplace(w.window);
            QCOMPARE(before->captions.size(), 3);
            QVERIFY(w.files().saveTo(path));
            QCOMPARE(w.files().currentFile(), path);
            recorded = w.comparison();
        }
        const RunSet saved = load_run_file(QFile::encodeName(path).toStdString());
        QVERIFY(!saved.recorded_at.empty());
        QCOMPARE(saved.server, overlap::testing::server_base());

        Window reopened;
        QVERIFY(reopened.open(path));
        compareShown(Shown(reopened.window), *before);
        QCOMPARE(reopened.comparison(), recorded);
    }

    void runsInOneModeKeepTheirOwnCaptions() {
        // As a preset records it: the event loop with and without a blocking call.
        RunSet runs = sample();
        runs.runs = {test::sample_run(), test::sample_run()};
        for (RunRecord& run : runs.runs) run.config = {Mode::Async, 2};
        runs.runs[1].behaviour.blocking_in_async = true;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two-loops.overlap.json"));
        save_run_file(runs, QFile::encodeName(path).toStdString());

        Window w;
        QVERIFY(w.open(path));
        const Shown shown(w.window);
        QCOMPARE(shown.captions.size(), 2);
        QVERIFY2(!shown.captions[0].contains(QStringLiteral("blocking")),
                 qPrintable(shown.captions[0]));
        QVERIFY2(shown.captions[1].contains(QStringLiteral("blocking")),
                 qPrintable(shown.captions[1]));
    }

    void saveAsWritesWhatOpens() {
        Window w;
        QVERIFY(w.open(m_sample));
        const Shown before(w.window);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.overlap.json"));
        QVERIFY(w.files().saveTo(copy));

        Window other;
        QVERIFY(other.open(copy));
        compareShown(Shown(other.window), before);
        QCOMPARE(other.comparison(), w.comparison());
    }

    void badFilesAreReportedAndChangeNothing_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");
        const std::string valid = run_set_to_json(test::sample_run_set());
        QTest::newRow("truncated") << QByteArray::fromStdString(valid.substr(0, valid.size() / 2))
                                   << QStringLiteral("Cannot read the run file");
        std::string damaged = valid;
        damaged.replace(damaged.find("\"makespan_s\":"), 13, "\"makespan_s\":\"long\",\"x\":");
        QTest::newRow("corrupt") << QByteArray::fromStdString(damaged)
                                 << QStringLiteral("Damaged run file");
        QTest::newRow("wrong format") << QByteArray(R"({"name": "a preset?", "tasks": []})")
                                      << QStringLiteral("Not an Overlap run file");
        std::string newer = valid;
        newer.replace(newer.find("\"version\":2"), 11, "\"version\":99");
        QTest::newRow("newer version")
            << QByteArray::fromStdString(newer) << QStringLiteral("made by a newer Overlap");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Cannot read the run file");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("Cannot read the run file");
        QTest::newRow("broken trace") << QByteArray(R"({"traceEvents":[{"ph":"X","ts":)")
                                      << QStringLiteral("Cannot import the trace");
    }

    void badFilesAreReportedAndChangeNothing() {
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        Window w;
        QVERIFY(w.open(m_sample));
        const Shown before(w.window);
        const std::string comparison = w.comparison();

        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad file.json"), contents.toStdString());
        QVERIFY(w.open(bad));
        const QStringList message = w.takeMessage();
        QCOMPARE(message.size(), 2);
        QVERIFY2(message[0].contains(QStringLiteral("\u201cbad file.json\u201d")),
                 qPrintable(message[0]));
        QVERIFY2(message[1].contains(problem), qPrintable(message[1]));
        compareShown(Shown(w.window), before);
        QCOMPARE(w.comparison(), comparison);
        QCOMPARE(w.files().currentFile(), m_sample);
        QCOMPARE(w.settings.recentFiles(), QStringList{m_sample});
        QVERIFY(w.files().saveAction()->isEnabled());
    }

    void aMissingFileIsReported() {
        Window w;
        QVERIFY(w.open(m_files.filePath(QStringLiteral("not-there.overlap.json"))));
        const QStringList message = w.takeMessage();
        QCOMPARE(message.size(), 2);
        QVERIFY(message[0].contains(QStringLiteral("not-there.overlap.json")));
        QVERIFY2(message[1].contains(QStringLiteral("not found")), qPrintable(message[1]));
        QCOMPARE(w.window.compareView()->rowCount(), 0);
        QVERIFY(!w.files().saveAction()->isEnabled());
    }

    void aFailedSaveIsReported() {
        Window w;
        QVERIFY(w.open(m_sample));
        QVERIFY(!w.files().saveTo(QStringLiteral("/nonexistent-overlap-dir/a.overlap.json")));
        const QStringList message = w.takeMessage();
        QCOMPARE(message.size(), 2);
        QVERIFY(message[0].contains(QStringLiteral("a.overlap.json")));
        QVERIFY(message[1].contains(QStringLiteral("/nonexistent-overlap-dir")));
        QCOMPARE(w.files().currentFile(), m_sample);
    }

    void droppedFilesOpen() {
        Window w;
        bool entered = false;
        bool dropped = false;
        drop(w.window, m_sample, &entered, &dropped);
        QVERIFY(entered);
        QVERIFY(dropped);
        QVERIFY(QTest::qWaitFor([&] { return !w.files().isLoading(); }, kLoadTimeoutMs));
        QCOMPARE(w.window.compareView()->rowCount(), 2);

        // A Chrome trace dropped the same way is imported, titled after its file.
        QTemporaryDir dir;
        const QString trace = writeFile(dir, QStringLiteral("profile.json"),
                                        run_set_to_chrome_trace(test::sample_run_set()));
        drop(w.window, trace, &entered, &dropped);
        QVERIFY(dropped);
        QVERIFY(QTest::qWaitFor([&] { return !w.files().isLoading(); }, kLoadTimeoutMs));
        QVERIFY(w.noMessage());
        QCOMPARE(w.window.windowTitle(), QStringLiteral("profile"));
        QCOMPARE(w.window.compareView()->rowCount(), 2);
        QVERIFY(w.window.document()->runs().front().tasks.size() >= 3);
        // Save must ask for a name rather than write over the trace.
        QVERIFY(w.files().currentFile().isEmpty());
        QCOMPARE(w.settings.recentFiles(), (QStringList{trace, m_sample}));
    }

    void openRecentListsFilesAndForgetsMissingOnes() {
        Window w;
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone.overlap.json"));
        QVERIFY(QFile::copy(m_sample, gone));
        QVERIFY(!w.files().recentMenu()->isEnabled());
        QVERIFY(w.open(gone));
        QVERIFY(w.open(m_sample));
        QCOMPARE(w.settings.recentFiles(), (QStringList{m_sample, gone}));
        QMenu& menu = *w.files().recentMenu();
        QVERIFY(menu.isEnabled());
        const QList<QAction*> entries = menu.actions();
        QCOMPARE(entries.size(), 4);  // two files, a separator, Clear Menu
        QCOMPARE(entries[0]->text(), QStringLiteral("&1 sample.overlap.json"));
        QCOMPARE(entries[1]->text(), QStringLiteral("&2 gone.overlap.json"));
        QCOMPARE(entries[1]->toolTip(), gone);

        const std::string comparison = w.comparison();
        QVERIFY(QFile::remove(gone));
        entries[1]->trigger();
        QVERIFY(!w.files().isLoading());
        const QStringList message = w.takeMessage();
        QCOMPARE(message.size(), 2);
        QVERIFY(message[1].contains(QStringLiteral("no longer there")));
        QCOMPARE(w.settings.recentFiles(), QStringList{m_sample});
        QCOMPARE(menu.actions().size(), 3);
        QCOMPARE(w.comparison(), comparison);

        menu.actions().constLast()->trigger();  // Clear Menu
        QVERIFY(w.settings.recentFiles().isEmpty());
        QVERIFY(!menu.isEnabled());
    }

    void actionsApplyOnlyWithAComparisonAndWhenIdle() {
        Window w;
        FileActions& files = w.files();
        for (QAction* action : {files.openAction(), files.importAction()}) {
            QVERIFY(action->isEnabled());
            QVERIFY(!action->toolTip().isEmpty());
            QVERIFY(!action->shortcut().isEmpty());
        }
        for (QAction* action : {files.saveAction(), files.saveAsAction(), files.exportAction(),
                                files.copyImageAction(), files.copyAsciiAction()}) {
            QVERIFY(!action->isEnabled());
            QVERIFY(!action->toolTip().isEmpty());
            QVERIFY(!action->shortcut().isEmpty());
        }
        QVERIFY(files.open(m_sample));
        // Reading: nothing else may start.
        QVERIFY(!files.openAction()->isEnabled());
        QVERIFY(!files.open(m_sample));
        QVERIFY(QTest::qWaitFor([&] { return !files.isLoading(); }, kLoadTimeoutMs));
        QVERIFY(files.openAction()->isEnabled());
        QVERIFY(files.saveAction()->isEnabled());
        QVERIFY(files.exportAction()->isEnabled());
    }

    void copyAsciiPutsMarkdownOnTheClipboard() {
        Window w;
        QVERIFY(w.open(m_sample));
        w.files().copyAsciiAction()->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.startsWith(QStringLiteral("```")));
        QVERIFY(text.contains(QStringLiteral("sequential")));
    }

    void aMillionEventTraceImportsWhileTheWindowKeepsResponding() {
        Window w;
        int ticks = 0;
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, [&] {
            if (!w.files().isLoading()) return;
            ++ticks;
            longestGapMs = std::max(longestGapMs, sinceTick.restart());
        });
        QVERIFY(w.files().open(m_bigTrace, FileKind::ChromeTrace));
        const QPointer progress = w.window.findChild<QProgressDialog*>();
        QVERIFY(progress);
        int lastProgress = 0;
        sinceTick.start();
        timer.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (w.files().isLoading()) lastProgress = std::max(lastProgress, progress->value());
                return !w.files().isLoading();
            },
            kLoadTimeoutMs));
        timer.stop();
        QVERIFY(w.noMessage());
        // The event loop turned all along and saw the import advance.
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QVERIFY2(longestGapMs < 2000, qPrintable(QString::number(longestGapMs)));
        QVERIFY(lastProgress > 0);

        const auto& runs = w.window.document()->runs();
        QCOMPARE(runs.size(), std::size_t{1});
        QCOMPARE(runs.front().tasks.size(), std::size_t{kBigTraceTasks});
        QCOMPARE(runs.front().tasks.front().phases.size(), std::size_t{kBigTracePhases});
        QCOMPARE(runs.front().workers.size(), std::size_t{4});
        QCOMPARE(w.window.windowTitle(), QStringLiteral("million"));
        QCOMPARE(w.window.compareView()->rowCount(), 1);
    }

    void cancellingAnImportKeepsTheComparison() {
        Window w;
        QVERIFY(w.open(m_sample));
        const Shown before(w.window);
        const std::string comparison = w.comparison();
        QVERIFY(w.files().open(m_bigTrace, FileKind::ChromeTrace));
        const QPointer progress = w.window.findChild<QProgressDialog*>();
        QVERIFY(progress);
        QVERIFY(QTest::qWaitFor([&] { return progress && progress->value() > 0; }, kLoadTimeoutMs));
        QVERIFY(w.files().isLoading());
        auto* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(QTest::qWaitFor([&] { return !w.files().isLoading(); }, kLoadTimeoutMs));
        QVERIFY(w.noMessage());
        QVERIFY(w.window.statusBar()->currentMessage().contains(QStringLiteral("Stopped")));
        compareShown(Shown(w.window), before);
        QCOMPARE(w.comparison(), comparison);
        QCOMPARE(w.settings.recentFiles(), QStringList{m_sample});
    }
};

QTEST_MAIN(FileActionsTest)
#include "file_actions_test.moc"
