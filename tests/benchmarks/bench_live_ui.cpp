// How long the window's event loop stalls while a big async run grows on
// screen: the whole MainWindow, shown (offscreen) so every live frame really
// paints, runs 10,000 /delay/1 tasks against the embedded server child. A 1 ms
// precise timer on the GUI thread records the gap between its firings: how
// long nothing else (input, repaint) could happen. Each stall also says how
// much of it the GUI thread spent on the CPU itself; the rest is the cores
// busy elsewhere (the run's own loop, the server, other programs), so compare
// runs on an idle machine. Printed for the live phase (bars growing), the
// click (rows created, session started) and the finish (final record, summary,
// charts), in both lane modes, with C = 1,000 and 10,000. The target is a
// worst live stall of 50 ms or less.
//
//   QT_QPA_PLATFORM=offscreen ./bench_live_ui [--tasks N] [--delay S]
//       [--concurrency C] [--lanes task|worker]
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "support/test_server.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/run_controller.hpp"
#include "ui/window/settings.hpp"
#include "ui/timeline/timeline_plottable.hpp"
#include "ui/workload/workload_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

// The window settles (first layout and paint) before the run starts, and what
// follows the run's end (queued replots, axis alignment) counts as the finish.
constexpr int kSettleMs = 500;

// How long the GUI thread went without serving its event loop, and how much
// of that it spent on the CPU itself: the rest is other threads and
// processes (the run's own loop, the server, anything else on the machine)
// holding the cores.
struct Gap {
    double wall_ms = 0;
    double cpu_ms = 0;
};

struct Stalls {
    Gap worst;                // the longest gap
    double p99_ms = 0;        // of the gaps' wall time
    double worst_cpu_ms = 0;  // the most CPU the GUI thread spent in one gap
};

Stalls summarise(std::vector<Gap> gaps) {
    Stalls s;
    if (gaps.empty()) return s;
    for (const Gap& g : gaps) s.worst_cpu_ms = std::max(s.worst_cpu_ms, g.cpu_ms);
    std::sort(gaps.begin(), gaps.end(),
              [](const Gap& a, const Gap& b) { return a.wall_ms < b.wall_ms; });
    s.worst = gaps.back();
    s.p99_ms = gaps[std::min(gaps.size() - 1, gaps.size() * 99 / 100)].wall_ms;
    return s;
}

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) * 1e-6;
}

// Phases by when a gap ended: the click until the first live frame, the live
// frames until the mode's end, then the final record, summary and charts.
enum class Phase { Settling, Start, Live, Finish, Done };

struct Result {
    Stalls start;
    Stalls live;
    Stalls finish;
    int frames = 0;            // live refreshes (progress signals)
    std::uint64_t paints = 0;  // times the run's timeline painted its bars
    double run_s = 0;
};

Result measure(int tasks, double delay_s, int concurrency, LaneMode lanes) {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
    MainWindow window(settings, overlap::testing::engine_options(), QString());
    window.resize(1600, 1000);
    window.show();
    window.compareView()->setLaneMode(lanes);

    WorkloadForm form;
    form.tasks = tasks;
    form.shape.delay_s = delay_s;
    for (const Mode mode : kAllModes) form.mode(mode).enabled = mode == Mode::Async;
    form.mode(Mode::Async).concurrency = concurrency;
    window.panel()->setForm(form);

    Phase phase = Phase::Settling;
    std::vector<Gap> gaps[3];  // Start, Live, Finish
    QElapsedTimer clock;
    clock.start();
    qint64 lastWall = 0;
    double lastCpu = threadCpuMs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 wall = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        const Gap gap{static_cast<double>(wall - lastWall) * 1e-6, cpu - lastCpu};
        lastWall = wall;
        lastCpu = cpu;
        if (phase >= Phase::Start && phase <= Phase::Finish)
            gaps[static_cast<int>(phase) - 1].push_back(gap);
    });

    Result result;
    RunController* controller = window.controller();
    QEventLoop loop;
    QElapsedTimer run;
    QObject::connect(controller, &RunController::progress, [&] {
        ++result.frames;
        if (phase == Phase::Start) phase = Phase::Live;
    });
    QObject::connect(controller, &RunController::modeFinished, [&] { phase = Phase::Finish; });
    QObject::connect(controller, &RunController::finished, [&] {
        result.run_s = static_cast<double>(run.nsecsElapsed()) * 1e-9;
        QTimer::singleShot(kSettleMs, &loop, [&] {
            phase = Phase::Done;
            loop.quit();
        });
    });
    QTimer::singleShot(kSettleMs, &loop, [&] {
        phase = Phase::Start;
        run.start();
        window.runAction()->trigger();
    });
    probe.start();
    loop.exec();

    result.start = summarise(std::move(gaps[0]));
    result.live = summarise(std::move(gaps[1]));
    result.finish = summarise(std::move(gaps[2]));
    result.paints = window.compareView()->timeline(0)->plottable()->paints();
    return result;
}

}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    int tasks = 10000;
    double delay_s = 1;
    std::vector<int> concurrencies{1000, 10000};
    std::vector<LaneMode> laneModes{LaneMode::PerTask, LaneMode::PerWorker};
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--tasks")) tasks = arguments[i + 1].toInt();
        if (arguments[i] == QStringLiteral("--delay")) delay_s = arguments[i + 1].toDouble();
        if (arguments[i] == QStringLiteral("--concurrency"))
            concurrencies = {arguments[i + 1].toInt()};
        if (arguments[i] == QStringLiteral("--lanes")) {
            laneModes = {arguments[i + 1] == QStringLiteral("worker") ? LaneMode::PerWorker
                                                                      : LaneMode::PerTask};
        }
    }

    for (const LaneMode lanes : laneModes) {
        for (const int concurrency : concurrencies) {
            const int c = std::min(concurrency, tasks);
            const Result r = measure(tasks, delay_s, c, lanes);
            std::printf(
                "live %d-task async run (C=%d, %s lanes, /delay/%g): worst UI stall %.1f ms "
                "(%.1f ms of it on the GUI thread's CPU; p99 %.1f ms; most CPU in one stall "
                "%.1f ms), %d frames, %llu paints in %.1f s; worst stall on the click %.1f ms "
                "(CPU %.1f ms), at the finish %.1f ms (CPU %.1f ms)\n",
                tasks, c, lanes == LaneMode::PerTask ? "task" : "worker", delay_s,
                r.live.worst.wall_ms, r.live.worst.cpu_ms, r.live.p99_ms, r.live.worst_cpu_ms,
                r.frames, static_cast<unsigned long long>(r.paints), r.run_s, r.start.worst.wall_ms,
                r.start.worst.cpu_ms, r.finish.worst.wall_ms, r.finish.worst.cpu_ms);
            std::fflush(stdout);
        }
    }
    return 0;
}
