// The replay on a real window, offscreen, driven by its keys: R opens it
// (playing), Space pauses and plays, Home and End jump, Left and Right step
// from event to event, R again closes it; and it is offered only for a
// finished comparison.
#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "formats/run_file.hpp"
#include "support/sample_runs.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/replay/replay_bar.hpp"
#include "ui/replay/replay_player.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"

using namespace overlap;
using namespace overlap::ui;

class ReplayWindowTest : public QObject {
    Q_OBJECT

private slots:
    void keysDriveTheReplay() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        MainWindow window(settings, EngineOptions{}, QStringLiteral("no server in this test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* toggle = window.replayBar()->toggleAction();
        QVERIFY(!toggle->isEnabled());  // nothing to replay yet

        const QString path = dir.filePath(QStringLiteral("sample.overlap.json"));
        save_run_file(test::sample_run_set(), QFile::encodeName(path).toStdString());
        QVERIFY(window.fileActions()->open(path, FileKind::Either));
        QVERIFY(QTest::qWaitFor([&] { return !window.fileActions()->isLoading(); }, 60'000));
        QVERIFY(toggle->isEnabled());
        // Keys reach shortcuts in the active window; typing into the workload
        // panel's fields is typing, so the keys go from a timeline.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.compareView()->timeline(0)->setFocus();

        const ReplayPlayer* player = window.replayPlayer();
        QTest::keyClick(&window, Qt::Key_R);
        QVERIFY(player->active());
        QVERIFY(toggle->isChecked());
        QVERIFY(window.replayBar()->isVisible());
        QVERIFY(player->clock()->playing());

        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(!player->clock()->playing());
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(player->clock()->time(), 7.5);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(player->clock()->time(), 0.0);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(player->clock()->time(), 0.5);  // the first event after the start
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(player->clock()->time(), 1.0);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(player->clock()->time(), 0.5);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(player->clock()->playing());
        // The clock moves on its own while playing.
        QVERIFY(QTest::qWaitFor([&] { return player->clock()->time() > 0.5; }, 10'000));

        QTest::keyClick(&window, Qt::Key_R);
        QVERIFY(!player->active());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!window.replayBar()->isVisible());
    }

    // A lecturer who likes 20-second replays gets them again next time.
    void theReplayLengthIsRemembered() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("overlap.ini"));
        const QString path = dir.filePath(QStringLiteral("sample.overlap.json"));
        save_run_file(test::sample_run_set(), QFile::encodeName(path).toStdString());
        {
            Settings settings(ini);
            MainWindow window(settings, EngineOptions{}, QStringLiteral("no server in this test"));
            QCOMPARE(window.replayPlayer()->fitSeconds(), double(ReplayPlayer::kDefaultFitSeconds));
            window.replayPlayer()->fitTo(20);
            settings.sync();
        }
        Settings settings(ini);
        MainWindow window(settings, EngineOptions{}, QStringLiteral("no server in this test"));
        QVERIFY(window.fileActions()->open(path, FileKind::Either));
        QVERIFY(QTest::qWaitFor([&] { return !window.fileActions()->isLoading(); }, 60'000));
        ReplayPlayer* player = window.replayPlayer();
        QVERIFY(player->start());
        // The sample race lasts 7.5 s: played in 20 s.
        QCOMPARE(player->clock()->speed(), 7.5 / 20);
    }

    // A setting that makes no sense (edited by hand, or from a future
    // version) falls back to the default instead of a replay that never ends.
    void aNonsenseReplayLengthIsIgnored() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("overlap.ini"));
        for (const QString& bad : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("abc"),
                                   QStringLiteral("1e9")}) {
            {
                QSettings raw(ini, QSettings::IniFormat);
                raw.setValue(QStringLiteral("view/replay_fit_seconds"), bad);
            }
            Settings settings(ini);
            QCOMPARE(settings.replayFitSeconds(), double(ReplayPlayer::kDefaultFitSeconds));
        }
    }
};

QTEST_MAIN(ReplayWindowTest)
#include "replay_window_test.moc"
