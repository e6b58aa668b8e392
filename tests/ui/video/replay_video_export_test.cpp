// The replay export as the window runs it: frames rendered on the GUI
// thread, encoded on a worker, with progress, cancel and failures; the sweep
// frames drawn from a real comparison; and the dialog's choices.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <memory>

#include "support/decoded_video.hpp"
#include "support/sample_runs.hpp"
#include "ui/export/video/replay_export_dialog.hpp"
#include "ui/export/video/replay_video.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kExportTimeoutMs = 60000;
const QSize kSmall(320, 180);

// Red grows with the clock: frame i of a 1 s replay at 10 frames/s is i × 25.5.
ReplayFrameSource rampFrames(QSize size) {
    return [size](double clock_s) {
        QImage frame(size, QImage::Format_RGBA8888);
        frame.fill(QColor(qRound(clock_s * 255), 40, 80));
        return frame;
    };
}

ReplayVideo oneSecond(const QString& path, video::VideoFormat format) {
    ReplayVideo video;
    video.path = path;
    video.format = format;
    video.size = kSmall;
    video.timing.clock_end_s = 1;
    video.timing.speed = 1;
    video.timing.fps = 10;
    video.timing.hold_s = 0;
    return video;
}

int differingPixels(const QImage& a, const QImage& b) {
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

}  // namespace

class ReplayVideoExportTest : public QObject {
    Q_OBJECT

private slots:
    void encodesEveryFrameInTheBackground() {
        const QString path = m_dir.filePath(QStringLiteral("ramp.mp4"));
        ReplayVideoExport job(rampFrames(kSmall), oneSecond(path, video::VideoFormat::Mp4));
        QSignalSpy finished(&job, &ReplayVideoExport::finished);
        QSignalSpy progress(&job, &ReplayVideoExport::progress);
        job.start();
        QVERIFY(finished.wait(kExportTimeoutMs));
        QCOMPARE(job.error(), QString());
        QCOMPARE(progress.last().at(0).toInt(), 11);
        QCOMPARE(progress.last().at(1).toInt(), 11);
        const test::DecodedVideo video = test::decode_video(path.toStdString(), 10);
        QCOMPARE(video.frames, 11);
        QCOMPARE(video.width, kSmall.width());
        // The last frame is the end of the clock: full red.
        QVERIFY2(((video.rgb(160, 90) >> 16) & 0xff) > 245,
                 qPrintable(QString::number(video.rgb(160, 90), 16)));
    }

    void cancelLeavesNoFile() {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.gif"));
        ReplayVideoExport job(rampFrames(kSmall), oneSecond(path, video::VideoFormat::Gif));
        QSignalSpy finished(&job, &ReplayVideoExport::finished);
        connect(&job, &ReplayVideoExport::progress, &job, &ReplayVideoExport::cancel);
        job.start();
        QVERIFY(finished.wait(kExportTimeoutMs));
        QVERIFY(job.isCancelled());
        QCOMPARE(job.error(), QStringLiteral("stopped"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void aFrameOfTheWrongSizeFailsTheExport() {
        const QString path = m_dir.filePath(QStringLiteral("wrong.mp4"));
        ReplayVideoExport job(rampFrames(QSize(100, 100)),
                              oneSecond(path, video::VideoFormat::Mp4));
        QSignalSpy finished(&job, &ReplayVideoExport::finished);
        job.start();
        QVERIFY(finished.wait(kExportTimeoutMs));
        QCOMPARE(
            job.error(),
            QStringLiteral("a replay frame came out 100\u00d7100, not the video's 320\u00d7180"));
        QVERIFY(!QFile::exists(path));
    }

    void anUnwritablePathFailsAtOnce() {
        ReplayVideoExport job(rampFrames(kSmall), oneSecond(QStringLiteral("/no-such-folder/a.mp4"),
                                                            video::VideoFormat::Mp4));
        QSignalSpy finished(&job, &ReplayVideoExport::finished);
        job.start();
        QVERIFY(finished.wait(kExportTimeoutMs));
        QCOMPARE(job.error(),
                 QStringLiteral("cannot write '/no-such-folder/a.mp4': No such file or directory"));
    }

    // What the exports encode: the race replay's frames at the video's size.
    void raceFramesRevealTheRunsAsTheClockPasses() {
        const RunSet runs = test::sample_run_set();
        const QSize size(1280, 720);
        auto race = std::make_shared<const ReplayFrames>(runs, LaneMode::PerTask);
        const double end = race->duration();
        const ReplayFrameSource frames = raceFrames(race, size);
        QVERIFY(end > 0);
        const QImage start = frames(0);
        const QImage middle = frames(end / 2);
        const QImage finish = frames(end);
        QCOMPARE(start.size(), size);
        // Each step of the clock uncovers bars.
        QVERIFY(differingPixels(start, middle) > 1000);
        QVERIFY(differingPixels(middle, finish) > 1000);
        // Drawing the same moment twice gives the same picture.
        QCOMPARE(differingPixels(middle, frames(end / 2)), 0);
    }

    void dialogExportsWhatItShows() {
        ReplayExportDialog dialog(test::sample_run_set(), LaneMode::PerTask,
                                  QStringLiteral("sample"), m_dir.path());
        dialog.setFormat(video::VideoFormat::Gif);
        dialog.setSize(QSize(1280, 720));
        dialog.setFps(5);
        dialog.setFitSeconds(2);
        const QString path = m_dir.filePath(QStringLiteral("dialog.gif"));
        const ReplayVideo wanted = dialog.video(path);
        QCOMPARE(wanted.size, QSize(1280, 720));
        QCOMPARE(wanted.timing.frameCount(), 1 + 10 + 5);
        QSignalSpy exported(&dialog, &ReplayExportDialog::exported);
        dialog.exportTo(path);
        QVERIFY(exported.wait(kExportTimeoutMs));
        const test::DecodedVideo video = test::decode_video(path.toStdString());
        QCOMPARE(video.frames, 16);
        QCOMPARE(video.width, 1280);
        QCOMPARE(video.height, 720);

        dialog.setSpeed(0.5);
        QCOMPARE(dialog.video(path).timing.speed, 0.5);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(ReplayVideoExportTest)
#include "replay_video_export_test.moc"
