// The window's comparison table: one row per run, sortable, with each
// column's meaning in its tooltip.
#include "ui/compare/summary_table_model.hpp"

#include <QStringList>

#include <set>
#include <utility>

#include "analysis/statistics.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

struct ColumnInfo {
    const char* title;
    const char* explanation;
};

// Indexed by SummaryTableModel::Column.
constexpr ColumnInfo kColumns[] = {
    {"Mode",
     "How the tasks were run, with its concurrency: threads W, in-flight transfers C "
     "or processes P"},
    {"Makespan", "Wall-clock time from the first task queued to the last task finished"},
    {"Ideal",
     "The shortest possible makespan with this concurrency, from the known task "
     "durations: the gap to the makespan is overhead. CPU work is capped by the cores, "
     "and under the emulated GIL (threads, async) by one lock: the cap is named"},
    {"Speed-up",
     "Sequential makespan divided by this mode's makespan; none when every task of either "
     "run failed"},
    {"Efficiency",
     "Ideal makespan divided by the actual one: 100% means no overhead at all. None when a "
     "task failed: a task that fails fast shortens the makespan, not the work"},
    {"Throughput", "Finished tasks per second of makespan"},
    {"p50", "Median task latency"},
    {"p95", "95th percentile task latency"},
    {"p99", "99th percentile task latency"},
    {"In flight", "Peak: the most tasks running at the same moment"},
    {"CPU time", "User plus system CPU time of the run, children included"},
    {"Peak RSS", "Largest resident memory of the run (processes mode: summed over workers)"},
    {"Thr / proc", "Most threads alive at once / worker processes started"},
    {"Ctx switches", "Voluntary plus involuntary context switches"},
    {"Errors", "Tasks that failed: HTTP errors, transport errors and timeouts"},
};
static_assert(std::size(kColumns) == SummaryTableModel::ColumnCount);

}  // namespace

SummaryTableModel::SummaryTableModel(QObject* parent) : QAbstractTableModel(parent) {
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, ModeColumn), index(rowCount() - 1, ModeColumn),
                             {Qt::DecorationRole});
    });
}

void SummaryTableModel::clear() {
    beginResetModel();
    m_runs.clear();
    m_taskCounts.clear();
    m_captions.clear();
    endResetModel();
}

void SummaryTableModel::addRun(const RunRecord& run) {
    const int row = rowCount();
    beginInsertRows({}, row, row);
    // The table reads a run's figures only; its tasks stay with the document.
    RunRecord figures;
    figures.config = run.config;
    figures.behaviour = run.behaviour;
    figures.summary = run.summary;
    m_runs.push_back(std::move(figures));
    m_taskCounts.push_back(static_cast<int>(run.tasks.size()));
    // A second run like an earlier one renames and reshades both.
    const QStringList before = m_captions;
    m_captions = runCaptions(runIdentities(m_runs));
    endInsertRows();
    if (m_captions.mid(0, row) != before)
        emit dataChanged(index(0, ModeColumn), index(row - 1, ModeColumn));
    // Every row's speed-up is relative to the baseline, which may just have arrived.
    if (speed_up_baseline(m_runs) == &m_runs.back() && row > 0) {
        emit dataChanged(index(0, SpeedUpColumn), index(row - 1, SpeedUpColumn));
    }
}

int SummaryTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int SummaryTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> SummaryTableModel::speedUp(const RunRecord& run) const {
    const RunRecord* baseline = speed_up_baseline(m_runs);
    return baseline ? speed_up(run.summary, baseline->summary) : std::nullopt;
}

QVariant SummaryTableModel::display(const RunRecord& run, int column) const {
    const Summary& s = run.summary;
    switch (column) {
        case ModeColumn:
            return m_captions[&run - m_runs.data()];
        case MakespanColumn:
            return formatSeconds(s.makespan_s);
        case IdealColumn:
            if (!s.ideal_s) return QStringLiteral("–");
            if (const std::string cap = ideal_cap_text(s); !cap.empty())
                return QStringLiteral("%1 (%2)").arg(formatSeconds(*s.ideal_s),
                                                     QString::fromStdString(cap));
            return formatSeconds(*s.ideal_s);
        case SpeedUpColumn: {
            const auto factor = speedUp(run);
            return factor ? formatFactor(*factor) : QStringLiteral("–");
        }
        case EfficiencyColumn:
            return s.efficiency ? formatPercent(*s.efficiency) : QStringLiteral("–");
        case ThroughputColumn:
            return formatRate(s.throughput_per_s);
        case P50Column:
            return formatSeconds(s.latency_p50_s);
        case P95Column:
            return formatSeconds(s.latency_p95_s);
        case P99Column:
            return formatSeconds(s.latency_p99_s);
        case PeakInFlightColumn:
            return s.peak_in_flight;
        case CpuTimeColumn:
            return formatSeconds(s.resources.cpu_user_s + s.resources.cpu_sys_s);
        case PeakRssColumn:
            return QStringLiteral("%1 MB").arg(s.resources.peak_rss_mb, 0, 'f', 1);
        case ThreadsProcessesColumn:
            return QStringLiteral("%1 / %2")
                .arg(s.resources.max_threads)
                .arg(s.resources.processes);
        case ContextSwitchesColumn:
            return QVariant::fromValue(s.resources.voluntary_switches +
                                       s.resources.involuntary_switches);
        case ErrorsColumn:
            return failed_tasks(s);
    }
    return {};
}

