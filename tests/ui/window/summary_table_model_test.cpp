// The summary table: a well-behaved model (QAbstractItemModelTester), speed-up
// relative to the sequential run, numeric sorting, and TSV copy.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <sstream>
#include <string>

#include "analysis/summary_table.hpp"
#include "ui/compare/summary_table_model.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

RunRecord run(Mode mode, int concurrency, double makespan, std::optional<double> ideal) {
    RunRecord record;
    record.config = {mode, concurrency};
    record.tasks.resize(10);
    record.summary.makespan_s = makespan;
    record.summary.ideal_s = ideal;
    if (ideal) record.summary.efficiency = *ideal / makespan;
    record.summary.throughput_per_s = 10 / makespan;
    record.summary.latency_p50_s = 1.0;
    record.summary.peak_in_flight = concurrency;
    record.summary.ok = 10;
    return record;
}

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

// The last cell of each of the rows of `overlap run`'s table: its errors column.
QStringList cliErrorsColumn(const std::string& table, int rows) {
    std::istringstream lines(table);
    std::string line;
    std::getline(lines, line);  // the header
    QStringList cells;
    for (int i = 0; i < rows && std::getline(lines, line); ++i)
        cells << QString::fromStdString(line.substr(line.find_last_of(' ') + 1));
    return cells;
}

}  // namespace

