// The window end to end against the embedded server: Run & Compare fills the
// compare view and the summary table with every mode and plausible numbers,
// Cancel stops it, the timelines share one time axis, and closing the window
// remembers the panel. Timing bounds are generous: this checks behaviour, not speed.
#include <QAction>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>
#include <signal.h>

#include "server/server_process.hpp"
#include "support/test_server.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/compare/summary_table_model.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"
#include "ui/workload/workload_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kRunTimeoutMs = 60'000;

WorkloadForm shortCompare() {
    WorkloadForm form;
    form.tasks = 4;
    form.shape.delay_s = 0.2;
    return form;
}

struct Window {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
    MainWindow window{settings, overlap::testing::engine_options(), QString()};

    bool runToEnd(const WorkloadForm& form) {
        window.panel()->setForm(form);
        window.runAction()->trigger();
        if (!window.controller()->isRunning()) return false;
        return QTest::qWaitFor([&] { return !window.controller()->isRunning(); }, kRunTimeoutMs);
    }
};

double xRange(const TimelineView* view, bool upper) {
    const QCPRange range = view->plot()->xAxis->range();
    return upper ? range.upper : range.lower;
}

}  // namespace

class CompareRunTest : public QObject {
    Q_OBJECT

private slots:
    // The window's own server killed mid-comparison: the modes after it are
    // not run, the status bar says why, and {server} workloads are refused
    // from then on instead of failing task by task.
    void aDeadServerStopsTheComparisonAndSaysWhy() {
        ServerProcess server(overlap::testing::overlap_executable());
        QTemporaryDir dir;
        Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
        EngineOptions engine = overlap::testing::engine_options();
        engine.server_base = server.base_url();
        MainWindow window(settings, engine, QString());
        window.watchServer(server);
        window.panel()->setForm(shortCompare());
        window.runAction()->trigger();
        QVERIFY(window.controller()->isRunning());
        QCOMPARE(::kill(server.pid(), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return !window.controller()->isRunning(); }, kRunTimeoutMs));

