// Settings survive a restart: every panel field, the lane mode, the theme, the window's
// geometry and state, written by one Settings and read by a fresh one.
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "ui/window/settings.hpp"

using namespace overlap;
using namespace overlap::ui;

class SettingsTest : public QObject {
    Q_OBJECT

private slots:
    void emptySettingsGiveTheDefaults() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        QCOMPARE(settings.workloadForm(), WorkloadForm{});
        QVERIFY(settings.presetName().isEmpty());
        QCOMPARE(settings.laneMode(), LaneMode::PerTask);
        QCOMPARE(settings.theme(), ThemeId::Light);
        QVERIFY(settings.windowGeometry().isEmpty());
    }

    void roundTripsEveryField() {
        WorkloadForm form;
        form.target = TargetKind::UrlList;
        form.shape = {0.25, 0.1, 2048, 503};
        form.urls = {"http://127.0.0.1:1/a", "https://example.org/{i}"};
        form.tasks = 123;
        form.cpu_ms = 42.5;
        form.timeout_s = 7.5;
        form.mode(Mode::Sequential).enabled = false;
        form.mode(Mode::Threads).concurrency = 3;
        form.mode(Mode::Async).concurrency = 500;
        form.mode(Mode::Processes).enabled = false;
        form.mode(Mode::Processes).concurrency = 2;
        form.gil = true;
        form.blocking_in_async = true;
        form.offload = true;
        const QByteArray geometry("\x01\x02geometry", 10);
        const QByteArray state("\x00state\xff", 7);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("overlap.ini"));
        {
            Settings settings(file);
            settings.setWorkloadForm(form);
            settings.setPresetName(QStringLiteral("ten-requests"));
            settings.setLaneMode(LaneMode::PerWorker);
            settings.setTheme(ThemeId::HighContrast);
            settings.setWindowGeometry(geometry);
            settings.setWindowState(state);
            settings.sync();
        }
        Settings restored(file);
        QCOMPARE(restored.workloadForm(), form);
        QCOMPARE(restored.presetName(), QStringLiteral("ten-requests"));
        QCOMPARE(restored.laneMode(), LaneMode::PerWorker);
        QCOMPARE(restored.theme(), ThemeId::HighContrast);
        QCOMPARE(restored.windowGeometry(), geometry);
        QCOMPARE(restored.windowState(), state);
    }

    // A hand-edited or newer file's theme the window does not know: the default.
    void anUnknownThemeGivesTheDefault() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("overlap.ini"));
        QSettings(file, QSettings::IniFormat)
            .setValue(QStringLiteral("view/theme"), QStringLiteral("sepia"));
        QCOMPARE(Settings(file).theme(), kDefaultTheme);
    }
};

QTEST_MAIN(SettingsTest)
#include "settings_test.moc"
