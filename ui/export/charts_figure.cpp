#include "ui/export/charts_figure.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>

#include "ui/charts/in_flight_chart.hpp"
#include "ui/charts/latency_histogram_chart.hpp"
#include "ui/charts/makespan_chart.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

// Sizes in units of the font's height, as in the timelines' figure.
constexpr double kPadding = 0.8;
constexpr double kTitleScale = 1.5;
constexpr double kGap = 0.8;

}  // namespace

QFont figureTitleFont(QFont font) {
    font.setBold(true);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * kTitleScale);
    } else {
        font.setPixelSize(qRound(font.pixelSize() * kTitleScale));
    }
    return font;
}

void paintFigurePage(QCPPainter& painter, QSize size, const QRect& titleRect, const QFont& heading,
                     const QString& title) {
    const Theme& theme = currentTheme();
    painter.fillRect(QRect(QPoint(), size), theme.background);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(heading);
    painter.setPen(theme.text);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(heading).elidedText(title, Qt::ElideRight, titleRect.width()));
}

void paintPlotInto(QCPPainter& painter, QCustomPlot& plot, const QRect& rect) {
    // The widget the size it is painted at, so no pending resize replots it otherwise.
    plot.resize(rect.size());
    painter.save();
    painter.translate(rect.topLeft());
    plot.toPainter(&painter, rect.width(), rect.height());
    painter.restore();
}

ChartsFigure::ChartsFigure(RunSet runs)
    : m_runs(std::move(runs)), m_host(std::make_unique<QWidget>()) {
    // The application font under the name it resolved to, not an alias that
    // programs opening an SVG do not know (as in RunSetFigure).
    QFont font = m_host->font();
    font.setFamily(QFontInfo(font).family());
    m_host->setFont(font);
    m_inFlight = new InFlightChart(m_host.get());
    m_latency = new LatencyHistogramChart(m_host.get());
    m_makespan = new MakespanChart(m_host.get());
    m_charts = {m_inFlight, m_latency, m_makespan};
    m_chartRects.resize(m_charts.size());
}

ChartsFigure::~ChartsFigure() = default;

int ChartsFigure::logicalDpi() const { return m_host->logicalDpiY(); }

QString ChartsFigure::title() const { return runSetTitle(m_runs); }

QString ChartsFigure::description() const {
    return QCoreApplication::translate("overlap::ui::ChartsFigure",
                                       "Charts of runs recorded and drawn by Overlap");
}

QString ChartsFigure::chartTitle(const QCustomPlot& chart) {
    const auto* text = qobject_cast<QCPTextElement*>(chart.plotLayout()->element(0, 0));
    return text ? text->text() : QString();
}

void ChartsFigure::paint(QCPPainter& painter, QSize size) {
    // Drawn again on every paint, so the picture is in the theme current now.
    std::vector<const RunRecord*> runs;
    for (const RunRecord& run : m_runs.runs) runs.push_back(&run);
    m_inFlight->setRuns(runs);
    m_latency->setRuns(runs);
    m_makespan->setRuns(runs);
    // Value labels are made by setRuns from QFont(), not the plot's font.
    for (QCustomPlot* chart : m_charts) {
        for (int i = 0; i < chart->itemCount(); ++i) {
            if (auto* text = qobject_cast<QCPItemText*>(chart->item(i))) text->setFont(chart->font());
        }
    }

    const QFont base = m_host->font();
    const double em = QFontMetricsF(base).height();
    const int pad = qRound(em * kPadding);
    const int gap = qRound(em * kGap);
    const QFont heading = figureTitleFont(base);
    const QRect titleRect(pad, pad, std::max(1, size.width() - 2 * pad),
                          QFontMetrics(heading).height());
    // The tab's grid: one chart across the top, two side by side below, rows alike.
    const int top = titleRect.bottom() + 1 + gap;
    const int width = titleRect.width();
    const int rowHeight = std::max(1, (size.height() - pad - top - gap) / 2);
    const int halfWidth = std::max(1, (width - gap) / 2);
    m_chartRects = {QRect(pad, top, width, rowHeight),
                    QRect(pad, top + rowHeight + gap, halfWidth, rowHeight),
                    QRect(pad + width - halfWidth, top + rowHeight + gap, halfWidth, rowHeight)};

    painter.save();
    paintFigurePage(painter, size, titleRect, heading, title());
    for (std::size_t i = 0; i < m_charts.size(); ++i) paintPlotInto(painter, *m_charts[i], m_chartRects[i]);
    painter.restore();
}

}  // namespace overlap::ui