        QCOMPARE(window.document()->runs().size(), std::size_t{1});
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("killed by signal 9")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the modes after it were not run")), qPrintable(message));
        QVERIFY(window.controller()->engineOptions().server_base.empty());
        window.panel()->setForm(shortCompare());
        window.runAction()->trigger();
        QVERIFY(!window.controller()->isRunning());
    }

    void shortCompareFillsTheTableWithEveryMode() {
        Window w;
        w.window.panel()->setForm(shortCompare());
        w.window.runAction()->trigger();
        QVERIFY(w.window.controller()->isRunning());
        QVERIFY(!w.window.runAction()->isEnabled());
        QVERIFY(w.window.cancelAction()->isEnabled());
        QVERIFY(
            QTest::qWaitFor([&] { return !w.window.controller()->isRunning(); }, kRunTimeoutMs));
        QVERIFY(w.window.runAction()->isEnabled());
        QVERIFY(!w.window.cancelAction()->isEnabled());

        const auto& runs = w.window.document()->runs();
        QCOMPARE(runs.size(), std::size_t{4});
        const SummaryTableModel& table = *w.window.summaryModel();
        QCOMPARE(table.rowCount(), 4);
        const Mode order[] = {Mode::Sequential, Mode::Threads, Mode::Async, Mode::Processes};
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const RunRecord& run = runs[i];
            const Summary& s = run.summary;
            QCOMPARE(run.config.mode, order[i]);
            QCOMPARE(s.ok, 4);
            QCOMPARE(s.http_errors + s.errors + s.timeouts + s.cancelled, 0);
            const bool sequential = run.config.mode == Mode::Sequential;
            // Four 0.2 s requests: one after another, or all at once.
            QVERIFY2(s.makespan_s >= (sequential ? 0.8 : 0.2),
                     qPrintable(QString::number(s.makespan_s)));
            QVERIFY2(s.makespan_s < (sequential ? 5.0 : 4.0),
                     qPrintable(QString::number(s.makespan_s)));
            QVERIFY(s.ideal_s);
            QVERIFY(qAbs(*s.ideal_s - (sequential ? 0.8 : 0.2)) < 1e-9);
            QVERIFY(s.efficiency && *s.efficiency > 0 && *s.efficiency <= 1.0);
            if (run.config.mode == Mode::Processes) {
                // Workers start one by one: an early task may end before the last one starts.
                QVERIFY(s.peak_in_flight >= 1 && s.peak_in_flight <= 4);
            } else {
                QCOMPARE(s.peak_in_flight, sequential ? 1 : 4);
            }
            QVERIFY(s.latency_p50_s >= 0.2 && s.latency_p50_s < 4.0);

            const QModelIndex mode =
                table.index(static_cast<int>(i), SummaryTableModel::ModeColumn);
            QCOMPARE(mode.data(SummaryTableModel::SortRole).toInt(), static_cast<int>(order[i]));
            const QModelIndex makespan =
                table.index(static_cast<int>(i), SummaryTableModel::MakespanColumn);
            QCOMPARE(makespan.data(SummaryTableModel::SortRole).toDouble(), s.makespan_s);
            QVERIFY(w.window.compareView()
                        ->caption(static_cast<int>(i))
                        .contains(QStringLiteral("ideal")));
        }
    }

    void timelinesShareOneTimeAxisAndSelection() {
        Window w;
        WorkloadForm form = shortCompare();
        form.mode(Mode::Processes).enabled = false;
        QVERIFY(w.runToEnd(form));
        CompareView& compare = *w.window.compareView();
        QCOMPARE(compare.rowCount(), 3);
        QCoreApplication::processEvents();

        // Followed to the longest run: the sequential one.
        const double longest = w.window.document()->runs().front().summary.makespan_s;
        for (int i = 0; i < compare.rowCount(); ++i) {
            QCOMPARE(xRange(compare.timeline(i), false), 0.0);
            QVERIFY(xRange(compare.timeline(i), true) >= longest);
            QCOMPARE(xRange(compare.timeline(i), true), xRange(compare.timeline(0), true));
        }

        // A zoom in one timeline (as the mouse does it) moves all of them.
        compare.timeline(1)->plot()->xAxis->setRange(0.1, 0.3);
        for (int i = 0; i < compare.rowCount(); ++i) {
            QCOMPARE(xRange(compare.timeline(i), false), 0.1);
            QCOMPARE(xRange(compare.timeline(i), true), 0.3);
        }
        compare.fitAll();
        QVERIFY(xRange(compare.timeline(2), true) >= longest);

        emit compare.timeline(2)->taskSelected(3);
        for (int i = 0; i < compare.rowCount(); ++i)
            QCOMPARE(compare.timeline(i)->selectedTask(), 3);

        compare.setLaneMode(LaneMode::PerWorker);
        for (int i = 0; i < compare.rowCount(); ++i) {
            QCOMPARE(compare.timeline(i)->laneMode(), LaneMode::PerWorker);
        }
    }

    void cancelStopsTheComparison() {
        Window w;
        WorkloadForm form;
        form.tasks = 4;
        form.shape.delay_s = 5;
        form.mode(Mode::Threads).enabled = false;
        form.mode(Mode::Processes).enabled = false;
        w.window.panel()->setForm(form);
        w.window.runAction()->trigger();
        QTest::qWait(300);
        w.window.cancelAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !w.window.controller()->isRunning(); }, 5'000));
        const auto& runs = w.window.document()->runs();
        QCOMPARE(runs.size(), std::size_t{1});  // async never started
        QVERIFY(runs.front().cancelled);
        QCOMPARE(runs.front().summary.ok, 0);
        QVERIFY(!runs.front().summary.efficiency);  // stopped early: no efficiency to show
        QCOMPARE(w.window.summaryModel()->rowCount(), 1);
        QVERIFY(w.window.compareView()->caption(0).contains(QStringLiteral("cancelled")));
        QVERIFY(w.window.compareView()->caption(1).contains(QStringLiteral("waiting")));
        QVERIFY(w.window.runAction()->isEnabled());
    }

    void closingRemembersThePanelAndLaneMode() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("overlap.ini"));
        WorkloadForm form = shortCompare();
        form.tasks = 7;
        form.mode(Mode::Async).concurrency = 3;
        {
            Settings settings(file);
            MainWindow window(settings, overlap::testing::engine_options(), QString());
            window.panel()->setForm(form);
            window.compareView()->setLaneMode(LaneMode::PerWorker);
            window.show();
            window.close();
        }
        Settings settings(file);
        QCOMPARE(settings.workloadForm(), form);
        QCOMPARE(settings.laneMode(), LaneMode::PerWorker);
        QVERIFY(!settings.windowGeometry().isEmpty());
        MainWindow restored(settings, overlap::testing::engine_options(), QString());
        QCOMPARE(restored.panel()->form(), form);
        QCOMPARE(restored.compareView()->laneMode(), LaneMode::PerWorker);
    }

    void withoutTheServerOnlyUrlListsRun() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        EngineOptions engine = overlap::testing::engine_options();
        engine.server_base.clear();
        MainWindow window(settings, engine, QStringLiteral("cannot start"));
        QCOMPARE(window.panel()->form().target, TargetKind::UrlList);
        window.runAction()->trigger();  // no URLs yet: refused
        QVERIFY(!window.controller()->isRunning());

        WorkloadForm form;
        form.target = TargetKind::UrlList;
        form.urls = {overlap::testing::server_base() + "/delay/0.05"};
        form.tasks = 2;
        form.mode(Mode::Threads).enabled = false;
        form.mode(Mode::Processes).enabled = false;
        window.panel()->setForm(form);
        window.runAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !window.controller()->isRunning(); }, kRunTimeoutMs));
        QCOMPARE(window.summaryModel()->rowCount(), 2);
        QCOMPARE(window.document()->runs().back().summary.ok, 2);
        QVERIFY(!window.document()->runs().back().summary.ideal_s);  // unknown for real URLs
    }

    void aUrlThatIsNotTheWebIsRefusedBeforeTheRun() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        MainWindow window(settings, overlap::testing::engine_options(), QString());
        WorkloadForm form;
        form.target = TargetKind::UrlList;
        form.urls = {overlap::testing::server_base() + "/get", "file:///etc/hostname"};
        form.tasks = 2;
        window.panel()->setForm(form);
        window.runAction()->trigger();
        QVERIFY(!window.controller()->isRunning());
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("task 2's URL 'file:///etc/hostname' is not http:// or https://")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(CompareRunTest)
#include "compare_run_test.moc"
