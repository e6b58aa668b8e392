#include "ui/sweep/sweep_plot.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/charts/chart_style.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/theme/mode_style.hpp"

namespace overlap::ui {

namespace {

const QString kIdealLayer = QStringLiteral("ideal");
constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();  // a gap in a line

// Not by colour alone: each mode's points have a shape of their own.
QCPScatterStyle::ScatterShape markShape(Mode mode) {
    switch (mode) {
        case Mode::Sequential:
            return QCPScatterStyle::ssSquare;
        case Mode::Threads:
            return QCPScatterStyle::ssDisc;
        case Mode::Async:
            return QCPScatterStyle::ssDiamond;
        case Mode::Processes:
            return QCPScatterStyle::ssTriangle;
    }
    return QCPScatterStyle::ssDisc;
}

std::optional<double> measured(const SweepCell& cell, SweepPlot::Quantity quantity) {
    if (quantity == SweepPlot::Quantity::SpeedUp) return cell.speed_up;
    // A value with no finished run has no makespan to draw.
    if (cell.runs.empty()) return std::nullopt;
    return cell.makespan_median_s;
}

std::optional<double> ideal(const SweepCell& cell, SweepPlot::Quantity quantity) {
    return quantity == SweepPlot::Quantity::SpeedUp ? cell.ideal_speed_up : cell.ideal_s;
}

// From the median down to the shortest and up to the longest of the repeats.
QCPErrorBarsData spread(const SweepCell& cell, SweepPlot::Quantity quantity, double median) {
    if (quantity == SweepPlot::Quantity::Makespan)
        return {median - cell.makespan_min_s, cell.makespan_max_s - median};
    const auto range = speedUpSpread(cell);
    return range ? QCPErrorBarsData(median - range->first, range->second - median)
                 : QCPErrorBarsData(0);
}

}  // namespace

SweepPlot::SweepPlot(Quantity quantity, QWidget* parent)
    : QCustomPlot(parent), m_quantity(quantity) {
    const bool speedUp = quantity == Quantity::SpeedUp;
    styleChart(*this, speedUp ? tr("Speed-up over the first value") : tr("Makespan"));
    placeLegendBelowTitle(*this, 4);
    yAxis->setLabel(speedUp ? tr("speed-up (×), dashed: ideal") : tr("seconds, dashed: ideal"));
    setToolTip(speedUp ? tr("How many times faster than at the first value, per mode: the median "
                            "of the repeats, bars from the slowest to the fastest; click a point "
                            "to open its runs")
                       : tr("Wall-clock time per mode: the median of the repeats, bars from the "
                            "fastest to the slowest; click a point to open its runs"));
    // The ideals over every measured line: where a mode meets its ideal, the
    // dashes show on it instead of vanishing under a wider line.
    addLayer(kIdealLayer, layer(QStringLiteral("main")), QCustomPlot::limAbove);
    connect(this, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable* plottable, int dataIndex, QMouseEvent*) {
                onPlottableClick(plottable, dataIndex);
            });
}

QCPGraph* SweepPlot::modeGraph(Mode mode) const {
    for (const Line& line : m_lines)
        if (line.mode == mode) return line.graph;
    return nullptr;
}

QCPGraph* SweepPlot::idealGraph(Mode mode) const {
    for (const Line& line : m_lines)
        if (line.mode == mode) return line.ideal;
    return nullptr;
}

QCPErrorBars* SweepPlot::errorBars(Mode mode) const {
    for (const Line& line : m_lines)
        if (line.mode == mode) return line.bars;
    return nullptr;
}

