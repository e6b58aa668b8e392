// The workload panel round-trips every field, and what it holds maps to the
// engine's Workload and mode list: one row per shape of workload.
#include <QAction>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "model/mode.hpp"
#include "model/workload_limits.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"
#include "ui/workload/workload_form.hpp"
#include "ui/workload/workload_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

Q_DECLARE_METATYPE(overlap::ui::WorkloadForm)

namespace {

struct Expected {
    std::size_t tasks;
    std::vector<std::string> urls;  // per task, before {server} is resolved
    double cpu_ms;
    std::optional<double> expected_s;
    std::vector<ModeConfig> modes;
};

}  // namespace

Q_DECLARE_METATYPE(Expected)

class WorkloadPanelTest : public QObject {
    Q_OBJECT

private slots:
    void defaultsReproduceTheClassicDemo() {
        WorkloadPanel panel;
        const WorkloadForm form = panel.form();
        QCOMPARE(form, WorkloadForm{});
        const Workload workload = to_workload(form);
        QCOMPARE(workload.tasks.size(), std::size_t{10});
        QCOMPARE(workload.tasks.front().url, std::string("{server}/delay/1"));
        QCOMPARE(workload.tasks.front().expected_s, std::optional<double>(1.0));
        QCOMPARE(workload.title, std::string("10 \u00d7 /delay/1"));
        const std::vector<ModeConfig> modes = to_mode_configs(form);
        QCOMPARE(modes.size(), std::size_t{4});
        for (const ModeConfig& mode : modes) {
            QCOMPARE(mode.effective_concurrency(), mode.mode == Mode::Sequential ? 1 : 10);
        }
    }

    void mapsToWorkload_data() {
        QTest::addColumn<WorkloadForm>("form");
        QTest::addColumn<Expected>("expected");

        WorkloadForm quick;
        quick.tasks = 4;
        quick.shape.delay_s = 0.2;
        quick.cpu_ms = 50;
        quick.mode(Mode::Threads).concurrency = 2;
        QTest::newRow("delay with cpu work") << quick
                                             << Expected{4,
                                                         {"{server}/delay/0.2"},
                                                         50,
                                                         0.2,
                                                         {{Mode::Sequential, 1},
                                                          {Mode::Threads, 2},
                                                          {Mode::Async, 10},
                                                          {Mode::Processes, 10}}};

        WorkloadForm jitter;
        jitter.shape.jitter_s = 0.5;
        jitter.mode(Mode::Sequential).enabled = false;
        jitter.mode(Mode::Processes).enabled = false;
        QTest::newRow("jitter has no known duration")
            << jitter
            << Expected{10,
                        {"{server}/delay/1?jitter=0.5&seed={i}"},
                        0,
                        std::nullopt,
                        {{Mode::Threads, 10}, {Mode::Async, 10}}};

        WorkloadForm bytes;
        bytes.shape.bytes = 4096;
        bytes.mode(Mode::Async).concurrency = 100;
        QTest::newRow("bytes overrides delay") << bytes
                                               << Expected{10,
                                                           {"{server}/bytes/4096"},
                                                           0,
                                                           std::nullopt,
                                                           {{Mode::Sequential, 1},
                                                            {Mode::Threads, 10},
                                                            {Mode::Async, 100},
                                                            {Mode::Processes, 10}}};

        WorkloadForm status;
        status.shape.status = 503;
        status.shape.bytes = 10;
        status.tasks = 2;
        QTest::newRow("status overrides everything") << status
                                                     << Expected{2,
                                                                 {"{server}/status/503"},
                                                                 0,
                                                                 std::nullopt,
                                                                 {{Mode::Sequential, 1},
                                                                  {Mode::Threads, 10},
                                                                  {Mode::Async, 10},
                                                                  {Mode::Processes, 10}}};

        WorkloadForm urls;
        urls.target = TargetKind::UrlList;
        urls.urls = {"http://127.0.0.1:1/a", "http://127.0.0.1:1/b?i={i}"};
        urls.tasks = 5;
        urls.mode(Mode::Threads).enabled = false;
        QTest::newRow("url list wraps round")
            << urls
            << Expected{
                   5,
                   {"http://127.0.0.1:1/a", "http://127.0.0.1:1/b?i={i}", "http://127.0.0.1:1/a",
                    "http://127.0.0.1:1/b?i={i}", "http://127.0.0.1:1/a"},
                   0,
                   std::nullopt,
                   {{Mode::Sequential, 1}, {Mode::Async, 10}, {Mode::Processes, 10}}};

        WorkloadForm empty;
        empty.target = TargetKind::UrlList;
        QTest::newRow("empty url list has no tasks") << empty
                                                     << Expected{0,
                                                                 {},
                                                                 0,
                                                                 std::nullopt,
                                                                 {{Mode::Sequential, 1},
                                                                  {Mode::Threads, 10},
                                                                  {Mode::Async, 10},
                                                                  {Mode::Processes, 10}}};
    }

