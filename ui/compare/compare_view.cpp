#include "ui/compare/compare_view.hpp"

#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

#include "analysis/statistics.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/phase_legend.hpp"

namespace overlap::ui {

namespace {
// Space after the longest run so its last bar does not touch the edge.
constexpr double kHeadroom = 1.03;
}  // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent),
      m_scroll(new QScrollArea(this)),
      m_splitter(new QSplitter(Qt::Vertical)),
      m_placeholder(new QLabel(this)),
      m_legend(new PhaseLegend(this)) {
    m_splitter->setChildrenCollapsible(false);
    // Every timeline keeps its minimum height: when the window cannot give all
    // of them that (a small window, a high scale factor), the stack scrolls
    // rather than squeezing each into an unreadable strip. The width always
    // fits, so the shared time axis stays whole.
    m_scroll->setWidget(m_splitter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(
        tr("Press <b>Run &amp; Compare</b> (Ctrl+R) to run the workload in every checked mode.<br>"
           "Each mode gets a timeline here, all on the same time scale."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_legend);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_scroll, 1);
    m_scroll->hide();
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        for (Row& row : m_rows) setCaption(row, row.status);
    });
}

void CompareView::setModes(const std::vector<ModeConfig>& configs, const QStringList& labels) {
    emit rowsReset();
    for (Row& row : m_rows) delete row.view->parentWidget();
    m_rows.clear();
    m_following = true;
    for (const ModeConfig& config : configs) {
        const auto index = static_cast<qsizetype>(m_rows.size());
        auto* box = new QWidget;
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 0);
        layout->setSpacing(2);
        Row row{config, index < labels.size() ? labels[index] : modeLabel(config), tr("waiting"),
                new QLabel(box), new TimelineView(box)};
        row.caption->setTextFormat(Qt::RichText);
        row.caption->setToolTip(
            tr("Makespan: from the run's start to its last task's end. Ideal: the shortest "
               "possible makespan with this concurrency (dashed line). Efficiency: ideal divided "
               "by makespan; what is missing is overhead. A run in which a task failed has no "
               "efficiency: a task that fails fast shortens the makespan, not the work."));
        row.view->setLaneMode(m_laneMode);
        row.view->setLabelEveryLane(m_labelEveryLane);
        layout->addWidget(row.caption);
        layout->addWidget(row.view, 1);
        TimelineView* view = row.view;
        connect(
            view, &TimelineView::timeRangeChanged, this,
            [this, view](double lower, double upper) { onTimeRangeChanged(view, lower, upper); });
        connect(view, &TimelineView::taskSelected, this, &CompareView::onTaskSelected);
        connect(view, &TimelineView::markerMenuRequested, this,
                [this, index](double time_s, int task, int marker, const QPoint& globalPos) {
                    emit markerMenuRequested(static_cast<int>(index), time_s, task, marker,
                                             globalPos);
                });
        m_rows.push_back(row);
        m_splitter->addWidget(box);
    }
    // Shades follow from all the rows: two of one mode get two.
    for (Row& row : m_rows) setCaption(row, row.status);
    m_placeholder->setVisible(m_rows.empty());
    m_scroll->setVisible(!m_rows.empty());
    scheduleAlignment();
}

void CompareView::setCaption(Row& row, const QString& status) {
    row.status = status;
    std::vector<PresetRun> runs;
    for (const Row& each : m_rows) runs.push_back({each.config, {}});
    const QColor colour = runColours(runs)[static_cast<std::size_t>(&row - m_rows.data())];
    row.caption->setText(QStringLiteral("<span style=\"color:%1\">\u25a0</span> <b>%2</b> "
                                        "&nbsp;&nbsp;%3")
                             .arg(colour.name(), row.label.toHtmlEscaped(), status));
}

void CompareView::setMarkers(const std::vector<Marker>& markers) {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].view->setMarkers(markers, static_cast<std::uint32_t>(i));
}

QString CompareView::caption(int index) const {
    return m_rows[static_cast<std::size_t>(index)].caption->text();
}

void CompareView::setHeader(QWidget* header) {
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, header);
}

void CompareView::setFooter(QWidget* footer) { layout()->addWidget(footer); }

void CompareView::setReplayStatus(int index, const std::optional<QString>& status) {
    Row& row = m_rows[static_cast<std::size_t>(index)];
    const QString kept = row.status;
    setCaption(row, status ? status->toHtmlEscaped() : kept);
    row.status = kept;
}

void CompareView::showLive(int index, const RunRecord* live) {
    Row& row = m_rows[static_cast<std::size_t>(index)];
    {
        // setRun fits the view to its data; the shared axis is set in followRuns.
        const QScopedValueRollback guard(m_syncing, true);
        row.view->setRun(live);
    }
    setCaption(row, tr("starting\u2026"));
    followRuns();
    scheduleAlignment();
}

void CompareView::refreshLive(int index, double now_s, int finished_tasks, int total_tasks) {
    Row& row = m_rows[static_cast<std::size_t>(index)];
    row.end_s = now_s;
    {
        const QScopedValueRollback guard(m_syncing, true);
        row.view->refresh(now_s);
    }
    setCaption(row, tr("running\u2026 %1 of %2 tasks done \u00b7 %3")
                        .arg(finished_tasks)
                        .arg(total_tasks)
                        .arg(formatSeconds(now_s)));
    followRuns();
    scheduleAlignment();
}

