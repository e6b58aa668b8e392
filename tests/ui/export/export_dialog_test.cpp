// The export dialog writes every format as a valid, non-empty file (a PNG of
// the chosen size, an SVG that renders, a PDF, text, CSV, a trace that parses),
// remembers its folder and sizes, keeps sizes within what it offers and
// reports failures naming the path.
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "support/preset_sample.hpp"
#include "support/sample_runs.hpp"
#include "ui/export/export_dialog.hpp"
#include "ui/window/settings.hpp"

using namespace overlap;
using namespace overlap::ui;

Q_DECLARE_METATYPE(overlap::ui::ExportFormat)

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Dialog {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
    ExportDialog dialog{test::sample_run_set(), LaneMode::PerTask, settings,
                        QStringLiteral("3-delay-2")};
};

}  // namespace

class ExportDialogTest : public QObject {
    Q_OBJECT

private slots:
    void writesEveryFormat_data() {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<bool>("fenced");
        QTest::addColumn<QString>("file");
        QTest::newRow("png") << ExportFormat::Png << false << QStringLiteral("a.png");
        QTest::newRow("svg") << ExportFormat::Svg << false << QStringLiteral("a.svg");
        QTest::newRow("pdf") << ExportFormat::Pdf << false << QStringLiteral("a.pdf");
        QTest::newRow("ascii") << ExportFormat::Ascii << false << QStringLiteral("a.txt");
        QTest::newRow("markdown") << ExportFormat::Ascii << true << QStringLiteral("a.md");
        QTest::newRow("csv") << ExportFormat::Csv << false << QStringLiteral("a.csv");
        QTest::newRow("trace") << ExportFormat::ChromeTrace << false
                               << QStringLiteral("a.trace.json");
    }

    void writesEveryFormat() {
        QFETCH(ExportFormat, format);
        QFETCH(bool, fenced);
        QFETCH(QString, file);
        Dialog d;
        d.dialog.setFormat(format);
        d.dialog.setMarkdownFences(fenced);
        d.dialog.setAsciiWidth(80);
        const QSize pixels(1600, 900);
        d.dialog.setFigureSize(FigureSize{pixels, 0});
        QCOMPARE(d.dialog.format(), format);
        QVERIFY(d.dialog.suggestedPath().endsWith(QStringLiteral("3-delay-2.") +
                                                  file.section(QLatin1Char('.'), 1)));

        QSignalSpy exported(&d.dialog, &ExportDialog::exported);
        const QString path = d.dir.filePath(file);
        const ExportResult result = d.dialog.exportTo(path);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.front().front().toString(), path);
        const QByteArray bytes = contents(path);
        QVERIFY(!bytes.isEmpty());

        switch (format) {
            case ExportFormat::Png: {
                const QImage image(path);
                QCOMPARE(image.size(), pixels);
                break;
            }
            case ExportFormat::Svg: {
                QSvgRenderer svg(path);
                QVERIFY(svg.isValid());
                break;
            }
            case ExportFormat::Pdf:
                QVERIFY(bytes.startsWith("%PDF-"));
                QVERIFY(bytes.trimmed().endsWith("%%EOF"));
                break;
            case ExportFormat::Ascii: {
                const QList<QByteArray> lines = bytes.split('\n');
                QCOMPARE(lines.front().startsWith("```"), fenced);
                QVERIFY(bytes.contains("sequential"));
                for (const QByteArray& line : lines)
                    QVERIFY2(QString::fromUtf8(line).size() <= 80, line.constData());
                break;
            }
            case ExportFormat::Csv: {
                const QList<QByteArray> lines = bytes.trimmed().split('\n');
                QVERIFY(lines.size() > 6);  // a header, six tasks and their phases
                QVERIFY(lines.front().contains(','));
                break;
            }
            case ExportFormat::ChromeTrace: {
                QJsonParseError error;
                const QJsonDocument trace = QJsonDocument::fromJson(bytes, &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QVERIFY(!trace.object().value(QStringLiteral("traceEvents")).toArray().isEmpty());
                break;
            }
        }
    }

    void startsFromTheDefaultsAndRemembersWhatWorked() {
        QTemporaryDir out;
        const FigureSize size{QSize(1280, 720), 2};
        {
            Dialog d;
            QCOMPARE(d.dialog.figureSize().pixels, QSize(1920, 1080));
            QCOMPARE(d.dialog.figureSize().scale, 0.0);
            d.dialog.setFigureSize(size);
            QVERIFY(d.dialog.exportTo(out.filePath(QStringLiteral("small.png"))).ok());
            d.dialog.setFormat(ExportFormat::Ascii);
            d.dialog.setAsciiWidth(120);
            QVERIFY(d.dialog.exportTo(out.filePath(QStringLiteral("runs.txt"))).ok());
            QCOMPARE(d.settings.exportFolder(), out.path());

            ExportDialog next(test::sample_run_set(), LaneMode::PerTask, d.settings,
                              QStringLiteral("next"));
            QCOMPARE(next.figureSize().pixels, size.pixels);
            QCOMPARE(next.figureSize().scale, size.scale);
            QCOMPARE(next.suggestedPath(), out.filePath(QStringLiteral("next.png")));
            QCOMPARE(d.settings.asciiWidth(), 120);
        }
    }

