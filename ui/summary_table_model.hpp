// One row per finished mode run: makespan, speed-up, efficiency, latency
// percentiles and what the operating system says the run cost.
#pragma once

#include <QAbstractTableModel>
#include <QModelIndexList>

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
    struct Row {
        ModeConfig config;
        Summary summary;
        int tasks = 0;
    };
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    std::optional<double> speedUp(const Row& row) const;

    std::vector<Row> m_rows;
};

// The selected cells as tab-separated text with a header line, ready to paste
// into a spreadsheet. Rows and columns keep the view's order.
QString selectionToTsv(const QAbstractItemModel& model, const QModelIndexList& selection);

}  // namespace overlap::ui
