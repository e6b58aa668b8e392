#include "ui/export/video/replay_frames.hpp"

#include <qcustomplot.h>

#include <QPainter>

#include <algorithm>
#include <memory>
#include <vector>

#include "ui/export/figure_export.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/timeline/timeline_view.hpp"

namespace overlap::ui {

namespace {

const QColor kNowLine(0xc0, 0x1c, 0x28);
const QColor kClockText(0x20, 0x20, 0x20);

// Where one run's plot area is in the image and how its time axis maps.
struct PlotArea {
    QRectF rect;            // the axis rect, in image pixels
    double zero_x = 0;      // the pixel of t = 0
    double per_second = 0;  // pixels per clock second
};

struct Sweep {
    QImage finished;
    QColor background;
    std::vector<PlotArea> plots;
    double ratio = 1;
    double end_s = 0;

    QImage at(double clock_s) const {
        QImage frame = finished;
        QPainter painter(&frame);
        const double line = std::max(2.0, ratio * 2);
        for (const PlotArea& plot : plots) {
            const double x = std::clamp(plot.zero_x + clock_s * plot.per_second, plot.rect.left(),
                                        plot.rect.right());
            painter.fillRect(QRectF(x, plot.rect.top(), plot.rect.right() - x, plot.rect.height()),
                             background);
            painter.fillRect(QRectF(x - line / 2, plot.rect.top(), line, plot.rect.height()),
                             kNowLine);
        }
        QFont font = painter.font();
        font.setPixelSize(qRound(16 * ratio));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(kClockText);
        // Fixed decimals, not the locale's: the same text in every export.
        const QString clock = QStringLiteral("%1 s / %2 s")
                                  .arg(QString::number(clock_s, 'f', 2),
                                       QString::number(end_s, 'f', 2));
        const QRectF corner(0, 0, frame.width() - 12 * ratio, 40 * ratio);
        painter.drawText(corner, Qt::AlignRight | Qt::AlignVCenter, clock);
        return frame;
    }
};

}  // namespace

double replayEnd(const RunSet& runs) {
    double end = 0;
    for (const RunRecord& run : runs.runs) end = std::max(end, run.summary.makespan_s);
    return end;
}

ReplayFrameSource replayFrames(const RunSet& runs, LaneMode lanes, QSize pixels) {
    return sweepFrames(runs, lanes, pixels);
}

ReplayFrameSource sweepFrames(const RunSet& runs, LaneMode lanes, QSize pixels) {
    RunSetFigure figure(runs, lanes);
    FigureSize size;
    size.pixels = pixels;
    auto sweep = std::make_shared<Sweep>();
    sweep->finished = renderFigure(figure, size).convertToFormat(QImage::Format_RGBA8888);
    sweep->finished.setDevicePixelRatio(1);  // frames are drawn in image pixels
    sweep->ratio = size.pixelRatio();
    sweep->end_s = replayEnd(runs);
    for (int i = 0; i < figure.runCount(); ++i) {
        const QCustomPlot* plot = figure.timeline(i).plot();
        const QPointF origin = figure.timelineRect(i).topLeft();
        const QRectF axis = QRectF(plot->axisRect()->rect()).translated(origin);
        const double zero = plot->xAxis->coordToPixel(0);
        const double one = plot->xAxis->coordToPixel(1);
        const double r = sweep->ratio;
        sweep->plots.push_back({QRectF(axis.topLeft() * r, axis.size() * r),
                                (origin.x() + zero) * r, (one - zero) * r});
    }
    // The colour just inside the first plot's top-right corner: what the plot
    // shows where nothing has happened yet.
    if (!sweep->plots.empty()) {
        const QPointF corner = sweep->plots.front().rect.topRight() + QPointF(-2, 2);
        sweep->background = sweep->finished.pixelColor(corner.toPoint());
    } else {
        sweep->background = Qt::white;
    }
    return [sweep](double clock_s) { return sweep->at(clock_s); };
}

}  // namespace overlap::ui
