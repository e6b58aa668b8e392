// A comparison opened from a run file shows what produced it: a preset's claim
// strip and verdicts come back, the workload panel holds the file's workload
// (and the picker the file's preset, so Run & Compare runs it again), and
// markers are drawn, added, edited, deleted and saved with the runs.
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "analysis/preset_captions.hpp"
#include "analysis/preset_checks.hpp"
#include "formats/run_file.hpp"
#include "presets/builtin_presets.hpp"
#include "support/sample_runs.hpp"
#include "ui/compare/claim_view.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/compare/marker_menu.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/timeline/timeline_markers.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"
#include "ui/workload/preset_form.hpp"
#include "ui/workload/preset_picker.hpp"
#include "ui/workload/workload_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kLoadTimeoutMs = 60'000;

struct Window {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
    MainWindow window{settings, {}, QStringLiteral("no server in this test")};

    bool open(const QString& path) {
        if (!window.fileActions()->open(path, FileKind::Either)) return false;
        return QTest::qWaitFor([&] { return !window.fileActions()->isLoading(); }, kLoadTimeoutMs);
    }
    WorkloadForm form() const { return window.findChild<WorkloadPanel*>()->form(); }
    int markersDrawn(int row) const {
        return window.compareView()->timeline(row)->markers().count();
    }
};

const Preset& poolOfFour() {
    const auto& presets = builtin_presets();
    return *std::find_if(presets.begin(), presets.end(),
                         [](const Preset& p) { return p.name == "pool-of-four"; });
}

// The preset's runs, made up from the sample run in the preset's modes.
RunSet presetRuns(const Preset& preset) {
    RunSet runs;
    runs.workload = preset.workload;
    for (const PresetRun& planned : preset.runs) {
        RunRecord run = test::sample_run();
        run.config = planned.config;
        run.behaviour = planned.behaviour;
        runs.runs.push_back(run);
    }
    attach_preset(runs, preset, evaluate_checks(preset, runs));
    return runs;
}

QString saved(const QTemporaryDir& dir, const RunSet& runs, const char* name) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    save_run_file(runs, path.toStdString());
    return path;
}

}  // namespace

class SavedPresetTest : public QObject {
    Q_OBJECT

private slots:
    void aReopenedPresetRunShowsItsClaimStripAndVerdicts() {
        Window w;
        RunSet runs = presetRuns(poolOfFour());
        runs.markers.push_back({0.1, kAllRuns, kNoTask, "on every run"});
        QVERIFY(w.open(saved(w.dir, runs, "pool.overlap.json")));
        const ClaimView& claim = *w.window.claimView();
        QVERIFY(!claim.isHidden());
        QCOMPARE(claim.checkCount(), static_cast<int>(runs.preset->verdicts.size()));
        for (int i = 0; i < claim.checkCount(); ++i) {
            QCOMPARE(claim.verdict(i), runs.preset->verdicts[static_cast<std::size_t>(i)].verdict);
        }
        // Run & Compare would run the file's preset, as the panel shows it.
        const Preset* chosen = w.window.presetPicker()->preset();
        QVERIFY(chosen);
        QCOMPARE(chosen->name, std::string("pool-of-four"));
        QCOMPARE(chosen->runs.size(), poolOfFour().runs.size());
        // The panel as choosing the built-in preset fills it (the same preset).
        const WorkloadForm opened = w.form();
        w.window.presetPicker()->choose(QStringLiteral("pool-of-four"));
        QVERIFY(opened == w.form());
        // Its markers are drawn, each on its own run's row.
        for (std::uint32_t row = 0; row < 2; ++row) {
            const auto own =
                std::count_if(runs.markers.begin(), runs.markers.end(),
                              [&](const Marker& m) { return m.run == row || m.run == kAllRuns; });
            QVERIFY(own > 0);
            QCOMPARE(w.markersDrawn(static_cast<int>(row)), static_cast<int>(own));
        }
    }