    void offersUpTo4k() {
        Dialog d;
        d.dialog.setFigureSize(FigureSize{QSize(8000, 8000), 0});
        QCOMPARE(d.dialog.figureSize().pixels,
                 QSize(ExportDialog::kMaxWidth, ExportDialog::kMaxHeight));
        QCOMPARE(d.dialog.figureSize().pixels, QSize(3840, 2160));
        const QString path = d.dir.filePath(QStringLiteral("4k.png"));
        QVERIFY(d.dialog.exportTo(path).ok());
        QCOMPARE(QImage(path).size(), QSize(3840, 2160));
    }

    void failuresNameThePathAndAreNotRemembered() {
        Dialog d;
        const QString path = QStringLiteral("/nonexistent-overlap-export/a.png");
        QSignalSpy exported(&d.dialog, &ExportDialog::exported);
        const ExportResult result = d.dialog.exportTo(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(path), qPrintable(result.error()));
        QCOMPARE(exported.size(), 0);
        QVERIFY(d.settings.exportFolder().isEmpty());

        // A scale that leaves too little room to lay the figure out.
        d.dialog.setFigureSize(FigureSize{QSize(400, 400), 4});
        const ExportResult tooSmall = d.dialog.exportTo(d.dir.filePath(QStringLiteral("b.png")));
        QVERIFY(!tooSmall.ok());
        QVERIFY(!QFile::exists(d.dir.filePath(QStringLiteral("b.png"))));
    }

    // A zoomed window's range is offered, checked, and drawn; unchecked, or
    // with nothing zoomed, the whole runs are.
    void drawsTheVisibleRangeWhenAsked() {
        Dialog d;
        auto* visibleOnly = d.dialog.findChild<QCheckBox*>(QStringLiteral("visibleOnly"));
        QVERIFY(visibleOnly);
        QVERIFY(visibleOnly->isHidden());
        const QString whole = d.dir.filePath(QStringLiteral("whole.png"));
        QVERIFY(d.dialog.exportTo(whole).ok());

        d.dialog.setVisibleRange(QCPRange(2, 5));
        QVERIFY(!visibleOnly->isHidden());
        QVERIFY(visibleOnly->isChecked());
        const QString zoomed = d.dir.filePath(QStringLiteral("zoomed.png"));
        QVERIFY(d.dialog.exportTo(zoomed).ok());
        QVERIFY(QImage(zoomed) != QImage(whole));

        visibleOnly->setChecked(false);
        const QString unchecked = d.dir.filePath(QStringLiteral("unchecked.png"));
        QVERIFY(d.dialog.exportTo(unchecked).ok());
        QCOMPARE(QImage(unchecked), QImage(whole));
    }

    // The claim is offered for a preset's runs only; both panels reach the file.
    void offersTheClaimForAPresetAndDrawsBothPanels() {
        Dialog plain;
        QVERIFY(plain.dialog.findChild<QCheckBox*>(QStringLiteral("withClaim"))->isHidden());

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        const RunSet runs = test::preset_run_set();
        ExportDialog dialog(runs, LaneMode::PerTask, settings, QStringLiteral("preset"));
        auto* withClaim = dialog.findChild<QCheckBox*>(QStringLiteral("withClaim"));
        auto* withTable = dialog.findChild<QCheckBox*>(QStringLiteral("withTable"));
        QVERIFY(!withClaim->isHidden());
        QVERIFY(!withClaim->isChecked() && !withTable->isChecked());
        withClaim->setChecked(true);
        withTable->setChecked(true);
        dialog.setFormat(ExportFormat::Svg);
        dialog.setFigureSize(FigureSize{QSize(1600, 1000), 1});
        const QString path = dir.filePath(QStringLiteral("panels.svg"));
        QVERIFY(dialog.exportTo(path).ok());
        const QString text = QString::fromUtf8(contents(path));
        QVERIFY(text.contains(QString::fromStdString(runs.preset->verdicts.front().sentence())));
        QVERIFY(text.contains(QStringLiteral("Makespan")));
    }
};

QTEST_MAIN(ExportDialogTest)
#include "export_dialog_test.moc"