QVariant SummaryTableModel::sortValue(const RunRecord& run, int column) const {
    const Summary& s = run.summary;
    switch (column) {
        case ModeColumn:
            return static_cast<int>(run.config.mode);
        case MakespanColumn:
            return s.makespan_s;
        case IdealColumn:
            return s.ideal_s.value_or(-1);
        case SpeedUpColumn:
            return speedUp(run).value_or(-1);
        case EfficiencyColumn:
            return s.efficiency.value_or(-1);
        case ThroughputColumn:
            return s.throughput_per_s;
        case P50Column:
            return s.latency_p50_s;
        case P95Column:
            return s.latency_p95_s;
        case P99Column:
            return s.latency_p99_s;
        case CpuTimeColumn:
            return s.resources.cpu_user_s + s.resources.cpu_sys_s;
        case PeakRssColumn:
            return s.resources.peak_rss_mb;
        case ThreadsProcessesColumn:
            return s.resources.max_threads + s.resources.processes;
        default:
            return display(run, column);
    }
}

QString SummaryTableModel::toolTip(const RunRecord& run, int tasks, int column) const {
    const Summary& s = run.summary;
    switch (column) {
        case CpuTimeColumn:
            return QStringLiteral("user %1, system %2")
                .arg(formatSeconds(s.resources.cpu_user_s), formatSeconds(s.resources.cpu_sys_s));
        case ContextSwitchesColumn:
            return QStringLiteral("%1 voluntary (waiting), %2 involuntary (preempted)")
                .arg(s.resources.voluntary_switches)
                .arg(s.resources.involuntary_switches);
        case ErrorsColumn:
            return QStringLiteral(
                       "%1 of %2 ok; %3 HTTP errors, %4 transport errors, %5 timeouts, "
                       "%6 cancelled")
                .arg(s.ok)
                .arg(tasks)
                .arg(s.http_errors)
                .arg(s.errors)
                .arg(s.timeouts)
                .arg(s.cancelled);
        case P99Column:
            return QStringLiteral("max %1").arg(formatSeconds(s.latency_max_s));
        default:
            return QString::fromUtf8(kColumns[column].explanation);
    }
}

QVariant SummaryTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const RunRecord& run = m_runs[row];
    switch (role) {
        case Qt::DisplayRole:
            return display(run, index.column());
        case SortRole:
            return sortValue(run, index.column());
        case Qt::ToolTipRole:
            return toolTip(run, m_taskCounts[row], index.column());
        case Qt::TextAlignmentRole:
            return index.column() == ModeColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::DecorationRole:
            // The colours are the theme's, read when asked: a theme switch
            // only has to say the column changed.
            return index.column() == ModeColumn
                       ? QVariant(runColours(runIdentities(m_runs))[row])
                       : QVariant();
        case Qt::ForegroundRole:
            return index.column() == ErrorsColumn && failed_tasks(run.summary) > 0
                       ? QVariant(QColor(Qt::red))
                       : QVariant();
        default:
            return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (role) {
        case Qt::DisplayRole:
            return QString::fromUtf8(kColumns[section].title);
        case Qt::ToolTipRole:
            return QString::fromUtf8(kColumns[section].explanation);
        default:
            return {};
    }
}

QString selectionToTsv(const QAbstractItemModel& model, const QModelIndexList& selection) {
    std::set<int> rows;
    std::set<int> columns;
    std::set<std::pair<int, int>> cells;
    for (const QModelIndex& index : selection) {
        rows.insert(index.row());
        columns.insert(index.column());
        cells.emplace(index.row(), index.column());
    }
    QStringList lines;
    QStringList header;
    for (int column : columns) {
        header << model.headerData(column, Qt::Horizontal).toString();
    }
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList fields;
        for (int column : columns) {
            fields << (cells.contains({row, column}) ? model.index(row, column).data().toString()
                                                     : QString());
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace overlap::ui
