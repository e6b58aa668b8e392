#include "ui/diff/task_delta_chart.hpp"

#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "ui/charts/chart_style.hpp"
#include "ui/diff/diff_table_model.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/lane_axis_ticker.hpp"
#include "ui/timeline/time_axis_ticker.hpp"
#include "ui/timeline/time_mapping.hpp"

namespace overlap::ui {

namespace {

constexpr double kBarWidth = 0.7;  // of a lane
// Room beyond the longest bar, so it does not touch the edge.
constexpr double kHeadroom = 1.15;

std::optional<Span> spanOf(const TaskRecord& task) {
    if (!task.start_s || !task.end_s) return std::nullopt;
    return Span{*task.start_s, *task.end_s};
}

// "+250 ms", "−1.25 s": which way and how far.
QString signedSeconds(double seconds) {
    if (seconds > 0) return QLatin1Char('+') + formatSeconds(seconds);
    if (seconds < 0) return QStringLiteral("\u2212") + formatSeconds(-seconds);
    return formatSeconds(0);
}

QString spanText(const std::optional<Span>& span) {
    if (!span) return TaskDeltaChart::tr("did not run");
    return TaskDeltaChart::tr("%1 \u2192 %2 (%3)")
        .arg(formatSeconds(span->start_s), formatSeconds(span->end_s),
             formatSeconds(span->duration()));
}

}  // namespace

TaskDeltaChart::TaskDeltaChart(QWidget* parent)
    : QCustomPlot(parent), m_shiftRect(axisRect()), m_durationRect(new QCPAxisRect(this)) {
    // The two panels side by side in one cell, so the title and the legend
    // above them span both.
    plotLayout()->take(m_shiftRect);
    plotLayout()->simplify();
    auto* panels = new QCPLayoutGrid;
    plotLayout()->addElement(0, 0, panels);
    panels->addElement(0, 0, m_shiftRect);
    panels->addElement(0, 1, m_durationRect);
    auto* margins = new QCPMarginGroup(this);
    for (QCPAxisRect* rect : {m_shiftRect, m_durationRect})
        rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    styleChart(*this, tr("Per task: B against A"));
    placeLegendBelowTitle(*this, 3);
    setupPanel(m_shiftRect);
    setupPanel(m_durationRect);
    // The right panel's lanes are the left's: labelled once.
    m_durationRect->axis(QCPAxis::atLeft)->setTickLabels(false);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QCPAxis* left = m_shiftRect->axis(QCPAxis::atLeft);
    QCPAxis* right = m_durationRect->axis(QCPAxis::atLeft);
    connect(left, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), right,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(right, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), left,
            qOverload<const QCPRange&>(&QCPAxis::setRange));
    setToolTip(tr("One lane per task both runs ran. Left: how much later (red) or earlier "
                  "(green) the task started in B. Right: how much longer (red) or shorter "
                  "(green) it took. Grey: within 1% of the task's duration in A. Hover a "
                  "lane for its times; wheel and drag scroll the lanes."));
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, &TaskDeltaChart::redraw);
    redraw();
}

void TaskDeltaChart::setupPanel(QCPAxisRect* rect) {
    QCPAxis* time = rect->axis(QCPAxis::atBottom);
    QCPAxis* lanes = rect->axis(QCPAxis::atLeft);
    time->setTicker(QSharedPointer<TimeAxisTicker>::create());
    auto ticker = QSharedPointer<LaneAxisTicker>::create(lanes);
    ticker->setLabeler([this](int lane) {
        return tr("task %1").arg(m_lanes[static_cast<std::size_t>(lane)].id);
    });
    lanes->setTicker(ticker);
    lanes->setRangeReversed(true);  // task 0 on top, as in the timelines
    lanes->grid()->setVisible(false);
    lanes->setTickLength(0, 0);
    lanes->setSubTicks(false);
    // Lanes scroll; the seconds stay as they are, centred on no change.
    rect->setRangeDrag(Qt::Vertical);
    rect->setRangeZoom(Qt::Vertical);
    rect->setRangeDragAxes(nullptr, lanes);
    rect->setRangeZoomAxes(nullptr, lanes);
}

void TaskDeltaChart::setPair(const ModeDiff& pair, const RunRecord& before,
                             const RunRecord& after) {
    std::unordered_map<std::uint32_t, const TaskRecord*> a;
    std::unordered_map<std::uint32_t, const TaskRecord*> b;
    for (const TaskRecord& task : before.tasks) a[task.id] = &task;
    for (const TaskRecord& task : after.tasks) b[task.id] = &task;
    m_lanes.clear();
    for (const TaskDelta& task : pair.tasks) {
        Lane lane{task.id, task.start_shift_s, task.duration_change_s, {}, {}};
        if (const auto it = a.find(task.id); it != a.end()) lane.before = spanOf(*it->second);
        if (const auto it = b.find(task.id); it != b.end()) lane.after = spanOf(*it->second);
        m_lanes.push_back(lane);
    }
    redraw();
}