    void aCustomRunShowsItsWorkloadInThePanelAndNoClaim() {
        Window w;
        const RunSet runs = test::rich_run_set();
        QVERIFY(w.open(saved(w.dir, runs, "custom.overlap.json")));
        QVERIFY(w.window.claimView()->isHidden());
        QVERIFY(!w.window.presetPicker()->preset());
        Preset plan;
        plan.workload = runs.workload;
        for (const RunRecord& run : runs.runs) plan.runs.push_back({run.config, run.behaviour});
        const WorkloadForm form = w.form();
        QVERIFY(form == preset_form(plan));
        const Workload shown = to_workload(form);
        QCOMPARE(shown.behaviour.timeout_s, runs.workload.behaviour.timeout_s);
        QCOMPARE(shown.tasks.size(), runs.workload.tasks.size());
    }

    void markersAreAddedEditedDeletedAndSavedWithTheRuns() {
        Window w;
        RunSet runs = test::rich_run_set();
        const QString path = saved(w.dir, runs, "markers.overlap.json");
        QVERIFY(w.open(path));
        MarkerMenu& menu = *w.window.markerMenu();

        std::unique_ptr<QMenu> onTask(menu.menuFor(0, 0.25, 1, -1));
        QVERIFY(onTask);
        QCOMPARE(onTask->actions().size(), 1);
        QVERIFY(onTask->actions()[0]->text().contains(QStringLiteral("Task 1")));

        menu.add({0.25, 0, 1, "the second wave starts"});
        QVERIFY(w.window.document()->isModified());
        QCOMPARE(w.markersDrawn(0), 1);
        QCOMPARE(w.markersDrawn(1), 0);  // it belongs to run 0
        QCOMPARE(w.window.compareView()->timeline(0)->markers().caption(0)->caption(),
                 QStringLiteral("the second wave starts"));

        std::unique_ptr<QMenu> onMarker(menu.menuFor(0, 0.25, -1, 0));
        QCOMPARE(onMarker->actions().size(), 4);  // add, separator, edit, delete
        menu.edit(0, QStringLiteral("the loop is blocked here"));
        menu.add({0.5, kAllRuns, kNoTask, "every run"});
        QCOMPARE(w.markersDrawn(1), 1);

        QVERIFY(w.window.fileActions()->saveTo(path));
        QVERIFY(!w.window.document()->isModified());
        const RunSet read = load_run_file(path.toStdString());
        QCOMPARE(read.markers.size(), std::size_t{2});
        QCOMPARE(read.markers[0].caption, std::string("the loop is blocked here"));
        QCOMPARE(read.markers[0].task, 1u);

        menu.remove(0);
        QCOMPARE(w.markersDrawn(0), 1);
        QCOMPARE(w.window.document()->markers().front().caption, std::string("every run"));
    }

    void addMarkerHereAsksForACaptionOfBoundedLength() {
        Window w;
        QVERIFY(w.open(saved(w.dir, test::rich_run_set(), "ask.overlap.json")));
        std::unique_ptr<QMenu> menu(w.window.markerMenu()->menuFor(1, 0.5, -1, -1));
        menu->actions().front()->trigger();
        auto* dialog = w.window.findChild<QInputDialog*>();
        QVERIFY(dialog);
        auto* edit = dialog->findChild<QLineEdit*>();
        QCOMPARE(edit->maxLength(), static_cast<int>(kMaxCaptionChars));
        dialog->setTextValue(QStringLiteral("  the loop is blocked here  "));
        dialog->accept();
        QCOMPARE(w.window.document()->markers().size(), std::size_t{1});
        const Marker& added = w.window.document()->markers().front();
        QCOMPARE(added.caption, std::string("the loop is blocked here"));
        QCOMPARE(added.run, 1u);
        QCOMPARE(added.time_s, 0.5);
        QCOMPARE(w.markersDrawn(1), 1);
    }
};

QTEST_MAIN(SavedPresetTest)
#include "saved_preset_test.moc"
