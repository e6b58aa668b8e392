// The Charts tab as one picture to share: the RunSet's title over the same
// three charts in the same arrangement (in flight across the top, latency
// histogram and makespan below). The charts are the window's own chart
// widgets kept offscreen and painted through QCustomPlot, so the picture
// looks like the tab and stays vector on vector devices.
#pragma once

#include <QFont>
#include <QRect>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

#include "model/run_record.hpp"
#include "ui/export/figure.hpp"

class QCustomPlot;

namespace overlap::ui {

class InFlightChart;
class LatencyHistogramChart;
class MakespanChart;

// A chart figure's title font: `font` bold and half as large again. The
// sweep's figure uses it too, so the two pictures' titles match.
QFont figureTitleFont(QFont font);

// What both chart figures paint first: the page in the current theme's
// background, and `title` in `heading`, elided to `titleRect`.
void paintFigurePage(QCPPainter& painter, QSize size, const QRect& titleRect, const QFont& heading,
                     const QString& title);

// `plot` painted into `rect` of the figure, at that size.
void paintPlotInto(QCPPainter& painter, QCustomPlot& plot, const QRect& rect);

class ChartsFigure : public Figure {
public:
    // Needs a QApplication (the charts are widgets); an offscreen one will do.
    explicit ChartsFigure(RunSet runs);
    ~ChartsFigure() override;
    ChartsFigure(const ChartsFigure&) = delete;
    ChartsFigure& operator=(const ChartsFigure&) = delete;

    void paint(QCPPainter& painter, QSize size) override;
    int logicalDpi() const override;
    QString title() const override;  // runSetTitle(): the workload's title, else "10 × /delay/1"
    QString description() const override;

    // The charts, top to bottom and left to right, and where the last paint
    // put each, in logical pixels.
    const std::vector<QCustomPlot*>& charts() const { return m_charts; }
    QRect chartRect(int chart) const { return m_chartRects[static_cast<std::size_t>(chart)]; }
    // The text in a chart's title row ("Makespan").
    static QString chartTitle(const QCustomPlot& chart);

private:
    RunSet m_runs;  // the charts point into it
    // Never shown: gives the charts the figure's font and owns them.
    std::unique_ptr<QWidget> m_host;
    InFlightChart* m_inFlight;
    LatencyHistogramChart* m_latency;
    MakespanChart* m_makespan;
    std::vector<QCustomPlot*> m_charts;
    std::vector<QRect> m_chartRects;
};

}  // namespace overlap::ui
