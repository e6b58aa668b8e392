// What a still figure can show beyond the runs: only the seconds a zoomed
// window shows, the preset's claim with its verdicts above the timelines and
// the summary table below them. The text is read back from the SVG, where
// every string the figure draws is a <text> element.
#include <qcustomplot.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/preset_sample.hpp"
#include "support/sample_runs.hpp"
#include "ui/compare/summary_table_model.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/timeline/timeline_view.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

// Wide enough that no verdict line or table cell is elided.
const FigureSize kSize{QSize(1600, 1000), 1};

QString svgOf(RunSetFigure& figure, const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    if (!saveSvg(figure, path, kSize).ok()) return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QCPRange timeAxis(const RunSetFigure& figure, int run) {
    return figure.timeline(run).plot()->xAxis->range();
}

}  // namespace

class FigureOptionsTest : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // The sample's longest run ends at 7.5 s: the figure shows that and a
    // little room, unless given a range; nullopt puts the whole runs back.
    void aRangeIsAllEveryTimelineShows() {
        RunSetFigure figure(test::sample_run_set());
        QCOMPARE(figure.fullTimeRange().lower, 0.0);
        QVERIFY(figure.fullTimeRange().upper > 7.5 && figure.fullTimeRange().upper < 8);
        figure.setTimeRange(QCPRange(2, 5));
        QVERIFY(!renderFigure(figure, kSize).isNull());
        for (int run = 0; run < figure.runCount(); ++run) {
            QCOMPARE(timeAxis(figure, run).lower, 2.0);
            QCOMPARE(timeAxis(figure, run).upper, 5.0);
        }
        // 2 s is the left edge of the plot, 5 s its right edge.
        const QCPAxisRect* rect = figure.timeline(0).plot()->axisRect();
        QCOMPARE(qRound(figure.timeline(0).plot()->xAxis->coordToPixel(2)), rect->left());
        QCOMPARE(qRound(figure.timeline(0).plot()->xAxis->coordToPixel(5)), rect->right() + 1);
        figure.setTimeRange(std::nullopt);
        QCOMPARE(timeAxis(figure, 1).upper, figure.fullTimeRange().upper);
    }

    void theClaimIsOfferedOnlyWithAPreset() {
        QVERIFY(!RunSetFigure(test::sample_run_set()).hasClaim());
        QVERIFY(RunSetFigure(test::preset_run_set()).hasClaim());
    }

    // Title, claim and each check's verdict line, above the timelines, which
    // move down to make room.
    void theClaimStripIsDrawnAboveTheTimelines() {
        const RunSet runs = test::preset_run_set();
        RunSetFigure figure(runs);
        const QString plain = svgOf(figure, m_dir);
        const int plainTop = figure.timelineRect(0).top();
        QVERIFY(!plain.contains(QStringLiteral("sample measurement")));

        figure.setClaimShown(true);
        const QString claimed = svgOf(figure, m_dir);
        QVERIFY(figure.timelineRect(0).top() > plainTop);
        QVERIFY(claimed.contains(QString::fromStdString(runs.preset->preset.title)));
        QVERIFY(claimed.contains(QStringLiteral("PASS")));
        QVERIFY(claimed.contains(QStringLiteral("FAIL")));
        for (const CheckResult& result : runs.preset->verdicts)
            QVERIFY2(claimed.contains(QString::fromStdString(result.sentence())), result.sentence().c_str());
    }

    // The table's header and the window's figures for each run, below the
    // timelines, which end higher to make room.
    void theSummaryTableIsDrawnBelowTheTimelines() {
        RunSetFigure figure(test::sample_run_set());
        const QString plain = svgOf(figure, m_dir);
        const int plainBottom = figure.timelineRect(1).bottom();
        QVERIFY(!plain.contains(QStringLiteral("Efficiency")));

        figure.setTableShown(true);
        const QString table = svgOf(figure, m_dir);
        QVERIFY(figure.timelineRect(1).bottom() < plainBottom);
        for (const char* header : {"Mode", "Makespan", "Ideal", "Speed-up", "Efficiency", "p50", "p95", "Errors"})
            QVERIFY2(table.contains(QString::fromLatin1(header)), header);
        // Each run's figures as the window's table words them.
        SummaryTableModel model;
        for (const RunRecord& run : figure.runs().runs) model.addRun(run);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const int column : {SummaryTableModel::MakespanColumn, SummaryTableModel::SpeedUpColumn,
                                     SummaryTableModel::P95Column}) {
                const QString cell = model.index(row, column).data().toString();
                QVERIFY2(table.contains(cell.toHtmlEscaped()), qPrintable(cell));
            }
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(FigureOptionsTest)
#include "figure_options_test.moc"
