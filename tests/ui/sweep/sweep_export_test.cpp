// A sweep as a picture: SweepFigure lays out both plots and the caption, and
// `overlap export SWEEP.json --png/--svg/--pdf` draws it headless (as a
// process with no display), in the theme asked for, as `overlap sweep --png`
// does after a sweep; a sweep file refuses the
// run file's text outputs with one line and exit status 2.
#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "analysis/sweep_table.hpp"
#include "formats/sweep_file.hpp"
#include "formats/sweep_sample.hpp"
#include "support/headless_overlap.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/export/sweep_figure.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/sweep/sweep_plot.hpp"
#include "ui/theme/theme.hpp"

using namespace overlap;
using namespace overlap::ui;

class SweepExportTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_sweepFile = m_dir.filePath(QStringLiteral("pool.sweep.json"));
        save_sweep_file(test::sample_sweep(), m_sweepFile.toStdString());
    }

    void theFigureHoldsBothPlotsSideBySide() {
        const SweepResult sweep = test::sample_sweep();
        SweepFigure figure(sweep);
        QCOMPARE(figure.title(), QStringLiteral("a pool of 1 and 4"));
        FigureSize size;
        size.pixels = QSize(1200, 700);
        size.scale = 1;
        const QImage image = renderFigure(figure, size);
        QVERIFY(!image.isNull());
        const QRect left = figure.plotRect(0);
        const QRect right = figure.plotRect(1);
        QVERIFY(!left.intersects(right));
        QVERIFY(left.right() < right.left());
        QVERIFY(QRect(QPoint(), size.pixels).contains(left.united(right)));
        QVERIFY(left.height() > 300);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(figure.plot(i)->modeGraph(Mode::Threads)->dataCount(), 2);
            QCOMPARE(figure.plot(i)->modeGraph(Mode::Processes)->dataCount(), 2);
        }
    }

    void exportDrawsTheCurveHeadless() {
        const auto file = [&](const char* name) {
            return m_dir.filePath(QString::fromLatin1(name));
        };
        const test::Finished result = test::runOverlapHeadless(
            {QStringLiteral("export"), m_sweepFile, QStringLiteral("--png"), file("curve.png"),
             QStringLiteral("--svg"), file("curve.svg"), QStringLiteral("--pdf"), file("curve.pdf"),
             QStringLiteral("--width"), QStringLiteral("1000"), QStringLiteral("--height"),
             QStringLiteral("600"), QStringLiteral("--theme"), QStringLiteral("dark")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage png(file("curve.png"));
        QCOMPARE(png.size(), QSize(1000, 600));
        QCOMPARE(png.pixelColor(2, 2), theme(ThemeId::Dark).background);
        QVERIFY(QSvgRenderer(file("curve.svg")).isValid());
        QFile pdf(file("curve.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5).startsWith("%PDF"));
    }

    void sweepDrawsItsPngHeadless() {
        const QString png = m_dir.filePath(QStringLiteral("sweep.png"));
        const test::Finished result = test::runOverlapHeadless(
            {QStringLiteral("sweep"), QStringLiteral("--param"), QStringLiteral("concurrency"),
             QStringLiteral("--values"), QStringLiteral("1,2"), QStringLiteral("--modes"),
             QStringLiteral("async"), QStringLiteral("--tasks"), QStringLiteral("2"),
             QStringLiteral("--delay"), QStringLiteral("0.05"), QStringLiteral("--quiet"),
             QStringLiteral("--png"), png});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("speed-up")));  // the table still prints
        QCOMPARE(QImage(png).size(), QSize(1920, 1080));
    }

    void textOutputsAreRefused() {
        const test::Finished result = test::runOverlapHeadless(
            {QStringLiteral("export"), m_sweepFile, QStringLiteral("--ascii"),
             m_dir.filePath(QStringLiteral("a.txt"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--ascii")) &&
                     result.err.contains(QStringLiteral("sweep file")),
                 qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("a.txt"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_sweepFile;
};

QTEST_MAIN(SweepExportTest)
#include "sweep_export_test.moc"
