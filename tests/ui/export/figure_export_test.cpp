// The figure and its files, offscreen: a PNG checked pixel by pixel against
// the palette where the sample's bars must be, an SVG that parses and renders
// the same bars, a PDF that poppler renders the same, the clipboard, errors
// that name the path, the labels and captions, and the text exports.
#include <qcustomplot.h>

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

#include "formats/ascii_diagram.hpp"
#include "formats/csv_export.hpp"
#include "support/sample_runs.hpp"
#include "support/synthetic_run.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/export/text_export.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/timeline/timeline_view.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

// 1200×900 pixels at scale 1.5: laid out as 800×600.
const FigureSize kSize{QSize(1200, 900), 1.5};
const QString kUnwritableFolder = QStringLiteral("/nonexistent-overlap-export-test");

// Where a time and lane of run `run` landed in the last paint, in logical pixels.
QPointF pointOf(const RunSetFigure& figure, int run, double seconds, double lane) {
    const TimelineView& view = figure.timeline(run);
    return QPointF(figure.timelineRect(run).topLeft()) +
           QPointF(view.plot()->xAxis->coordToPixel(seconds),
                   view.plot()->yAxis->coordToPixel(lane));
}

struct Bar {
    int run;
    double seconds;
    double lane;
    QColor colour;
};

// Inside a bar of each phase of both runs, clear of the dashed ideal markers
// (6 s and 4 s) and of the failed task's outline and end glyph.
std::vector<Bar> taskBars() {
    return {
        {0, 0.25, 0, phaseColour(PhaseKind::Connect)}, {0, 1.25, 0, phaseColour(PhaseKind::Wait)},
        {0, 2.25, 0, phaseColour(PhaseKind::Receive)}, {0, 1.25, 1, phaseColour(PhaseKind::Queued)},
        {0, 3.5, 1, phaseColour(PhaseKind::Wait)},     {0, 6.5, 2, phaseColour(PhaseKind::Wait)},
        {1, 0.5, 0, phaseColour(PhaseKind::Queued)},   {1, 1.5, 0, phaseColour(PhaseKind::Connect)},
        {1, 3.0, 0, phaseColour(PhaseKind::Wait)},     {1, 4.5, 0, phaseColour(PhaseKind::Receive)},
        {1, 2.0, 1, phaseColour(PhaseKind::Wait)},     {1, 5.0, 1, phaseColour(PhaseKind::Receive)},
        {1, 6.2, 2, phaseColour(PhaseKind::Wait)},
    };
}

// Whether `colour` is at `point` or one pixel around it (vector renderers
// place edges to their own rounding), within `tolerance` per channel.
bool showsNear(const QImage& image, QPoint point, const QColor& colour, int tolerance = 0) {
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            const QColor got(image.pixel(point + QPoint(dx, dy)));
            if (std::abs(got.red() - colour.red()) <= tolerance &&
                std::abs(got.green() - colour.green()) <= tolerance &&
                std::abs(got.blue() - colour.blue()) <= tolerance) {
                return true;
            }
        }
    }
    return false;
}

int countColour(const QImage& image, const QRect& area, const QColor& colour) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            count += QColor(image.pixel(x, y)) == colour;
        }
    }
    return count;
}

