// What exporting a replay costs: a four-mode comparison of 1,000 tasks each
// replayed as a 10 s 1920x1080 MP4 at 30 frames/s, and as a 10 s 1280x720 GIF
// at 15 frames/s. Prints the time to draw the figure once, then per frame and
// in total the rendering (the sweep frames) and the encoding (FFmpeg), timed
// apart, and how many seconds of video one second of work makes.
//
//   QT_QPA_PLATFORM=offscreen ./bench_video [--keep DIR]
#include <QApplication>
#include <QDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "support/synthetic_run.hpp"
#include "ui/export/video/replay_timing.hpp"
#include "ui/export/video/replay_video.hpp"
#include "ui/export/video/video_encoder.hpp"

using namespace overlap;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kTasks = 1000;
constexpr double kVideoSeconds = 10;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

RunSet comparison() {
    RunSet runs;
    runs.workload.title = "bench_video: 4 × 1,000 tasks";
    const struct {
        Mode mode;
        test::Spread spread;
        int concurrency;
    } modes[] = {{Mode::Sequential, test::Spread::Threads, 1},
                 {Mode::Threads, test::Spread::Threads, 16},
                 {Mode::Async, test::Spread::Async, 100},
                 {Mode::Processes, test::Spread::Threads, 8}};
    std::uint32_t seed = 1;
    for (const auto& mode : modes) {
        RunRecord run = test::syntheticRun(kTasks, mode.spread, mode.concurrency, seed++);
        run.config = {mode.mode, mode.concurrency};
        // The synthetic record leaves the summary to the builder; the replay ends at the makespan.
        for (const TaskRecord& task : run.tasks)
            run.summary.makespan_s = std::max(run.summary.makespan_s, task.end_s.value_or(0));
        runs.runs.push_back(std::move(run));
    }
    return runs;
}

void measure(const RunSet& runs, const char* name, video::VideoFormat format, QSize size, int fps,
             const std::string& path) {
    video::ReplayTiming timing;
    const auto setupStart = Clock::now();
    auto race = std::make_shared<const ui::ReplayFrames>(runs, ui::LaneMode::PerTask);
    timing.clock_end_s = race->duration();
    timing.fps = fps;
    timing.hold_s = 0;
    timing.speed = video::ReplayTiming::speedToFit(timing.clock_end_s, kVideoSeconds);

    const ui::ReplayFrameSource frames = ui::raceFrames(std::move(race), size);
    const double setup = secondsSince(setupStart);

    video::VideoEncoder encoder;
    double rendering = 0;
    double encoding = 0;
    const auto encodeStart = Clock::now();
    encoder.open(path, format, size.width(), size.height(), fps);
    encoding += secondsSince(encodeStart);
    const int total = timing.frameCount();
    for (int i = 0; i < total; ++i) {
        const auto renderStart = Clock::now();
        const QImage frame = frames(timing.clockAt(i)).convertToFormat(QImage::Format_RGBA8888);
        rendering += secondsSince(renderStart);
        const auto frameStart = Clock::now();
        encoder.add_frame(frame.constBits(), frame.bytesPerLine());
        encoding += secondsSince(frameStart);
    }
    const auto finishStart = Clock::now();
    encoder.finish();
    encoding += secondsSince(finishStart);
    const double all = setup + rendering + encoding;
    std::printf(
        "%-4s %4dx%-4d %2d fps, %3d frames: figure %5.0f ms | render %5.1f ms/frame "
        "(%5.2f s) | encode %5.1f ms/frame (%5.2f s) | total %5.2f s = %.2fx real time\n",
        name, size.width(), size.height(), fps, total, setup * 1000, rendering * 1000 / total,
        rendering, encoding * 1000 / total, encoding, all, timing.videoSeconds() / all);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QString folder = QDir::tempPath();
    const QStringList arguments = QApplication::arguments();
    if (const auto keep = arguments.indexOf(QStringLiteral("--keep"));
        keep > 0 && keep + 1 < arguments.size())
        folder = arguments[keep + 1];
    const RunSet runs = comparison();
    std::printf("bench_video: %zu runs of %d tasks, replay fitted to %.0f s of video\n",
                runs.runs.size(), kTasks, kVideoSeconds);
    measure(runs, "MP4", video::VideoFormat::Mp4, QSize(1920, 1080), 30,
            QDir(folder).filePath(QStringLiteral("bench_video.mp4")).toStdString());
    measure(runs, "GIF", video::VideoFormat::Gif, QSize(1280, 720), 15,
            QDir(folder).filePath(QStringLiteral("bench_video.gif")).toStdString());
    return 0;
}