void TaskDeltaChart::clear() {
    m_lanes.clear();
    redraw();
}

void TaskDeltaChart::redraw() {
    clearPlottables();
    themeChart(*this);
    for (QCPAxisRect* rect : {m_shiftRect, m_durationRect}) {
        // Zero is where nothing changed: drawn as firmly as the axes.
        rect->axis(QCPAxis::atBottom)->grid()->setZeroLinePen(QPen(currentTheme().axis, 0));
        auto* ticker = static_cast<LaneAxisTicker*>(rect->axis(QCPAxis::atLeft)->ticker().data());
        ticker->setLaneCount(static_cast<int>(m_lanes.size()));
        rect->axis(QCPAxis::atLeft)->setRange(-0.5, std::max<double>(m_lanes.size(), 1) - 0.5);
    }
    // One scale for both panels, so a start shift and a duration change of
    // the same size look the same size, and noise stays small beside either.
    double largest = 0;
    for (const Lane& lane : m_lanes) {
        for (const auto& change : {lane.startShift, lane.durationChange})
            if (change) largest = std::max(largest, std::abs(*change));
    }
    const double reach = std::max(largest, 1e-3) * kHeadroom;
    fillPanel(m_shiftRect, &Lane::startShift, tr("start shift: B \u2212 A"), reach);
    fillPanel(m_durationRect, &Lane::durationChange, tr("duration change: B \u2212 A"), reach);
    replot();
}

void TaskDeltaChart::fillPanel(QCPAxisRect* rect, std::optional<double> Lane::*value,
                               const QString& label, double reach) {
    QCPAxis* lanes = rect->axis(QCPAxis::atLeft);
    QCPAxis* time = rect->axis(QCPAxis::atBottom);
    const bool named = rect == m_shiftRect;
    const auto bars = [&](const QColor& colour, const QString& name) {
        auto* series = new QCPBars(lanes, time);
        series->setWidth(kBarWidth);
        series->setPen(Qt::NoPen);
        series->setBrush(colour);
        series->setName(name);
        if (!named) series->removeFromLegend();  // the left panel names the colours
        return series;
    };
    const Theme& theme = currentTheme();
    QCPBars* worse = bars(theme.verdicts[1], tr("B later or longer than A"));
    QCPBars* better = bars(theme.verdicts[0], tr("B earlier or shorter"));
    QCPBars* same = bars(theme.verdicts[3], tr("within %1 of A's duration")
                                                 .arg(formatPercent(DiffTableModel::kNoticeable)));
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        const std::optional<double> change = m_lanes[i].*value;
        if (!change || *change == 0) continue;
        // The table's rule: a change within a percent of A's (here the task's
        // duration in A) is what two runs of the same work differ by.
        const std::optional<Span>& before = m_lanes[i].before;
        const bool noticeable =
            !before || std::abs(*change) >= DiffTableModel::kNoticeable * before->duration();
        (!noticeable ? same : *change > 0 ? worse : better)->addData(static_cast<double>(i), *change);
    }
    // Symmetric about zero, so earlier and later read at the same scale.
    time->setRange(-reach, reach);
    time->setLabel(QStringLiteral("%1 (%2)").arg(label, unitSymbol(chooseUnit(2 * reach))));
}

QString TaskDeltaChart::laneToolTip(int lane) const {
    if (lane < 0 || lane >= static_cast<int>(m_lanes.size())) return {};
    const Lane& task = m_lanes[static_cast<std::size_t>(lane)];
    QString text = tr("Task %1\nA: %2\nB: %3").arg(task.id).arg(spanText(task.before),
                                                              spanText(task.after));
    if (task.startShift)
        text += QLatin1Char('\n') + tr("starts %1").arg(signedSeconds(*task.startShift));
    if (task.durationChange)
        text += QLatin1Char('\n') + tr("takes %1").arg(signedSeconds(*task.durationChange));
    return text;
}

bool TaskDeltaChart::event(QEvent* event) {
    if (event->type() != QEvent::ToolTip) return QCustomPlot::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    for (QCPAxisRect* rect : {m_shiftRect, m_durationRect}) {
        if (!rect->rect().contains(help->pos())) continue;
        const double key = rect->axis(QCPAxis::atLeft)->pixelToCoord(help->pos().y());
        const QString text = laneToolTip(static_cast<int>(std::lround(key)));
        if (text.isEmpty()) break;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}

}  // namespace overlap::ui