void SweepPlot::setCells(SweepParam param, std::vector<SweepCell> cells) {
    m_cells = std::move(cells);
    m_lines.clear();
    clearPlottables();
    themeChart(*this);
    double top = 0;
    const std::vector<SweepSeries> allSeries = sweepSeries(m_cells);
    for (std::size_t order = 0; order < allSeries.size(); ++order) {
        const SweepSeries& series = allSeries[order];
        const QColor colour = modeColour(series.mode);
        // Threads and async often measure the same: each line is drawn wider
        // than the ones over it, so an equal one still shows as a rim.
        const auto under = static_cast<double>(allSeries.size() - 1 - order);
        Line line{series.mode, addGraph(), addGraph(), nullptr, series.cells};
        line.bars = new QCPErrorBars(xAxis, yAxis);
        line.bars->setDataPlottable(line.graph);
        line.graph->setName(modeName(series.mode));
        line.graph->setPen(QPen(colour, 2 + 2.5 * under));
        line.graph->setScatterStyle(
            QCPScatterStyle(markShape(series.mode), colour, colour, 8 + 5 * under));
        line.ideal->setPen(QPen(colour, 1.5, Qt::DashLine));
        line.ideal->setLayer(kIdealLayer);
        line.bars->setPen(QPen(colour, 1.5));
        line.bars->removeFromLegend();
        line.ideal->removeFromLegend();
        QVector<double> keys, values, ideals, below, above;
        for (std::size_t index : series.cells) {
            const SweepCell& cell = m_cells[index];
            const std::optional<double> value = measured(cell, m_quantity);
            const std::optional<double> best = ideal(cell, m_quantity);
            keys << cell.value;
            values << value.value_or(kNoValue);
            ideals << best.value_or(kNoValue);
            const QCPErrorBarsData error =
                value ? spread(cell, m_quantity, *value) : QCPErrorBarsData(0);
            below << error.errorMinus;
            above << error.errorPlus;
            if (value) top = std::max(top, *value + error.errorPlus);
            if (best) top = std::max(top, *best);
        }
        line.graph->setData(keys, values, true);
        line.ideal->setData(keys, ideals, true);
        line.bars->setData(below, above);
        m_lines.push_back(std::move(line));
    }
    setParameterAxis(param);
    yAxis->setRange(0, std::max(top, m_quantity == Quantity::SpeedUp ? 1.0 : 1e-3) * 1.1);
    replot();
}

void SweepPlot::setParameterAxis(SweepParam param) {
    std::vector<double> values;
    for (const SweepCell& cell : m_cells) values.push_back(cell.value);
    xAxis->setLabel(parameterAxisLabel(param));
    if (values.empty()) {
        xAxis->setScaleType(QCPAxis::stLinear);
        xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        xAxis->setRange(0, 1);
        return;
    }
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    if (isGeometric(values)) {
        // A tick at each value swept, evenly spaced on the log axis.
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (double value : values) ticker->addTick(value, QString::number(value, 'g', 6));
        xAxis->setScaleType(QCPAxis::stLogarithmic);
        xAxis->setTicker(ticker);
        const double margin = std::pow(*high / *low, 0.05);
        xAxis->setRange(*low / margin, *high * margin);
        return;
    }
    xAxis->setScaleType(QCPAxis::stLinear);
    xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    const double margin = *high > *low ? (*high - *low) * 0.05 : std::max(1.0, *high * 0.1);
    xAxis->setRange(*low - margin, *high + margin);
}

void SweepPlot::onPlottableClick(QCPAbstractPlottable* plottable, int dataIndex) {
    // QCustomPlot reports the topmost mark under the cursor: the point's error
    // bar or the ideal beside it as often as the point. Each has the line's
    // data order, so any of them names the same value.
    for (const Line& line : m_lines) {
        if (plottable != line.graph && plottable != line.ideal && plottable != line.bars) continue;
        if (dataIndex < 0 || static_cast<std::size_t>(dataIndex) >= line.cells.size()) return;
        const SweepCell& cell = m_cells[line.cells[static_cast<std::size_t>(dataIndex)]];
        if (cell.runs.empty()) return;
        emit pointClicked(static_cast<int>(cell.point), static_cast<int>(cell.runs.front()));
        return;
    }
}

}  // namespace overlap::ui
