// The Charts tab as a figure, offscreen: drawn at the size asked for, in the
// current theme's background with something drawn inside every chart; an SVG
// that names each chart; and the window's Copy Charts and Export Charts on a
// comparison opened from a file.
#include <qcustomplot.h>

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

#include "formats/run_file.hpp"
#include "support/sample_runs.hpp"
#include "ui/document/chart_actions.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/export/charts_figure.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/theme/theme.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

// 1500×1000 pixels at scale 1.25: laid out as 1200×800.
const FigureSize kSize{QSize(1500, 1000), 1.25};
constexpr int kLoadTimeoutMs = 60'000;

// Pixels in `area` (logical pixels of a figure drawn at `ratio`) not of the background colour.
int drawnPixels(const QImage& image, QRect area, double ratio, QColor background) {
    const QRect pixels(QPoint(qRound(area.left() * ratio), qRound(area.top() * ratio)),
                       QPoint(qRound(area.right() * ratio), qRound(area.bottom() * ratio)));
    int drawn = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            if (image.pixelColor(x, y) != background) ++drawn;
        }
    }
    return drawn;
}

}  // namespace

class ChartsFigureTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { setCurrentTheme(kDefaultTheme); }

    void drawsEveryChartAtTheSizeAskedInTheTheme_data() {
        QTest::addColumn<ThemeId>("theme");
        for (const ThemeId id : kAllThemes) QTest::newRow(qPrintable(themeKey(id))) << id;
    }
    void drawsEveryChartAtTheSizeAskedInTheTheme() {
        QFETCH(ThemeId, theme);
        setCurrentTheme(theme);
        ChartsFigure figure(test::sample_run_set());
        const QImage image = renderFigure(figure, kSize);
        QCOMPARE(image.size(), kSize.pixels);
        const QColor background = ui::theme(theme).background;
        QCOMPARE(image.pixelColor(0, 0), background);
        QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), background);
        QCOMPARE(figure.charts().size(), std::size_t{3});
        const QRect page(QPoint(), kSize.logical());
        for (int i = 0; i < 3; ++i) {
            const QRect area = figure.chartRect(i);
            QVERIFY2(page.contains(area), qPrintable(ChartsFigure::chartTitle(*figure.charts()[i])));
            // Axes, ticks, title and data: far more than a stray line's worth.
            const int drawn = drawnPixels(image, area, kSize.pixelRatio(), background);
            QVERIFY2(drawn > area.width() * area.height() / 100,
                     qPrintable(QStringLiteral("%1: %2 pixels drawn")
                                    .arg(ChartsFigure::chartTitle(*figure.charts()[i]))
                                    .arg(drawn)));
        }
        // The charts do not overlap: the top one spans the width, two share the row below.
        QVERIFY(!figure.chartRect(0).intersects(figure.chartRect(1)));
        QVERIFY(!figure.chartRect(1).intersects(figure.chartRect(2)));
        QCOMPARE(figure.chartRect(1).left(), figure.chartRect(0).left());
        QCOMPARE(figure.chartRect(2).right(), figure.chartRect(0).right());
        QCOMPARE(figure.chartRect(2).top(), figure.chartRect(1).top());
    }

    void svgNamesEveryChart() {
        ChartsFigure figure(test::sample_run_set());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("charts.svg"));
        const ExportResult result = saveSvg(figure, path, kSize);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(figure.title().toHtmlEscaped()));
        for (const QCustomPlot* chart : figure.charts()) {
            const QString title = ChartsFigure::chartTitle(*chart);
            QVERIFY(!title.isEmpty());
            QVERIFY2(svg.contains(title.toHtmlEscaped()), qPrintable(title));
        }
    }

    void windowCopiesAndExportsTheCharts() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        settings.setExportSize(kSize);
        MainWindow window(settings, {}, QStringLiteral("no server in this test"));
        ChartActions& charts = *window.chartActions();
        for (QAction* action : {charts.exportAction(), charts.copyAction()}) {
            QVERIFY(!action->isEnabled());
            QVERIFY(!action->toolTip().isEmpty());
            QCOMPARE(action->statusTip(), action->toolTip());
        }

        // Beside the neighbouring actions: after Export Replay… and at the end of Edit.
        const QList<QAction*> menus = window.menuBar()->actions();
        const QList<QAction*> file = menus[0]->menu()->actions();
        const qsizetype replay = file.indexOf(window.fileActions()->exportReplayAction());
        QVERIFY(replay >= 0 && replay + 1 < file.size());
        QCOMPARE(file[replay + 1], charts.exportAction());
        QCOMPARE(menus[1]->menu()->actions().constLast(), charts.copyAction());

        const QString runFile = dir.filePath(QStringLiteral("runs.overlap.json"));
        save_run_file(test::sample_run_set(), runFile.toStdString());
        QVERIFY(window.fileActions()->open(runFile));
        QVERIFY(QTest::qWaitFor([&] { return !window.fileActions()->isLoading(); }, kLoadTimeoutMs));
        QVERIFY(charts.copyAction()->isEnabled());
        QVERIFY(charts.exportAction()->isEnabled());

        QGuiApplication::clipboard()->clear();
        charts.copyAction()->trigger();
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.size(), kSize.pixels);

        const QString png = dir.filePath(QStringLiteral("out/charts.png"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QVERIFY(charts.exportTo(png));
        QCOMPARE(QImage(png).size(), kSize.pixels);
        QCOMPARE(settings.exportFolder(), QFileInfo(png).absolutePath());
    }
};

QTEST_MAIN(ChartsFigureTest)
#include "charts_figure_test.moc"
