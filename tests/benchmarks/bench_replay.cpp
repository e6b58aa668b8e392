// What a race replay costs per frame: a four-mode comparison (sequential,
// threads W=16, processes W=4, async C=100) of synthetic runs of 1,000,
// 10,000 and 100,000 tasks each, replayed at 120 clock times from the start
// to the end of the longest run, in task lanes and in worker lanes. Two paths:
// the window (the compare view at 1920x1080: the clock moved, every row's
// timeline cut and replotted, captions rewritten, the view painted) and the
// video export's frames (ReplayFrames::render at 1920x1080). Prints the
// median, 95th percentile and worst frame time; the target is 20 ms (50
// frames a second) at 1,000 tasks in the window.
//
//   QT_QPA_PLATFORM=offscreen ./bench_replay [--save DIR]
#include <QApplication>
#include <QPixmap>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "support/synthetic_run.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/replay/replay_frames.hpp"
#include "ui/replay/replay_player.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;
constexpr int kFrames = 120;

struct FrameTimes {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

// Milliseconds of draw(t) at kFrames clock times spread over [0, duration].
FrameTimes timeFrames(double duration, const std::function<void(double)>& draw) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> samples;
    for (int frame = 0; frame < kFrames; ++frame) {
        const double t = duration * frame / (kFrames - 1);
        const auto start = Clock::now();
        draw(t);
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double share) {
        return samples[std::min(samples.size() - 1,
                                static_cast<std::size_t>(share * samples.size()))];
    };
    return {at(0.5), at(0.95), samples.back()};
}

RunSet fourModes(int tasks) {
    RunSet set;
    const auto add = [&](Mode mode, test::Spread spread, int concurrency) {
        RunRecord run = test::syntheticRun(tasks, spread, concurrency);
        run.config = {mode, concurrency};
        for (const TaskRecord& task : run.tasks)
            run.summary.makespan_s = std::max(run.summary.makespan_s, task.end_s.value_or(0));
        set.runs.push_back(std::move(run));
    };
    add(Mode::Sequential, test::Spread::Threads, 1);
    add(Mode::Threads, test::Spread::Threads, 16);
    add(Mode::Processes, test::Spread::Threads, 4);
    add(Mode::Async, test::Spread::Async, 100);
    return set;
}

void print(const char* path, int tasks, const char* lanes, const FrameTimes& times) {
    std::printf(
        "%-7s %6d tasks x 4 modes, %-12s: median %6.1f ms, p95 %6.1f ms, max %6.1f ms "
        "(%5.0f frames/s at the median)\n",
        path, tasks, lanes, times.median, times.p95, times.max, 1000 / times.median);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString saveDir;
    const QStringList arguments = QApplication::arguments();
    if (const auto at = arguments.indexOf(QStringLiteral("--save"));
        at > 0 && at + 1 < arguments.size()) {
        saveDir = arguments[at + 1];
    }

    std::printf("Race replay frame times at %dx%d, %d clock times from start to end\n", kWidth,
                kHeight, kFrames);
    for (const int tasks : {1000, 10000, 100000}) {
        const RunSet runs = fourModes(tasks);
        for (const LaneMode lanes : {LaneMode::PerTask, LaneMode::PerWorker}) {
            const char* lanesName = lanes == LaneMode::PerTask ? "task lanes" : "worker lanes";
            CompareView view;
            view.resize(kWidth, kHeight);
            std::vector<ModeConfig> configs;
            for (const RunRecord& run : runs.runs) configs.push_back(run.config);
            view.setModes(configs);
            view.setLaneMode(lanes);
            for (std::size_t i = 0; i < runs.runs.size(); ++i)
                view.showFinished(static_cast<int>(i), &runs.runs[i]);
            view.show();
            QApplication::processEvents();
            ReplayPlayer player(view);
            player.start();
            player.togglePlaying();  // the benchmark moves the clock
            const double duration = player.clock()->duration();
            QPixmap shown;
            const FrameTimes window = timeFrames(duration, [&](double t) {
                player.seek(t);
                // The queued replots, then the view painted as the screen would.
                QApplication::processEvents();
                shown = view.grab();
            });
            print("window", tasks, lanesName, window);
            if (!saveDir.isEmpty()) {
                player.seek(duration / 2);
                QApplication::processEvents();
                view.grab().save(QStringLiteral("%1/replay_window_%2_%3.png")
                                     .arg(saveDir)
                                     .arg(tasks)
                                     .arg(lanes == LaneMode::PerTask ? 't' : 'w'));
            }

            const ReplayFrames frames(runs, lanes);
            QImage image;
            const FrameTimes video = timeFrames(
                duration, [&](double t) { image = frames.render(t, QSize(kWidth, kHeight)); });
            print("frames", tasks, lanesName, video);
        }
    }
    return 0;
}