void CompareView::showFinished(int index, const RunRecord* run) {
    Row& row = m_rows[static_cast<std::size_t>(index)];
    const Summary& summary = run->summary;
    row.end_s = summary.makespan_s;
    row.run = run;
    {
        const QScopedValueRollback guard(m_syncing, true);
        row.view->setRun(run);
        row.view->setIdealMarker(summary.ideal_s);
        row.view->refresh();
    }
    QString text = tr("makespan <b>%1</b>").arg(formatSeconds(summary.makespan_s));
    if (summary.ideal_s) {
        text += tr(" \u00b7 ideal %1").arg(formatSeconds(*summary.ideal_s));
        if (const std::string cap = ideal_cap_text(summary); !cap.empty())
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(cap).toHtmlEscaped());
    }
    if (summary.efficiency)
        text += tr(" \u00b7 efficiency %1").arg(formatPercent(*summary.efficiency));
    const int failed = failed_tasks(summary);
    if (failed > 0) {
        text += QStringLiteral(" \u00b7 <span style=\"color:%1\">%2</span>")
                    .arg(currentTheme().verdicts[1].name(), tr("%n failed", nullptr, failed));
    }
    if (run->cancelled) text += tr(" \u00b7 cancelled");
    setCaption(row, text);
    followRuns();
    scheduleAlignment();
}

void CompareView::setLaneMode(LaneMode mode) {
    m_laneMode = mode;
    const QScopedValueRollback guard(m_syncing, true);
    for (Row& row : m_rows) row.view->setLaneMode(mode);
    m_legend->setLaneMode(mode);
    scheduleAlignment();
}

void CompareView::fitAll() {
    m_following = true;
    followRuns();
}

std::optional<QCPRange> CompareView::zoomedRange() const {
    if (m_following || m_rows.empty()) return std::nullopt;
    return m_rows.front().view->plot()->xAxis->range();
}

void CompareView::setLabelEveryLane(bool on) {
    m_labelEveryLane = on;
    for (Row& row : m_rows) row.view->setLabelEveryLane(on);
    scheduleAlignment();
}

void CompareView::followRuns() {
    if (!m_following || m_rows.empty()) return;
    double end = 0;
    for (const Row& row : m_rows) end = std::max(end, row.end_s);
    if (end <= 0) return;
    applyRange(0, end * kHeadroom);
}

void CompareView::onTimeRangeChanged(TimelineView* source, double lower_s, double upper_s) {
    if (m_syncing) return;
    m_following = false;  // the user zoomed or panned: leave the axis where they put it
    applyRange(lower_s, upper_s, source);
}

void CompareView::applyRange(double lower_s, double upper_s, TimelineView* except) {
    const QScopedValueRollback guard(m_syncing, true);
    for (Row& row : m_rows) {
        if (row.view != except) row.view->setTimeRange(lower_s, upper_s);
    }
}

void CompareView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    scheduleAlignment();
}

void CompareView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Labels of another size need other margins: drop the old ones, which
    // would otherwise keep the axes lined up at the widest text ever shown.
    if (event->type() != QEvent::FontChange) return;
    for (Row& row : m_rows) row.view->setMinimumSideMargins(0, 0);
    scheduleAlignment();
}

void CompareView::scheduleAlignment() {
    if (m_alignmentPending) return;
    m_alignmentPending = true;
    // After the timelines' own queued replots, which lay their axes out.
    QTimer::singleShot(0, this, [this] {
        m_alignmentPending = false;
        alignTimeAxes();
    });
}

// The timelines are separate plots, so QCPMarginGroup cannot line their time
// axes up; lane labels of different widths and a lane scroll bar would shift
// them. Pad each axis rect so all of them span the same pixels: the same time
// is then straight above and below.
void CompareView::alignTimeAxes() {
    const auto span = [this](const Row& row) {
        const QCustomPlot* plot = row.view->plot();
        const QRect rect = plot->axisRect()->rect();
        return std::pair(plot->mapTo(this, rect.topLeft()).x(),
                         plot->mapTo(this, rect.topRight()).x());
    };
    const auto aligned = [&] {
        return std::all_of(m_rows.begin(), m_rows.end(),
                           [&](const Row& row) { return span(row) == span(m_rows.front()); });
    };
    if (m_rows.size() < 2 || aligned()) return;
    for (Row& row : m_rows) {
        row.view->setMinimumSideMargins(0, 0);
        row.view->plot()->replot();
    }
    int left = 0;
    int right = std::numeric_limits<int>::max();
    for (const Row& row : m_rows) {
        left = std::max(left, span(row).first);
        right = std::min(right, span(row).second);
    }
    for (Row& row : m_rows) {
        const auto [own_left, own_right] = span(row);
        const QMargins natural = row.view->plot()->axisRect()->margins();
        row.view->setMinimumSideMargins(natural.left() + left - own_left,
                                        natural.right() + own_right - right);
        row.view->plot()->replot();
    }
}

void CompareView::onTaskSelected(int task) {
    if (m_syncing) return;
    const QScopedValueRollback guard(m_syncing, true);
    for (Row& row : m_rows) row.view->setSelectedTask(task);
}

}  // namespace overlap::ui
