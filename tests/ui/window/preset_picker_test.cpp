// The preset picker without running anything: it offers every built-in preset,
// choosing one fills the panel as far as the panel can say it and shows the
// claim, an edit turns it back into a custom workload, the choice survives a
// restart, and the first launch is still the classic ten-request demo.
#include <QComboBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "presets/builtin_presets.hpp"
#include "ui/window/main_window.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/workload/preset_form.hpp"
#include "ui/workload/preset_picker.hpp"
#include "ui/window/settings.hpp"
#include "ui/workload/workload_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

const Preset& builtin(const char* name) {
    const Preset* preset = find_preset(name);
    if (!preset) qFatal("no built-in preset %s", name);
    return *preset;
}

std::vector<Mode> checkedModes(const WorkloadForm& form) {
    std::vector<Mode> modes;
    for (Mode mode : kAllModes) {
        if (form.mode(mode).enabled) modes.push_back(mode);
    }
    return modes;
}

}  // namespace

class PresetPickerTest : public QObject {
    Q_OBJECT

private slots:
    void listsEveryBuiltinPreset() {
        WorkloadPanel panel;
        PresetPicker picker(&panel);
        picker.setPresets(builtin_presets());
        const QComboBox& combo = *picker.comboBox();
        QCOMPARE(combo.count(), static_cast<int>(builtin_presets().size()) + 1);
        QCOMPARE(combo.currentIndex(), 0);
        QVERIFY(!picker.preset());
        for (std::size_t i = 0; i < builtin_presets().size(); ++i) {
            const Preset& preset = builtin_presets()[i];
            const int item = static_cast<int>(i) + 1;
            QCOMPARE(combo.itemText(item), QString::fromStdString(preset.title));
            QCOMPARE(combo.itemData(item, Qt::ToolTipRole).toString(),
                     QString::fromStdString(preset.claim));
        }
    }

    void choosingFillsTheFormAndShowsTheClaim() {
        WorkloadPanel panel;
        PresetPicker picker(&panel);
        picker.setPresets(builtin_presets());
        for (const Preset& preset : builtin_presets()) {
            picker.choose(QString::fromStdString(preset.name));
            QVERIFY(picker.preset());
            QCOMPARE(picker.preset()->name, preset.name);
            QCOMPARE(picker.presetName(), QString::fromStdString(preset.name));
            QCOMPARE(picker.claimText(), QString::fromStdString(preset.claim));
            QCOMPARE(panel.form(), preset_form(preset));
        }
        // Through the combo box, as the user does it.
        picker.comboBox()->setCurrentIndex(1);
        QCOMPARE(picker.presetName(), QString::fromStdString(builtin_presets().front().name));
        QCOMPARE(panel.form(), preset_form(builtin_presets().front()));
    }

    void formSaysWhatItCan() {
        const WorkloadForm ten = preset_form(builtin("ten-requests"));
        QCOMPARE(ten.target, TargetKind::Server);
        QCOMPARE(ten.tasks, 10);
        QCOMPARE(ten.shape.delay_s, 1.0);
        QCOMPARE(checkedModes(ten),
                 (std::vector<Mode>{Mode::Sequential, Mode::Threads, Mode::Async}));
        QCOMPARE(ten.mode(Mode::Threads).concurrency, 10);
        QCOMPARE(to_workload(ten).tasks.front().url,
                 builtin("ten-requests").workload.tasks.front().url);

        const WorkloadForm blocking = preset_form(builtin("blocking-in-loop"));
        QCOMPARE(checkedModes(blocking), (std::vector<Mode>{Mode::Sequential, Mode::Async}));
        QCOMPARE(blocking.mode(Mode::Async).concurrency, 5);
        QVERIFY(!blocking.blocking_in_async);  // the workload's; only the second run blocks

        const WorkloadForm cpu = preset_form(builtin("cpu-gil"));
        QCOMPARE(cpu.target, TargetKind::UrlList);
        QVERIFY(cpu.urls.empty());  // CPU-only tasks have no URL to show
        QCOMPARE(cpu.cpu_ms, 250.0);
        QVERIFY(cpu.gil);

        // Mixed tasks: task i fetches line i of the URL list.
        const Preset& failures = builtin("failures");
        const WorkloadForm mixed = preset_form(failures);
        QCOMPARE(mixed.target, TargetKind::UrlList);
        QCOMPARE(mixed.timeout_s, failures.workload.behaviour.timeout_s);
        const Workload shown = to_workload(mixed);
        QCOMPARE(shown.tasks.size(), failures.workload.tasks.size());
        for (std::size_t i = 0; i < shown.tasks.size(); ++i)
            QCOMPARE(shown.tasks[i].url, failures.workload.tasks[i].url);
    }

    void captionsTellRunsInOneModeApart() {
        const QStringList captions = runCaptions(builtin("blocking-in-loop").plan());
        QCOMPARE(captions.size(), 3);  // sequential, async, async blocking
        QVERIFY(captions[1] != captions[2]);
        QVERIFY(captions[2].contains(QStringLiteral("blocking call")));
        QVERIFY(!captions[1].contains(QStringLiteral("blocking")));
        // Runs in different modes keep their usual labels.
        const QStringList plain = runCaptions(builtin("ten-requests").plan());
        QCOMPARE(plain, (QStringList{QStringLiteral("Sequential"),
                                     QStringLiteral("Thread pool \u00b7 W=10"),
                                     QStringLiteral("Async \u00b7 C=10")}));
    }

    void editingAFieldMakesItCustom() {
        WorkloadPanel panel;
        PresetPicker picker(&panel);
        picker.setPresets(builtin_presets());
        picker.choose(QStringLiteral("three-requests"));
        QVERIFY(picker.preset());
        auto* tasks = panel.findChild<QSpinBox*>(QStringLiteral("tasks"));
        QVERIFY(tasks);
        tasks->setValue(tasks->value() + 1);
        QVERIFY(!picker.preset());
        QCOMPARE(picker.comboBox()->currentIndex(), 0);
        QCOMPARE(panel.form().tasks, 4);  // the edit stays

        picker.choose(QStringLiteral("no-such-preset"));
        QVERIFY(!picker.preset());
        QCOMPARE(panel.form().tasks, 4);
    }

    void firstLaunchIsTheClassicDemo() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        MainWindow window(settings, EngineOptions{}, QString());
        QVERIFY(!window.presetPicker()->preset());
        const WorkloadForm form = window.panel()->form();
        QCOMPARE(form, WorkloadForm{});
        QCOMPARE(to_workload(form).tasks.size(), std::size_t{10});
        QCOMPARE(to_mode_configs(form).size(), std::size_t{4});
    }

    void choiceSurvivesARestart() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("overlap.ini"));
        {
            Settings settings(file);
            MainWindow window(settings, EngineOptions{}, QString());
            window.presetPicker()->choose(QStringLiteral("pool-of-four"));
            window.show();
            window.close();
        }
        Settings settings(file);
        QCOMPARE(settings.presetName(), QStringLiteral("pool-of-four"));
        MainWindow restored(settings, EngineOptions{}, QString());
        QCOMPARE(restored.presetPicker()->presetName(), QStringLiteral("pool-of-four"));
        QCOMPARE(restored.panel()->form(), preset_form(builtin("pool-of-four")));

        // A custom workload is remembered as none.
        restored.presetPicker()->choose(QString());
        restored.close();
        QCOMPARE(Settings(file).presetName(), QString());
    }
};

QTEST_MAIN(PresetPickerTest)
#include "preset_picker_test.moc"
