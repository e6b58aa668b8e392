// `overlap export --mp4/--gif` end to end, as a process with no display: the
// files it writes decoded back, and each bad flag answered with one line
// naming it.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdint>

#include "formats/run_file.hpp"
#include "support/decoded_video.hpp"
#include "support/headless_overlap.hpp"
#include "support/sample_runs.hpp"

using namespace overlap;

namespace {

using test::Finished;
using test::runOverlapHeadless;

}  // namespace

class ExportVideoCommandTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_runFile = m_dir.filePath(QStringLiteral("runs.json"));
        save_run_file(test::sample_run_set(), m_runFile.toStdString());
    }

    void writesMp4AndGifOfTheReplay() {
        const QString mp4 = m_dir.filePath(QStringLiteral("replay.mp4"));
        const QString gif = m_dir.filePath(QStringLiteral("replay.gif"));
        const Finished result = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--mp4"), mp4,
             QStringLiteral("--gif"), gif, QStringLiteral("--width"), QStringLiteral("640"),
             QStringLiteral("--height"), QStringLiteral("360"), QStringLiteral("--fps"),
             QStringLiteral("10"), QStringLiteral("--duration"), QStringLiteral("2")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.err, QString());
        // 2 s of replay at 10 frames/s from the start frame, then 1 s held.
        const int frames = 1 + 20 + 10;
        for (const QString& path : {mp4, gif}) {
            const test::DecodedVideo video = test::decode_video(path.toStdString(), frames - 1);
            QCOMPARE(video.codec, std::string(path == mp4 ? "h264" : "gif"));
            QCOMPARE(video.width, 640);
            QCOMPARE(video.height, 360);
            QCOMPARE(video.frames, frames);
            QVERIFY2(std::abs(video.duration_s - 3.1) < 0.05,
                     qPrintable(QString::number(video.duration_s)));
            // The figure's white page in the top-left corner.
            const std::uint32_t corner = video.rgb(4, 4);
            for (int shift : {16, 8, 0}) QVERIFY(((corner >> shift) & 0xff) > 245);
        }
    }

    // --theme draws the videos as it draws the pictures: dark pages for a dark hall.
    void theThemeFlagColoursTheVideosToo() {
        const QString gif = m_dir.filePath(QStringLiteral("dark.gif"));
        const Finished result = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--gif"), gif,
             QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"),
             QStringLiteral("360"), QStringLiteral("--fps"), QStringLiteral("5"),
             QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--theme"),
             QStringLiteral("dark")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const std::uint32_t corner = test::decode_video(gif.toStdString(), 3).rgb(4, 4);
        for (int shift : {16, 8, 0}) QVERIFY(((corner >> shift) & 0xff) < 60);
    }

    void badFlagsAreNamedInOneLine_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("error");
        const QString mp4 = QStringLiteral("--mp4=out.mp4");
        QTest::newRow("fps") << QStringList{mp4, QStringLiteral("--fps=0")}
                             << QStringLiteral(
                                    "--fps must be a whole number from 1 to 60 (got '0')");
        QTest::newRow("speed") << QStringList{mp4, QStringLiteral("--speed=-1")}
                               << QStringLiteral("--speed must be a number above 0 (got '-1')");
        QTest::newRow("duration")
            << QStringList{mp4, QStringLiteral("--duration=soon")}
            << QStringLiteral("--duration must be a number of seconds above 0 (got 'soon')");
        QTest::newRow("both paces")
            << QStringList{mp4, QStringLiteral("--speed=2"), QStringLiteral("--duration=3")}
            << QStringLiteral("--speed and --duration both set the pace: give one");
        QTest::newRow("odd size")
            << QStringList{mp4, QStringLiteral("--width=641"), QStringLiteral("--height=360")}
            << QStringLiteral("--mp4 needs an even --width and --height (got 641\u00d7360)");
        QTest::newRow("pace without video")
            << QStringList{QStringLiteral("--csv=out.csv"), QStringLiteral("--fps=30")}
            << QStringLiteral("--fps, --speed and --duration are for --mp4 and --gif");
    }

    void badFlagsAreNamedInOneLine() {
        QFETCH(QStringList, flags);
        QFETCH(QString, error);
        const Finished result =
            runOverlapHeadless(QStringList{QStringLiteral("export"), m_runFile} + flags);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, QStringLiteral("overlap export: %1\n").arg(error));
        QVERIFY(!QFile::exists(QStringLiteral("out.mp4")));
    }

    void unwritableVideoSaysWhereAndWhy() {
        const Finished result =
            runOverlapHeadless({QStringLiteral("export"), m_runFile, QStringLiteral("--gif"),
                                QStringLiteral("/no-such-folder/replay.gif")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err, QStringLiteral("overlap export: --gif: cannot write "
                                            "'/no-such-folder/replay.gif': No such file or "
                                            "directory\n"));
    }

private:
    QTemporaryDir m_dir;
    QString m_runFile;
};

QTEST_GUILESS_MAIN(ExportVideoCommandTest)
#include "export_video_command_test.moc"
