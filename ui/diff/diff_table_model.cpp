#include "ui/diff/diff_table_model.hpp"

#include <QColor>

#include <cmath>
#include <iterator>

#include "ui/theme/mode_style.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

enum class Unit { Seconds, Ratio, Rate, Count };

struct MeasureInfo {
    const char* name;
    const char* explanation;
    Delta ModeDiff::*delta;
    Unit unit;
    bool lowerIsBetter;
};

// Indexed by DiffTableModel::Measure.
const MeasureInfo kMeasures[] = {
    {QT_TR_NOOP("Makespan"), QT_TR_NOOP("Wall-clock time from the first task queued to the last finished"),
     &ModeDiff::makespan_s, Unit::Seconds, true},
    {QT_TR_NOOP("p50"), QT_TR_NOOP("Median task latency"), &ModeDiff::latency_p50_s, Unit::Seconds,
     true},
    {QT_TR_NOOP("p95"), QT_TR_NOOP("95th percentile task latency"), &ModeDiff::latency_p95_s,
     Unit::Seconds, true},
    {QT_TR_NOOP("p99"), QT_TR_NOOP("99th percentile task latency"), &ModeDiff::latency_p99_s,
     Unit::Seconds, true},
    {QT_TR_NOOP("Efficiency"),
     QT_TR_NOOP("Ideal makespan divided by the actual one; none when a task failed"),
     &ModeDiff::efficiency, Unit::Ratio, false},
    {QT_TR_NOOP("Throughput"), QT_TR_NOOP("Finished tasks per second of makespan"),
     &ModeDiff::throughput_per_s, Unit::Rate, false},
    {QT_TR_NOOP("Errors"), QT_TR_NOOP("Tasks that failed: HTTP errors, transport errors, timeouts"),
     &ModeDiff::failed, Unit::Count, true},
};
static_assert(std::size(kMeasures) == DiffTableModel::MeasureCount);

const char* const kColumns[] = {QT_TR_NOOP("Runs"),   QT_TR_NOOP("Measure"),
                                QT_TR_NOOP("A"),      QT_TR_NOOP("B"),
                                QT_TR_NOOP("Change"), QT_TR_NOOP("Change %")};
static_assert(std::size(kColumns) == DiffTableModel::ColumnCount);

QString valueText(std::optional<double> value, Unit unit) {
    if (!value) return QStringLiteral("\u2013");
    switch (unit) {
        case Unit::Seconds:
            return formatSeconds(*value);
        case Unit::Ratio:
            return formatPercent(*value);
        case Unit::Rate:
            return formatRate(*value);
        case Unit::Count:
            return QString::number(std::lround(*value));
    }
    return {};
}

// A change with its sign, always: "+750 ms", "−1.25 s", "+12.5 pts".
QString changeText(double change, Unit unit) {
    const QString sign = change > 0 ? QStringLiteral("+") : change < 0 ? QStringLiteral("\u2212")
                                                                       : QString();
    const double size = std::abs(change);
    switch (unit) {
        case Unit::Seconds:
            return sign + formatSeconds(size);
        case Unit::Ratio:
            // Efficiency is already a percentage: its change is in points.
            return sign + DiffTableModel::tr("%1 pts").arg(size * 100, 0, 'f', 1);
        case Unit::Rate:
            return sign + formatRate(size);
        case Unit::Count:
            return sign + QString::number(std::lround(size));
    }
    return {};
}

QColor tint(QColor colour) {
    // Light enough behind the table's text in every theme.
    colour.setAlpha(70);
    return colour;
}

}  // namespace

QString pairCaption(const QString& before, const QString& after) {
    if (before == after) return before;
    const QString separator = QStringLiteral(" \u00b7 ");
    const QStringList a = before.split(separator);
    QStringList b = after.split(separator);
    // "Thread pool · W=4" and "Thread pool · W=10": name the mode once.
    qsizetype shared = 0;
    while (shared < a.size() && shared + 1 < b.size() && a[shared] == b[shared]) ++shared;
    return before + QStringLiteral(" \u2192 ") + b.mid(shared).join(separator);
}

DiffTableModel::DiffTableModel(QObject* parent) : QAbstractTableModel(parent) {
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                             {Qt::BackgroundRole});
    });
}

