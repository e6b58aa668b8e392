// One row per finished mode run: makespan, speed-up, efficiency, latency
// percentiles and what the operating system says the run cost.
#pragma once

#include <QAbstractTableModel>
#include <QModelIndexList>
#include <QStringList>

#include <vector>

#include "model/run_record.hpp"

namespace overlap::ui {

class SummaryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ModeColumn,
        MakespanColumn,
        IdealColumn,
        SpeedUpColumn,
        EfficiencyColumn,
        ThroughputColumn,
        P50Column,
        P95Column,
        P99Column,
        PeakInFlightColumn,
        CpuTimeColumn,
        PeakRssColumn,
        ThreadsProcessesColumn,
        ContextSwitchesColumn,
        ErrorsColumn,
        ColumnCount
    };
    // The raw number behind a cell, for sorting; the display text is rounded.
    static constexpr int SortRole = Qt::UserRole;

    explicit SummaryTableModel(QObject* parent = nullptr);

    void clear();
    void addRun(const RunRecord& run);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RunRecord& run, int column) const;
    QVariant sortValue(const RunRecord& run, int column) const;
    QString toolTip(const RunRecord& run, int tasks, int column) const;
    std::optional<double> speedUp(const RunRecord& run) const;

    std::vector<RunRecord> m_runs;  // one per row, figures only (no tasks or workers)
    std::vector<int> m_taskCounts;  // per row: how many tasks the run had
    QStringList m_captions;         // per row: names that tell same-mode runs apart
};

// The selected cells as tab-separated text with a header line, ready to paste
// into a spreadsheet. Rows and columns keep the view's order.
QString selectionToTsv(const QAbstractItemModel& model, const QModelIndexList& selection);

}  // namespace overlap::ui
