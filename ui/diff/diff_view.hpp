// The diff of two run files in a window of its own: A's and B's runs stacked
// on one shared time axis (the compare view, each row named "A · …" or
// "B · …"), above them a warning strip when the two ran different work or a
// run found no partner, below them the delta table and the per-task chart of
// the pair chosen. A second window rather than a tab, so the comparison on
// screen stays as it is; it takes the main window's font (text zoom) and the
// application's theme. Esc or Ctrl+W closes it.
#pragma once

#include <QWidget>

#include <vector>

#include "analysis/run_diff.hpp"
#include "model/run_record.hpp"

class QComboBox;
class QLabel;
class QTableView;

namespace overlap::ui {

class CompareView;
class DiffTableModel;
class TaskDeltaChart;

class DiffView : public QWidget {
    Q_OBJECT

public:
    // `parent` is the main window: the view is a window of its own over it.
    explicit DiffView(QWidget* parent = nullptr);
    ~DiffView() override;

    // Shows `after` (B) against `before` (A); the names say where each came from.
    void setRuns(RunSet before, const QString& beforeName, RunSet after, const QString& afterName);
    // B becomes A and A becomes B.
    void swap();

    const RunDiff& diff() const { return m_diff; }
    const RunSet& before() const { return m_before; }
    const RunSet& after() const { return m_after; }
    CompareView* compareView() const { return m_compare; }
    DiffTableModel* tableModel() const { return m_model; }
    QTableView* table() const { return m_table; }
    TaskDeltaChart* taskChart() const { return m_chart; }
    QComboBox* pairChooser() const { return m_pairs; }
    // Hidden when the workloads match and every run found its partner.
    QLabel* warningStrip() const { return m_warning; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void showDiff();
    void showPair(int pair);
    void describeSources();
    void describeWarnings();
    void describeTints();

    RunSet m_before;
    RunSet m_after;
    QString m_beforeName;
    QString m_afterName;
    RunDiff m_diff;
    std::vector<RunRecord> m_rows;  // what the compare view draws, by row

    QLabel* m_sources;
    QLabel* m_warning;
    CompareView* m_compare;
    DiffTableModel* m_model;
    QTableView* m_table;
    QLabel* m_tints;
    QComboBox* m_pairs;
    TaskDeltaChart* m_chart;
};

}  // namespace overlap::ui