void DiffTableModel::setDiff(const RunDiff& diff, const RunSet& before, const RunSet& after) {
    beginResetModel();
    const QStringList beforeCaptions = runCaptions(runIdentities(before.runs));
    const QStringList afterCaptions = runCaptions(runIdentities(after.runs));
    m_modes.clear();
    m_captions.clear();
    for (const ModeDiff& mode : diff.modes) {
        ModeDiff figures = mode;
        figures.tasks.clear();  // the table shows the runs' figures only
        m_modes.push_back(std::move(figures));
        m_captions << pairCaption(beforeCaptions[static_cast<qsizetype>(mode.before_run)],
                                  afterCaptions[static_cast<qsizetype>(mode.after_run)]);
    }
    endResetModel();
}

const Delta& DiffTableModel::delta(int row) const {
    return m_modes[static_cast<std::size_t>(row / MeasureCount)].*
           kMeasures[row % MeasureCount].delta;
}

DiffTableModel::Direction DiffTableModel::direction(int row) const {
    const Delta& d = delta(row);
    const std::optional<double> change = d.change();
    if (!change || *change == 0) return Direction::Same;
    // Errors count whole tasks: one more failure is always worth seeing.
    const MeasureInfo& measure = kMeasures[row % MeasureCount];
    if (measure.unit != Unit::Count && std::abs(*change) < kNoticeable * std::abs(*d.before))
        return Direction::Same;
    return (*change > 0) == measure.lowerIsBetter ? Direction::Worse : Direction::Better;
}

int DiffTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_modes.size()) * MeasureCount;
}

int DiffTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiffTableModel::text(int row, int column) const {
    const MeasureInfo& measure = kMeasures[row % MeasureCount];
    const Delta& d = delta(row);
    switch (column) {
        case RunColumn:
            return m_captions[row / MeasureCount];
        case MeasureColumn:
            return tr(measure.name);
        case BeforeColumn:
            return valueText(d.before, measure.unit);
        case AfterColumn:
            return valueText(d.after, measure.unit);
        case ChangeColumn: {
            const auto change = d.change();
            return change ? changeText(*change, measure.unit) : QStringLiteral("\u2013");
        }
        case RelativeColumn: {
            const auto relative = d.relative();
            if (!relative) return QStringLiteral("\u2013");
            const QString sign = *relative > 0 ? QStringLiteral("+") : QString();
            // The tint's meaning in a glyph too, for readers who cannot tell the colours apart.
            const Direction way = direction(row);
            const QString mark = way == Direction::Worse    ? QStringLiteral(" \u2718")
                                 : way == Direction::Better ? QStringLiteral(" \u2714")
                                                            : QString();
            return sign + formatPercent(*relative) + mark;
        }
    }
    return {};
}

QString DiffTableModel::toolTip(int row, int column) const {
    const MeasureInfo& measure = kMeasures[row % MeasureCount];
    QString tip = tr(measure.explanation) + QLatin1Char('\n') +
                  (measure.lowerIsBetter ? tr("Lower is better.") : tr("Higher is better."));
    if (column < ChangeColumn && column != AfterColumn) return tip;
    switch (direction(row)) {
        case Direction::Worse:
            return tip + QLatin1Char('\n') + tr("B is worse than A: tinted red.");
        case Direction::Better:
            return tip + QLatin1Char('\n') + tr("B is better than A: tinted green.");
        case Direction::Same:
            break;
    }
    const auto change = delta(row).change();
    if (!change) return tip + QLatin1Char('\n') + tr("Not measured in A or in B.");
    return tip + QLatin1Char('\n') +
           tr("Within %1 of A: not tinted.").arg(formatPercent(kNoticeable));
}

QVariant DiffTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return text(row, column);
        case Qt::ToolTipRole:
            return toolTip(row, column);
        case Qt::TextAlignmentRole:
            return column >= BeforeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case DirectionRole:
            return static_cast<int>(direction(row));
        case Qt::BackgroundRole: {
            // B's value and the change: A is where B is measured from.
            if (column < AfterColumn) return {};
            switch (direction(row)) {
                case Direction::Worse:
                    return tint(currentTheme().verdicts[1]);
                case Direction::Better:
                    return tint(currentTheme().verdicts[0]);
                case Direction::Same:
                    return {};
            }
            return {};
        }
        default:
            return {};
    }
}

QVariant DiffTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) return tr(kColumns[section]);
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case BeforeColumn:
                return tr("The first run file: before");
            case AfterColumn:
                return tr("The second run file: after");
            case ChangeColumn:
                return tr("B minus A; efficiency in percentage points");
            case RelativeColumn:
                return tr("The change as a share of A; none when A is zero");
            default:
                return {};
        }
    }
    return {};
}

}  // namespace overlap::ui
