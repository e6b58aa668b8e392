// What Settings keeps for the File menu and the export dialog: the recent
// files (most recent first, each once, at most eight, removable, clearable)
// and the export folder and sizes, across a restart.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "ui/window/settings.hpp"

using namespace overlap::ui;

class RecentFilesTest : public QObject {
    Q_OBJECT

private slots:
    void newestFirstEachOnce() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        QVERIFY(settings.recentFiles().isEmpty());
        const QString a = dir.filePath(QStringLiteral("a.overlap.json"));
        const QString b = dir.filePath(QStringLiteral("b.overlap.json"));
        settings.addRecentFile(a);
        settings.addRecentFile(b);
        QCOMPARE(settings.recentFiles(), (QStringList{b, a}));
        // The same file by another spelling moves to the top instead of appearing twice.
        settings.addRecentFile(dir.path() + QStringLiteral("/./sub/../a.overlap.json"));
        QCOMPARE(settings.recentFiles(), (QStringList{a, b}));
    }

    void relativePathsAreStoredAbsolute() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        settings.addRecentFile(QStringLiteral("run.overlap.json"));
        QCOMPARE(settings.recentFiles(),
                 QStringList{QDir::current().absoluteFilePath(QStringLiteral("run.overlap.json"))});
    }

    void keepsTheEightMostRecent() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        QStringList added;
        for (int i = 0; i < 11; ++i) {
            added.prepend(dir.filePath(QStringLiteral("run-%1.json").arg(i)));
            settings.addRecentFile(added.front());
        }
        QCOMPARE(Settings::kMaxRecentFiles, 8);
        QCOMPARE(settings.recentFiles(), added.mid(0, 8));
    }

    void removesAndClears() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const QString b = dir.filePath(QStringLiteral("b.json"));
        const QString c = dir.filePath(QStringLiteral("c.json"));
        for (const QString& file : {a, b, c}) settings.addRecentFile(file);
        settings.removeRecentFile(b);
        QCOMPARE(settings.recentFiles(), (QStringList{c, a}));
        settings.removeRecentFile(dir.filePath(QStringLiteral("never-added.json")));
        QCOMPARE(settings.recentFiles(), (QStringList{c, a}));
        settings.clearRecentFiles();
        QVERIFY(settings.recentFiles().isEmpty());
    }

    void survivesARestart() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("overlap.ini"));
        const QString a = dir.filePath(QStringLiteral("a.json"));
        const FigureSize size{QSize(3840, 2160), 2.5};
        {
            Settings settings(ini);
            settings.addRecentFile(a);
            settings.setExportFolder(dir.path());
            settings.setExportSize(size);
            settings.setAsciiWidth(132);
            settings.sync();
        }
        Settings restored(ini);
        QCOMPARE(restored.recentFiles(), QStringList{a});
        QCOMPARE(restored.exportFolder(), dir.path());
        QCOMPARE(restored.exportSize().pixels, size.pixels);
        QCOMPARE(restored.exportSize().scale, size.scale);
        QCOMPARE(restored.asciiWidth(), 132);
    }

    void exportDefaultsAndSizesThatCannotBeDrawn() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        QCOMPARE(settings.exportSize().pixels, QSize(1920, 1080));
        QCOMPARE(settings.exportSize().scale, 0.0);
        QCOMPARE(settings.asciiWidth(), Settings::kDefaultAsciiWidth);
        QVERIFY(settings.exportFolder().isEmpty());
        settings.setExportSize(FigureSize{QSize(100000, 10), 0});
        QCOMPARE(settings.exportSize().pixels, QSize(1920, 1080));
    }
};

QTEST_MAIN(RecentFilesTest)
#include "recent_files_test.moc"
