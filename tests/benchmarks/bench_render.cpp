// What drawing the Gantt timeline costs: synthetic runs of 1,000, 10,000 and
// 100,000 tasks (queued, connect, wait, receive), spread like an async run and
// like a thread pool, rendered offscreen at 1920x1080 through the same
// TimelineView the window uses. Prints the median per redraw: full (draw list
// rebuilt) and cached (draw list replayed), plus the model rebuild a live
// refresh pays. The target is a full redraw of 100,000 tasks within 33 ms.
// With --save DIR it also writes each rendering as a PNG, to look at.
//
//   QT_QPA_PLATFORM=offscreen ./bench_render [--save DIR]
#include <qcustomplot.h>
#include <QApplication>
#include <QPixmap>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "support/synthetic_run.hpp"
#include "ui/timeline/timeline_plottable.hpp"
#include "ui/timeline/timeline_view.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

// Median milliseconds of `body` over at least 5 runs and about half a second.
double medianMs(const std::function<void()>& body) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> samples;
    const auto begin = Clock::now();
    while (samples.size() < 5 ||
           (Clock::now() - begin < std::chrono::milliseconds(500) && samples.size() < 50)) {
        const auto start = Clock::now();
        body();
        samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::nth_element(samples.begin(), samples.begin() + samples.size() / 2, samples.end());
    return samples[samples.size() / 2];
}

struct Case {
    const char* name;
    test::Spread spread;
    int concurrency;
    LaneMode lanes;
    double pixelRatio;  // 2: a high-DPI screen, or an export at twice the size
};

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

    const Case cases[] = {
        {"async C=100, task lanes", test::Spread::Async, 100, LaneMode::PerTask, 1},
        {"threads W=16, task lanes", test::Spread::Threads, 16, LaneMode::PerTask, 1},
        {"threads W=16, worker lanes", test::Spread::Threads, 16, LaneMode::PerWorker, 1},
        {"async C=100, task lanes, pixel ratio 2", test::Spread::Async, 100, LaneMode::PerTask, 2},
    };
    std::printf("Timeline render at %dx%d, everything in view (fit all)\n", kWidth, kHeight);
    for (const Case& c : cases) {
        for (const int tasks : {1000, 10000, 100000}) {
            const RunRecord run = test::syntheticRun(tasks, c.spread, c.concurrency);
            TimelineView view;
            view.resize(kWidth, kHeight);
            view.setLaneMode(c.lanes);
            view.setRun(&run);
            TimelinePlottable* plottable = view.plottable();
            QCustomPlot* plot = view.plot();
            QPixmap image;
            const auto draw = [&] { image = plot->toPixmap(kWidth, kHeight, c.pixelRatio); };
            draw();  // lay out once at the final size
            if (!saveDir.isEmpty()) {
                image.save(QStringLiteral("%1/timeline_%2_%3.png")
                               .arg(saveDir, QString::fromLatin1(c.name).replace(
                                                 QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                                 QStringLiteral("_")))
                               .arg(tasks));
            }

            const double full = medianMs([&] {
                plottable->invalidateGeometry();
                draw();
            });
            const double cached = medianMs(draw);
            const double drawList = medianMs([&] {
                plottable->invalidateGeometry();
                plottable->geometry();
            });
            TimelineModel model;
            const double rebuild = medianMs([&] { model.build(run, c.lanes, 1e9); });
            // What a mouse move costs: the hit test behind the hover tooltip, over
            // 1,000 points spread across the chart (the median of the batch in ms is µs per test).
            const QRect area = plot->axisRect()->rect();
            int hits = 0;
            const auto hitTests = [&] {
                hits = 0;
                for (int i = 0; i < 1000; ++i) {
                    const QPointF at(area.left() + (i * 7919) % area.width(),
                                     area.top() + (i * 104729) % area.height());
                    if (!plottable->hitAt(at).empty()) ++hits;
                }
            };
            const double hover = medianMs(hitTests);

            std::printf(
                "%6d tasks, %s: %7d bars: %6.1f ms per full redraw, %6.1f ms cached "
                "(draw list %5.1f ms, %6zu rectangles, %6zu folded); model rebuild %5.1f ms; "
                "hover hit test %.2f us (%d of 1000 on a bar)\n",
                tasks, c.name, view.model().count(), full, cached, drawList,
                plottable->geometry().rectCount(), plottable->geometry().blocks().size(), rebuild,
                hover, hits);
            std::fflush(stdout);
        }
    }
    return 0;
}