class SummaryTableModelTest : public QObject {
    Q_OBJECT

private slots:
    void passesTheModelTester() {
        SummaryTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SummaryTableModel::SortRole);
        proxy.sort(SummaryTableModel::MakespanColumn);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addRun(run(Mode::Threads, 10, 1.02, 1.0));
        model.addRun(run(Mode::Sequential, 1, 10.05, 10.0));
        model.addRun(run(Mode::Async, 10, 1.01, 1.0));
        model.clear();
        model.addRun(run(Mode::Processes, 4, 3.2, std::nullopt));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(SummaryTableModel::ColumnCount));
    }

    void speedUpFollowsTheSequentialRunWhenItArrives() {
        SummaryTableModel model;
        model.addRun(run(Mode::Threads, 10, 2.0, 1.0));
        QCOMPARE(cell(model, 0, SummaryTableModel::SpeedUpColumn), QStringLiteral("–"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addRun(run(Mode::Sequential, 1, 10.0, 10.0));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, SummaryTableModel::SpeedUpColumn), QStringLiteral("5.00\u00d7"));
        QCOMPARE(cell(model, 1, SummaryTableModel::SpeedUpColumn), QStringLiteral("1.00\u00d7"));
        QCOMPARE(cell(model, 0, SummaryTableModel::EfficiencyColumn), QStringLiteral("50.0%"));
        QCOMPARE(cell(model, 0, SummaryTableModel::MakespanColumn), QStringLiteral("2.00 s"));
        QCOMPARE(cell(model, 0, SummaryTableModel::ModeColumn),
                 QStringLiteral("Thread pool \u00b7 W=10"));
        QCOMPARE(cell(model, 0, SummaryTableModel::ThroughputColumn), QStringLiteral("5.00/s"));
    }

    void aRunWhoseTasksAllFailedHasNoSpeedUp() {
        // Ten refused connections in 4 ms are not 2,500x faster than sequential.
        SummaryTableModel model;
        model.addRun(run(Mode::Sequential, 1, 10.0, 10.0));
        RunRecord refused = run(Mode::Async, 10, 0.004, std::nullopt);
        refused.summary.ok = 0;
        refused.summary.errors = 10;
        model.addRun(refused);
        QCOMPARE(cell(model, 1, SummaryTableModel::SpeedUpColumn), QStringLiteral("–"));
        QCOMPARE(model.index(1, SummaryTableModel::SpeedUpColumn)
                     .data(SummaryTableModel::SortRole)
                     .toDouble(),
                 -1.0);
        QVERIFY(
            model.headerData(SummaryTableModel::EfficiencyColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("None when a task failed")));
    }

    void unknownIdealShowsADash() {
        SummaryTableModel model;
        model.addRun(run(Mode::Async, 50, 0.4, std::nullopt));
        QCOMPARE(cell(model, 0, SummaryTableModel::IdealColumn), QStringLiteral("–"));
        QCOMPARE(cell(model, 0, SummaryTableModel::EfficiencyColumn), QStringLiteral("–"));
        QCOMPARE(cell(model, 0, SummaryTableModel::MakespanColumn), QStringLiteral("400 ms"));
    }

    void sortsByNumberNotText() {
        SummaryTableModel model;
        model.addRun(
            run(Mode::Sequential, 1, 10.0, 10.0));  // "10.0 s" sorts before "2.00 s" as text
        model.addRun(run(Mode::Threads, 10, 2.0, 1.0));
        model.addRun(run(Mode::Async, 10, 0.5, 0.5));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SummaryTableModel::SortRole);
        proxy.sort(SummaryTableModel::MakespanColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, SummaryTableModel::ModeColumn),
                 QStringLiteral("Async \u00b7 C=10"));
        QCOMPARE(cell(proxy, 1, SummaryTableModel::ModeColumn),
                 QStringLiteral("Thread pool \u00b7 W=10"));
        QCOMPARE(cell(proxy, 2, SummaryTableModel::ModeColumn), QStringLiteral("Sequential"));
    }

    void errorsCountEveryFailureKind() {
        RunRecord failing = run(Mode::Threads, 10, 1.0, 1.0);
        failing.summary.ok = 6;
        failing.summary.http_errors = 2;
        failing.summary.errors = 1;
        failing.summary.timeouts = 1;
        SummaryTableModel model;
        model.addRun(failing);
        QCOMPARE(cell(model, 0, SummaryTableModel::ErrorsColumn), QStringLiteral("4"));
        QVERIFY(model.index(0, SummaryTableModel::ErrorsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("6 of 10 ok")));
    }

    void agreesWithTheCliTableOnACancelledRun() {
        // Stopped after 3 of 10: one had failed, six were cancelled. Cancelled
        // tasks are not failures, in the window as in `overlap run`.
        RunSet runs;
        runs.runs.push_back(run(Mode::Sequential, 1, 10.0, 10.0));
        RunRecord stopped = run(Mode::Async, 10, 0.5, 1.0);
        stopped.cancelled = true;
        stopped.summary.efficiency.reset();
        stopped.summary.ok = 3;
        stopped.summary.errors = 1;
        stopped.summary.cancelled = 6;
        runs.runs.push_back(stopped);
        SummaryTableModel model;
        for (const RunRecord& record : runs.runs) model.addRun(record);

        QCOMPARE(cliErrorsColumn(summary_table(runs), 2),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
        QCOMPARE(cell(model, 0, SummaryTableModel::ErrorsColumn), QStringLiteral("0"));
        QCOMPARE(cell(model, 1, SummaryTableModel::ErrorsColumn), QStringLiteral("1"));
        // Neither gives the stopped run a speed-up: its 0.5 s is when it was
        // stopped, and would read as 20x over the baseline's 10 s.
        QVERIFY(summary_table(runs).find("20.0x") == std::string::npos);
        QCOMPARE(cell(model, 1, SummaryTableModel::SpeedUpColumn), QStringLiteral("\u2013"));
        QVERIFY(model.index(1, SummaryTableModel::ErrorsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("6 cancelled")));
    }

    void copiesTheSelectionAsTsvWithHeaders() {
        SummaryTableModel model;
        model.addRun(run(Mode::Sequential, 1, 10.0, 10.0));
        model.addRun(run(Mode::Async, 10, 1.0, 1.0));
        const QModelIndexList selection{
            model.index(1, SummaryTableModel::MakespanColumn),
            model.index(0, SummaryTableModel::ModeColumn),
            model.index(1, SummaryTableModel::ModeColumn),
            model.index(0, SummaryTableModel::MakespanColumn),
        };
        QCOMPARE(selectionToTsv(model, selection),
                 QStringLiteral("Mode\tMakespan\nSequential\t10.0 s\nAsync \u00b7 C=10\t1.00 s\n"));
    }
};

QTEST_MAIN(SummaryTableModelTest)
#include "summary_table_model_test.moc"
