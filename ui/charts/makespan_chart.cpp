#include "ui/charts/makespan_chart.hpp"

#include <algorithm>

#include "ui/charts/chart_data.hpp"
#include "ui/charts/chart_style.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

MakespanChart::MakespanChart(QWidget* parent) : QCustomPlot(parent) {
    styleChart(*this, tr("Makespan"));
    xAxis->setLabel(tr("seconds (mark: ideal)"));
    yAxis->setRangeReversed(true);  // first mode on top, like the compare view
    setToolTip(
        tr("Wall-clock time of each mode; the mark across a bar is the ideal makespan for its "
           "concurrency"));
}

void MakespanChart::setRuns(const std::vector<const RunRecord*>& runs) {
    clearPlottables();
    clearItems();
    themeChart(*this);
    const std::vector<MakespanBar> bars = makespan_bars(runs);
    const QStringList captions = runCaptions(runIdentities(runs));
    const std::vector<QColor> colours = runColours(runIdentities(runs));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double longest = 0;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const MakespanBar& bar = bars[i];
        const double key = static_cast<double>(i);
        auto* plottable = new QCPBars(yAxis, xAxis);
        plottable->setPen(Qt::NoPen);
        plottable->setBrush(colours[i]);
        plottable->setWidth(0.6);
        plottable->addData(key, bar.makespan_s);
        ticker->addTick(key, captions[static_cast<qsizetype>(i)]);

        auto* text = new QCPItemText(this);
        text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->position->setCoords(bar.makespan_s, key);
        text->setPadding(QMargins(6, 0, 0, 0));
        text->setText(formatSeconds(bar.makespan_s));
        text->setColor(currentTheme().text);
        longest = std::max(longest, bar.makespan_s);

        if (bar.ideal_s) {
            auto* mark = new QCPItemLine(this);
            mark->setPen(QPen(currentTheme().text, 2));
            mark->start->setCoords(*bar.ideal_s, key - 0.4);
            mark->end->setCoords(*bar.ideal_s, key + 0.4);
            longest = std::max(longest, *bar.ideal_s);
        }
    }
    yAxis->setTicker(ticker);
    yAxis->setRange(-0.6, static_cast<double>(bars.size()) - 0.4);
    // Room on the right for the value labels.
    xAxis->setRange(0, std::max(longest, 1e-3) * 1.2);
    replot();
}

}  // namespace overlap::ui