    void mapsToWorkload() {
        QFETCH(WorkloadForm, form);
        QFETCH(Expected, expected);

        // Through the widgets, as the window does it.
        WorkloadPanel panel;
        panel.setForm(form);
        const WorkloadForm shown = panel.form();
        QCOMPARE(shown, form);

        const Workload workload = to_workload(shown);
        QCOMPARE(workload.tasks.size(), expected.tasks);
        for (std::size_t i = 0; i < workload.tasks.size(); ++i) {
            const auto& url = expected.urls.size() == 1 ? expected.urls[0] : expected.urls[i];
            QCOMPARE(workload.tasks[i].url, url);
            QCOMPARE(workload.tasks[i].cpu_ms, expected.cpu_ms);
            QCOMPARE(workload.tasks[i].expected_s, expected.expected_s);
        }
        QCOMPARE(workload.behaviour.timeout_s, form.timeout_s);

        const std::vector<ModeConfig> modes = to_mode_configs(shown);
        QCOMPARE(modes.size(), expected.modes.size());
        for (std::size_t i = 0; i < modes.size(); ++i) {
            QCOMPARE(modes[i].mode, expected.modes[i].mode);
            QCOMPARE(modes[i].effective_concurrency(), expected.modes[i].concurrency);
        }
    }

    void carriesBehaviourSwitches() {
        WorkloadForm form;
        form.gil = true;
        form.offload = true;
        form.cpu_ms = 20;
        form.timeout_s = 2.5;
        WorkloadPanel panel;
        panel.setForm(form);
        const Behaviour behaviour = to_workload(panel.form()).behaviour;
        QVERIFY(behaviour.gil);
        QVERIFY(behaviour.offload);
        QVERIFY(!behaviour.blocking_in_async);
        QCOMPARE(behaviour.timeout_s, 2.5);
        // Every run of a plain comparison has the form's behaviour.
        const RunPlan plan = to_plan(panel.form());
        QCOMPARE(plan.runs.size(), to_mode_configs(panel.form()).size());
        for (const PresetRun& run : plan.runs) {
            QVERIFY(run.behaviour.gil && run.behaviour.offload);
            QCOMPARE(run.behaviour.timeout_s, 2.5);
        }
    }

    void withoutServerOnlyUrlListsRun() {
        WorkloadPanel panel;
        panel.setServerAvailable(false);
        QCOMPARE(panel.form().target, TargetKind::UrlList);
    }

    // The panel cannot hold what the run would refuse: its ranges are the limits.
    void spinBoxesStopAtTheWorkloadLimits() {
        WorkloadPanel panel;
        const auto spin = [&](const char* name) { return panel.findChild<QSpinBox*>(QLatin1String(name)); };
        const auto real = [&](const char* name) { return panel.findChild<QDoubleSpinBox*>(QLatin1String(name)); };
        const std::pair<QSpinBox*, const Limit*> whole[] = {
            {spin("tasks"), &kTasksLimit},
            {spin("bytes"), &kBytesLimit},
            {spin("concurrency_threads"), &kThreadsLimit},
            {spin("concurrency_async"), &kAsyncLimit},
            {spin("concurrency_processes"), &kProcessesLimit},
        };
        for (const auto& [box, limit] : whole) {
            QVERIFY2(box, limit->name);
            QCOMPARE(box->minimum(), static_cast<int>(limit->min));
            QCOMPARE(box->maximum(), static_cast<int>(limit->max));
        }
        const std::pair<QDoubleSpinBox*, const Limit*> reals[] = {
            {real("delay"), &kDelayLimit},
            {real("jitter"), &kJitterLimit},
            {real("cpuMs"), &kCpuMsLimit},
            {real("timeout"), &kTimeoutLimit},
        };
        for (const auto& [box, limit] : reals) {
            QVERIFY2(box, limit->name);
            QCOMPARE(box->minimum(), limit->min);
            QCOMPARE(box->maximum(), limit->max);
        }
        WorkloadForm tooBig;
        tooBig.shape.bytes = 50'000'000;  // the window took this once, and every task failed with 400
        panel.setForm(tooBig);
        QCOMPARE(panel.form().shape.bytes, static_cast<long>(kMaxBytes));
    }

    // Each value within its range, but the server would clamp their sum: the
    // window refuses to run it, in the words `overlap run --delay 8 --jitter 5` uses.
    void windowRefusesWhatTheCommandLineRefuses() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        EngineOptions engine;
        engine.server_base = "http://127.0.0.1:9";  // never reached: the run is refused first
        MainWindow window(settings, engine, QString());
        WorkloadForm form;
        form.shape.delay_s = 8;
        form.shape.jitter_s = 5;
        window.panel()->setForm(form);
        window.runAction()->trigger();
        QVERIFY(!window.controller()->isRunning());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("delay plus jitter must be from 0 to 10 s, the longest the embedded "
                                "server waits (got 13)"));
    }

    void editsEmitFormChangedButSetFormDoesNot() {
        WorkloadPanel panel;
        int changes = 0;
        connect(&panel, &WorkloadPanel::formChanged, this, [&] { ++changes; });
        WorkloadForm form;
        form.tasks = 3;
        panel.setForm(form);
        QCOMPARE(changes, 0);
        auto* tasks = panel.findChild<QSpinBox*>(QStringLiteral("tasks"));
        QVERIFY(tasks);
        tasks->setValue(7);
        QCOMPARE(changes, 1);
        QCOMPARE(panel.form().tasks, 7);
    }
};

QTEST_MAIN(WorkloadPanelTest)
#include "workload_panel_test.moc"
