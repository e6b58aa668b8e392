// The diff's numbers as a table: for each matched pair of runs, one row per
// measure (makespan, latency percentiles, efficiency, throughput, errors) with
// A's value, B's, the change and the relative change. A change that makes the
// run worse or better tints its cells in the theme's fail or pass colour, and
// the cell's tooltip says which, so the tint is never the only sign.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include "analysis/run_diff.hpp"
#include "model/run_record.hpp"

namespace overlap::ui {

class DiffTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RunColumn, MeasureColumn, BeforeColumn, AfterColumn, ChangeColumn,
                  RelativeColumn, ColumnCount };
    enum Measure { Makespan, P50, P95, P99, Efficiency, Throughput, Errors, MeasureCount };
    // Which way a row's change goes for the run: Direction as an int.
    static constexpr int DirectionRole = Qt::UserRole;
    enum class Direction { Same, Better, Worse };
    // Changes smaller than this fraction of A's value are left untinted: a
    // percent is within what two runs of the same work differ by.
    static constexpr double kNoticeable = 0.01;

    explicit DiffTableModel(QObject* parent = nullptr);

    // `diff` of `before` against `after`; the run sets give each pair its caption.
    void setDiff(const RunDiff& diff, const RunSet& before, const RunSet& after);

    // The row of measure `measure` for matched pair `pair`.
    static int row(int pair, Measure measure) { return pair * MeasureCount + measure; }
    Direction direction(int row) const;
    // A caption per matched pair: "Thread pool · W=4 → W=10".
    const QStringList& pairCaptions() const { return m_captions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Delta& delta(int row) const;
    QString text(int row, int column) const;
    QString toolTip(int row, int column) const;

    std::vector<ModeDiff> m_modes;  // without their per-task deltas
    QStringList m_captions;
};

// "Thread pool · W=4 → W=10", "Async · C=5" when both ran the same; the
// labels are the runs' captions in their own sets.
QString pairCaption(const QString& before, const QString& after);

}  // namespace overlap::ui
