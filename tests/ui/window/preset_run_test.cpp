// Presets run from the window against the embedded server: Run & Compare runs
// the preset's own runs (two async runs, one blocking), the rows tell them
// apart, and the claim strip ends with one line per check whose verdict is
// evaluate_checks' on the runs the document kept. Presets are scaled down to
// keep this fast; verdicts are compared, never required to pass.
#include <QAction>
#include <QTemporaryDir>
#include <QTest>

#include "analysis/emulation_notes.hpp"
#include "presets/builtin_presets.hpp"
#include "support/test_server.hpp"
#include "ui/compare/claim_view.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/window/main_window.hpp"
#include "ui/workload/preset_picker.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"
#include "ui/workload/workload_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kRunTimeoutMs = 60'000;

struct Window {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
    MainWindow window{settings, overlap::testing::engine_options(), QString()};

    void choose(const Preset& preset) {
        window.presetPicker()->setPresets({preset});
        window.presetPicker()->choose(QString::fromStdString(preset.name));
    }
    bool runToEnd() {
        window.runAction()->trigger();
        if (!window.controller()->isRunning()) return false;
        return QTest::qWaitFor([&] { return !window.controller()->isRunning(); }, kRunTimeoutMs);
    }
    std::vector<CheckResult> expectedChecks(const Preset& preset) const {
        RunSet runs;
        runs.runs.assign(window.document()->runs().begin(), window.document()->runs().end());
        return evaluate_checks(preset, runs);
    }
};

void compareChecks(const ClaimView& claim, const std::vector<CheckResult>& expected) {
    QCOMPARE(claim.checkCount(), static_cast<int>(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const int line = static_cast<int>(i);
        QCOMPARE(claim.verdict(line), expected[i].verdict);
        QCOMPARE(claim.checkLine(line), QLatin1String(to_string(expected[i].verdict)) +
                                            QStringLiteral("  ") +
                                            QString::fromStdString(expected[i].sentence()));
    }
}

}  // namespace

class PresetRunTest : public QObject {
    Q_OBJECT

private slots:
    void runsThePresetsOwnRunsAndShowsItsChecks_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("two async runs, one blocking") << QStringLiteral("blocking-in-loop");
        QTest::newRow("outcome counts") << QStringLiteral("failures");
    }

    void runsThePresetsOwnRunsAndShowsItsChecks() {
        QFETCH(QString, name);
        const Preset preset = scaled(*find_preset(name.toStdString()), 0.05);
        Window w;
        w.choose(preset);
        ClaimView& claim = *w.window.claimView();
        QVERIFY(claim.isHidden());
        w.window.runAction()->trigger();
        QVERIFY(w.window.controller()->isRunning());
        QVERIFY(!claim.isHidden());
        QCOMPARE(claim.checkCount(), 0);  // the claim first, the checks at the end
        // What is emulated and what is real, in the words overlap run uses.
        QCOMPARE(claim.emulationLine(), QString::fromStdString(emulation_notes(preset.plan())));
        QVERIFY(claim.emulationLine().startsWith(QStringLiteral("Emulated: ")));
        QVERIFY(
            QTest::qWaitFor([&] { return !w.window.controller()->isRunning(); }, kRunTimeoutMs));

        const auto& runs = w.window.document()->runs();
        QCOMPARE(runs.size(), preset.runs.size());
        const CompareView& compare = *w.window.compareView();
        QCOMPARE(compare.rowCount(), static_cast<int>(preset.runs.size()));
        for (std::size_t i = 0; i < runs.size(); ++i) {
            QCOMPARE(runs[i].config.mode, preset.runs[i].config.mode);
            QCOMPARE(runs[i].config.concurrency, preset.runs[i].config.concurrency);
            QCOMPARE(runs[i].behaviour.blocking_in_async,
                     preset.runs[i].behaviour.blocking_in_async);
            QCOMPARE(runs[i].behaviour.timeout_s, preset.runs[i].behaviour.timeout_s);
            QCOMPARE(runs[i].tasks.size(), preset.workload.tasks.size());
        }
        QCOMPARE(static_cast<std::size_t>(claim.checkCount()), preset.checks.size());
        compareChecks(claim, w.expectedChecks(preset));
    }

    void runsInOneModeGetTheirOwnCaptions() {
        const Preset preset = scaled(*find_preset("blocking-in-loop"), 0.05);
        Window w;
        w.choose(preset);
        QVERIFY(w.runToEnd());
        const CompareView& compare = *w.window.compareView();
        QCOMPARE(compare.rowCount(), 3);  // sequential, async, async blocking
        QVERIFY(!compare.caption(1).contains(QStringLiteral("blocking")));
        QVERIFY(compare.caption(2).contains(QStringLiteral("blocking call")));
    }

    void cancelledRunsAreNotMeasured() {
        const Preset& preset = *find_preset("blocking-in-loop");  // 1 s requests: still going
        Window w;
        w.choose(preset);
        w.window.runAction()->trigger();
        w.window.cancelAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !w.window.controller()->isRunning(); }, 5'000));
        const ClaimView& claim = *w.window.claimView();
        compareChecks(claim, w.expectedChecks(preset));
        for (int i = 0; i < claim.checkCount(); ++i)
            QCOMPARE(claim.verdict(i), Verdict::NotMeasured);
    }

    void aCustomRunClearsTheClaim() {
        Window w;
        w.choose(scaled(*find_preset("three-requests"), 0.05));
        QVERIFY(w.runToEnd());
        QVERIFY(w.window.claimView()->checkCount() > 0);

        WorkloadForm form;
        form.tasks = 2;
        form.shape.delay_s = 0.05;
        for (Mode mode : {Mode::Sequential, Mode::Threads, Mode::Processes})
            form.mode(mode).enabled = false;
        w.window.panel()->setForm(form);
        w.window.presetPicker()->choose(QString());
        w.window.runAction()->trigger();
        QVERIFY(w.window.claimView()->isHidden());
        QCOMPARE(w.window.claimView()->checkCount(), 0);
        QVERIFY(
            QTest::qWaitFor([&] { return !w.window.controller()->isRunning(); }, kRunTimeoutMs));
        QVERIFY(w.window.claimView()->isHidden());
        QCOMPARE(w.window.document()->runs().size(), std::size_t{1});
    }
};

QTEST_MAIN(PresetRunTest)
#include "preset_run_test.moc"