int countDark(const QImage& image, const QRect& area) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            count += qGray(image.pixel(x, y)) < 100;
        }
    }
    return count;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class FigureExportTest : public QObject {
    Q_OBJECT

private slots:
    void titleLabelsAndCaptionsSayWhatRan() {
        RunSet runs = test::sample_run_set();
        RunSetFigure figure(runs);
        QCOMPARE(figure.title(), QStringLiteral("3 \u00d7 /delay/2"));
        QVERIFY(figure.subtitle().contains(QStringLiteral("3 tasks")));
        QVERIFY(figure.subtitle().contains(QStringLiteral("one lane per task")));
        QVERIFY(figure.subtitle().contains(QStringLiteral("2026-01-02 03:04 UTC")));
        QCOMPARE(figure.runLabel(0), QStringLiteral("Sequential"));
        QCOMPARE(figure.runLabel(1), QStringLiteral("Thread pool \u00b7 W=2"));
        QCOMPARE(figure.runCaption(0),
                 QStringLiteral("makespan 7.50 s \u00b7 ideal 6.00 s \u00b7 efficiency 80.0%"));
        QCOMPARE(figure.runCaption(1),
                 QStringLiteral("makespan 7.00 s \u00b7 ideal 4.00 s \u00b7 speed-up 1.07\u00d7 vs "
                                "sequential \u00b7 efficiency 57.1% \u00b7 1 failed"));

        runs.workload.title = "Ten slow pages";
        runs.runs[1].config = {Mode::Async, 10};
        runs.runs[1].behaviour.blocking_in_async = true;
        runs.runs[1].behaviour.gil = true;
        runs.runs[1].cancelled = true;
        RunSetFigure changed(runs, LaneMode::PerWorker);
        QCOMPARE(changed.title(), QStringLiteral("Ten slow pages"));
        QVERIFY(changed.subtitle().contains(QStringLiteral("one lane per worker")));
        QCOMPARE(changed.runLabel(1),
                 QStringLiteral("Async \u00b7 C=10 \u00b7 GIL \u00b7 blocking call"));
        QVERIFY(changed.runCaption(1).endsWith(QStringLiteral("\u00b7 cancelled")));

        RunSet cpu;
        cpu.workload = uniform_workload(4, "", 50, std::nullopt);
        QCOMPARE(RunSetFigure(cpu).title(), QStringLiteral("4 \u00d7 50.0 ms CPU"));
    }

    void pngHasTheRequestedSizeAndTheBarsInPaletteColours() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.png"));
        RunSetFigure figure(test::sample_run_set());
        const ExportResult result = savePng(figure, path, kSize);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QImage image(path);
        QCOMPARE(image.size(), kSize.pixels);
        if (const QByteArray keep = qgetenv("OVERLAP_EXPORT_SCREENSHOT"); !keep.isEmpty()) {
            image.save(QString::fromLocal8Bit(keep));
        }

        for (const Bar& bar : taskBars()) {
            const QPoint pixel = (pointOf(figure, bar.run, bar.seconds, bar.lane) * 1.5).toPoint();
            QVERIFY2(QColor(image.pixel(pixel)) == bar.colour,
                     qPrintable(QStringLiteral("run %1 at %2 s, lane %3")
                                    .arg(bar.run)
                                    .arg(bar.seconds)
                                    .arg(bar.lane)));
        }
        // Between lanes and after the last bar: background.
        QCOMPARE(QColor(image.pixel((pointOf(figure, 0, 3.0, 0.5) * 1.5).toPoint())),
                 QColor(Qt::white));
        QCOMPARE(QColor(image.pixel((pointOf(figure, 1, 7.6, 1) * 1.5).toPoint())),
                 QColor(Qt::white));
        for (int run = 0; run < 2; ++run) {
            QCOMPARE(figure.timeline(run).plot()->yAxis->tickVectorLabels(),
                     QList<QString>({QStringLiteral("Task 0"), QStringLiteral("Task 1"),
                                     QStringLiteral("Task 2")}));
        }
        // One time axis: the same second is straight above and below.
        QCOMPARE(pointOf(figure, 0, 3.0, 0).x(), pointOf(figure, 1, 3.0, 0).x());
        QCOMPARE(pointOf(figure, 0, 0, 0).x(), pointOf(figure, 1, 0, 0).x());
        // And lanes as tall in every run, though only the bottom one names the axis.
        QCOMPARE(figure.timeline(0).plot()->axisRect()->height(),
                 figure.timeline(1).plot()->axisRect()->height());

        // Above the first timeline: the title and subtitle (dark text) and the
        // legend (Compute's colour, which no bar has).
        const QRect top(0, 0, image.width(), qRound(figure.timelineRect(0).top() * 1.5) - 1);
        QVERIFY(countDark(image, top) > 500);
        QVERIFY(countColour(image, top, phaseColour(PhaseKind::Compute)) > 50);
        // Between the timelines: the second run's header with its mode's swatch.
        const QRect header(
            0, qRound(figure.timelineRect(0).bottom() * 1.5) + 1, image.width(),
            qRound((figure.timelineRect(1).top() - figure.timelineRect(0).bottom()) * 1.5) - 2);
        QVERIFY(countColour(image, header, modeColour(Mode::Threads)) > 50);
        QVERIFY(countDark(image, header) > 200);
    }

    void workerLanesShowWorkerStates() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workers.png"));
        RunSetFigure figure(test::sample_run_set(), LaneMode::PerWorker);
        QVERIFY(savePng(figure, path, kSize).ok());
        const QImage image(path);
        const auto at = [&](int run, double seconds, double lane) {
            return QColor(image.pixel((pointOf(figure, run, seconds, lane) * 1.5).toPoint()));
        };
        QCOMPARE(at(0, 1.0, 0), barColour(BarKey::WorkerBusy));
        QCOMPARE(at(1, 3.0, 0), barColour(BarKey::WorkerBusy));
        QCOMPARE(at(1, 0.25, 1), barColour(BarKey::WorkerStarting));
        QCOMPARE(at(1, 0.5, 0), QColor(Qt::white));
    }

    void defaultScaleKeepsTheLayoutWidth() {
        QCOMPARE(FigureSize{}.pixelRatio(), 1.5);
        QCOMPARE(FigureSize{}.logical(), QSize(1280, 720));
        QCOMPARE((FigureSize{QSize(3840, 2160)}.logical()), QSize(1280, 720));
        QCOMPARE((FigureSize{QSize(800, 600)}.pixelRatio()), 1.0);
        QVERIFY(FigureSize{QSize(3840, 2160)}.problem().isEmpty());
        QVERIFY(!FigureSize{QSize(20000, 100)}.problem().isEmpty());
        QVERIFY(!(FigureSize{QSize(1920, 1080), 20}.problem().isEmpty()));
        QVERIFY(!(FigureSize{QSize(1920, 1080), 8}.problem().isEmpty()));  // 240×135 left
    }

    void svgParsesAndRendersTheSameBars() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.svg"));
        RunSetFigure figure(test::sample_run_set());
        const ExportResult result = saveSvg(figure, path, kSize);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("<rect") || svg.contains("<path"));
        QVERIFY(svg.contains(figure.title().toUtf8()));
        for (const PhaseKind kind : {PhaseKind::Connect, PhaseKind::Wait, PhaseKind::Receive}) {
            QVERIFY(svg.contains(phaseColour(kind).name().toLatin1()));
        }
        QVERIFY(!svg.contains("<image"));  // vector all the way, no embedded raster

        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(), kSize.logical()));
        QImage image(kSize.logical(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        for (const Bar& bar : taskBars()) {
            QVERIFY2(showsNear(image, pointOf(figure, bar.run, bar.seconds, bar.lane).toPoint(),
                               bar.colour),
                     qPrintable(QStringLiteral("run %1 at %2 s").arg(bar.run).arg(bar.seconds)));
        }
    }

    void pdfRendersWithPoppler() {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) is needed to check the PDF");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.pdf"));
        RunSetFigure figure(test::sample_run_set());
        const ExportResult result = savePdf(figure, path, kSize);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QVERIFY(readAll(path).startsWith("%PDF-"));

        // At the figure's own DPI, one PDF pixel is one logical pixel.
        QProcess poppler;
        poppler.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                 QStringLiteral("-r"), QString::number(figure.logicalDpi()), path,
                                 dir.filePath(QStringLiteral("page"))});
        QVERIFY(poppler.waitForFinished(60000));
        QCOMPARE(poppler.exitCode(), 0);
        const QImage page(dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!page.isNull());
        QVERIFY(std::abs(page.width() - kSize.logical().width()) <= 2);
        QVERIFY(std::abs(page.height() - kSize.logical().height()) <= 2);
        for (const Bar& bar : taskBars()) {
            QVERIFY2(showsNear(page, pointOf(figure, bar.run, bar.seconds, bar.lane).toPoint(),
                               bar.colour, 3),
                     qPrintable(QStringLiteral("run %1 at %2 s").arg(bar.run).arg(bar.seconds)));
        }
        QVERIFY(countDark(page, page.rect()) > 500);  // the text is there too
    }

    void clipboardGetsTheImage() {
        RunSetFigure figure(test::sample_run_set());
        QVERIFY(copyImageToClipboard(figure, kSize).ok());
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.size(), kSize.pixels);
        QCOMPARE(QColor(copied.pixel((pointOf(figure, 1, 3.0, 0) * 1.5).toPoint())),
                 phaseColour(PhaseKind::Wait));
    }

    void failuresNameThePath() {
        RunSetFigure figure(test::sample_run_set());
        const QString png = kUnwritableFolder + QStringLiteral("/figure.png");
        for (const ExportResult& result :
             {savePng(figure, png, kSize), saveSvg(figure, png, kSize), savePdf(figure, png, kSize),
              saveCsv(figure.runs(), png), saveAscii(figure.runs(), png, 80),
              saveChromeTrace(figure.runs(), png)}) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().contains(png), qPrintable(result.error()));
        }
        const ExportResult huge = savePng(figure, png, FigureSize{QSize(20000, 20000)});
        QVERIFY(!huge.ok());
        QVERIFY2(huge.error().contains(png) && huge.error().contains(QStringLiteral("8192")),
                 qPrintable(huge.error()));
        QCOMPARE(copyImageToClipboard(figure, FigureSize{QSize(0, 0)}).ok(), false);
    }

    void largeRunsStillDraw() {
        RunSet runs;
        runs.workload = uniform_workload(20000, "{server}/delay/0.1", 0, 0.1);
        runs.runs.push_back(test::syntheticRun(20000, test::Spread::Async, 500));
        runs.runs.push_back(test::syntheticRun(20000, test::Spread::Threads, 64, 2));
        RunSetFigure figure(runs);
        const QImage image = renderFigure(figure, FigureSize{});
        QCOMPARE(image.size(), QSize(1920, 1080));
        for (int run = 0; run < 2; ++run) {
            const QRect rect = figure.timelineRect(run);
            const QRect plot(rect.topLeft() * 1.5, rect.size() * 1.5);
            QVERIFY(countColour(image, plot, phaseColour(PhaseKind::Queued)) > 10000);
            QVERIFY(countColour(image, plot, phaseColour(PhaseKind::Wait)) +
                        countColour(image, plot, phaseColour(PhaseKind::Receive)) >
                    500);
            // Lane labels thinned to the timeline's height, not lost.
            const QCPAxis* lanes = figure.timeline(run).plot()->yAxis;
            QVERIFY(lanes->tickVectorLabels().size() >= 5);
            const QRect labels(plot.left(), plot.top(), lanes->axisRect()->left() * 1.5 - 4,
                               plot.height());
            QVERIFY(countDark(image, labels) > 300);
        }
    }

    void fewTasksFillTheirPanelsAndEachIsLabelled() {
        RunSet runs;
        runs.workload = uniform_workload(4, "{server}/delay/0.2", 0, 0.2);
        for (int run = 0; run < 4; ++run)
            runs.runs.push_back(test::syntheticRun(4, test::Spread::Threads, 1 + run));
        RunSetFigure figure(runs);
        renderFigure(figure, FigureSize{});
        for (int run = 0; run < 4; ++run) {
            const QCPAxis* lanes = figure.timeline(run).plot()->yAxis;
            QCOMPARE(lanes->range().upper, 3.5);  // the last lane at the panel's bottom
            QCOMPARE(lanes->tickVectorLabels(),
                     QList<QString>({QStringLiteral("Task 0"), QStringLiteral("Task 1"),
                                     QStringLiteral("Task 2"), QStringLiteral("Task 3")}));
        }
    }

    void textExportsWriteWhatCoreWrites() {
        const RunSet runs = test::sample_run_set();
        const QString ascii = asciiText(runs, 60);
        QCOMPARE(ascii, QString::fromStdString(ascii_diagrams(runs, 60, false)));
        for (const QString& line : ascii.split(QLatin1Char('\n'))) QVERIFY(line.size() <= 60);
        QVERIFY(ascii.contains(QStringLiteral("Task 2")));
        const QString markdown = asciiMarkdown(runs, 60);
        QVERIFY(markdown.startsWith(QStringLiteral("```")));
        QVERIFY(markdown.trimmed().endsWith(QStringLiteral("```")));

        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("runs.txt"));
        const QString csv = dir.filePath(QStringLiteral("runs.csv"));
        const QString trace = dir.filePath(QStringLiteral("runs.trace.json"));
        QVERIFY(saveAscii(runs, text, 60).ok());
        QVERIFY(saveCsv(runs, csv).ok());
        QVERIFY(saveChromeTrace(runs, trace).ok());
        QCOMPARE(QString::fromUtf8(readAll(text)), ascii);
        QCOMPARE(readAll(csv).toStdString(), run_set_to_csv(runs));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(readAll(trace), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.object().value(QStringLiteral("traceEvents")).toArray().size() > 6);
    }
};

QTEST_MAIN(FigureExportTest)
#include "figure_export_test.moc"
