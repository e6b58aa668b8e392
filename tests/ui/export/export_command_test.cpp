// `overlap export` and `overlap run --png` end to end, as processes, with no
// display and no platform chosen for them: every file they write is read back
// and checked, and bad input ends in one line and the documented exit code.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include "formats/ascii_diagram.hpp"
#include "formats/csv_export.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "support/headless_overlap.hpp"
#include "support/preset_sample.hpp"
#include "support/sample_runs.hpp"

using namespace overlap;

namespace {

using test::Finished;
using test::runOverlapHeadless;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class ExportCommandTest : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_runFile = m_dir.filePath(QStringLiteral("runs.json"));
        save_run_file(test::sample_run_set(), m_runFile.toStdString());
    }

    void writesEveryFormatInOneCall() {
        const auto file = [&](const char* name) {
            return m_dir.filePath(QString::fromLatin1(name));
        };
        const Finished result =
            runOverlapHeadless({QStringLiteral("export"),         m_runFile,
                                QStringLiteral("--png"),          file("a.png"),
                                QStringLiteral("--width"),        QStringLiteral("1000"),
                                QStringLiteral("--height"),       QStringLiteral("700"),
                                QStringLiteral("--svg"),          file("a.svg"),
                                QStringLiteral("--pdf"),          file("a.pdf"),
                                QStringLiteral("--ascii"),        file("a.txt"),
                                QStringLiteral("--ascii-width"),  QStringLiteral("60"),
                                QStringLiteral("--csv"),          file("a.csv"),
                                QStringLiteral("--chrome-trace"), file("a.trace.json"),
                                QStringLiteral("--lanes"),        QStringLiteral("worker")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.err, QString());

        QCOMPARE(QImage(file("a.png")).size(), QSize(1000, 700));
        QSvgRenderer svg(file("a.svg"));
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox(), QRect(0, 0, 1000, 700));  // scale 1 below 1280 pixels
        QVERIFY(readAll(file("a.pdf")).startsWith("%PDF-"));

        const RunSet runs = load_run_file(m_runFile.toStdString());
        QCOMPARE(readAll(file("a.txt")).toStdString(),
                 ascii_diagrams(runs, 60, false, AsciiLanes::Worker));
        QCOMPARE(readAll(file("a.csv")).toStdString(), run_set_to_csv(runs));
        const QJsonDocument trace = QJsonDocument::fromJson(readAll(file("a.trace.json")));
        QVERIFY(trace.object().value(QStringLiteral("traceEvents")).toArray().size() > 6);
    }

    void aCorruptRunFileIsOneLineAndExitOne() {
        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.json"));
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"overlap-run\",\"version\":1,\"runs\":[{\"mode\":");
        file.close();
        std::string expected;
        try {
            load_run_file(corrupt.toStdString());
        } catch (const FormatError& error) {
            expected = error.what();
        }
        QVERIFY(!expected.empty());

        const Finished result =
            runOverlapHeadless({QStringLiteral("export"), corrupt, QStringLiteral("--png"),
                                m_dir.filePath(QStringLiteral("never.png"))});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err,
                 QStringLiteral("overlap export: %1\n").arg(QString::fromStdString(expected)));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));

        const Finished missing = runOverlapHeadless(
            {QStringLiteral("export"), m_dir.filePath(QStringLiteral("gone.json")),
             QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.startsWith(QStringLiteral("overlap export: File not found")),
                 qPrintable(missing.err));
        QCOMPARE(missing.err.count(QLatin1Char('\n')), 1);
    }

    void aChromeTraceSaysWhatCanOpenIt() {
        const QString trace = m_dir.filePath(QStringLiteral("runs.trace.json"));
        QCOMPARE(runOverlapHeadless(
                     {QStringLiteral("export"), m_runFile, QStringLiteral("--chrome-trace"), trace})
                     .exitCode,
                 0);
        const Finished exported =
            runOverlapHeadless({QStringLiteral("export"), trace, QStringLiteral("--ascii"),
                                m_dir.filePath(QStringLiteral("t.txt"))});
        QCOMPARE(exported.exitCode, 1);
        // The command cannot import a trace, so it must not say to.
        QVERIFY2(!exported.err.contains(QStringLiteral("import it as a trace")),
                 qPrintable(exported.err));
        QVERIFY2(exported.err.contains(QStringLiteral(
                     "open it in the window ('overlap FILE', or File > Import Chrome Trace)")),
                 qPrintable(exported.err));
        QCOMPARE(exported.err.count(QLatin1Char('\n')), 1);
    }

    void usageErrorsExitTwo() {
        const Finished nothing = runOverlapHeadless({QStringLiteral("export"), m_runFile});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains(QStringLiteral("nothing to export")),
                 qPrintable(nothing.err));
        const Finished noFile = runOverlapHeadless(
            {QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("x.csv")});
        QCOMPARE(noFile.exitCode, 2);
        const Finished lanes = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--png"), QStringLiteral("x.png"),
             QStringLiteral("--lanes"), QStringLiteral("thread")});
        QCOMPARE(lanes.exitCode, 2);
        QVERIFY(lanes.err.contains(QStringLiteral("--lanes")));
        const Finished huge = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--png"), QStringLiteral("x.png"),
             QStringLiteral("--width"), QStringLiteral("100000")});
        QCOMPARE(huge.exitCode, 2);
        QCOMPARE(huge.err.count(QLatin1Char('\n')), 1);
        const Finished theme = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--png"), QStringLiteral("x.png"),
             QStringLiteral("--theme"), QStringLiteral("blue")});
        QCOMPARE(theme.exitCode, 2);
        QCOMPARE(theme.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(theme.err.contains(QStringLiteral("--theme")), qPrintable(theme.err));

        const Finished help =
            runOverlapHeadless({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* flag :
             {"--png", "--svg", "--pdf", "--ascii", "--csv", "--chrome-trace", "--lanes", "--theme",
              "--from", "--to", "--with-claim", "--with-table"}) {
            QVERIFY2(help.out.contains(QString::fromLatin1(flag)), flag);
        }
    }

    // --from/--to draw those seconds only: the whole runs' range given by hand
    // draws the default picture, a narrower one another.
    void fromAndToDrawThatRange() {
        const auto png = [&](const QString& name, const QStringList& range) {
            const QString path = m_dir.filePath(name);
            const Finished result = runOverlapHeadless(
                QStringList{QStringLiteral("export"), m_runFile, QStringLiteral("--png"), path,
                            QStringLiteral("--width"), QStringLiteral("800"),
                            QStringLiteral("--height"), QStringLiteral("500")}
                << range);
            return result.exitCode == 0 ? QImage(path) : QImage();
        };
        const QImage whole = png(QStringLiteral("whole.png"), {});
        QVERIFY(!whole.isNull());
        // 7.5 s, the longest run, and the figure's 3% of room after it.
        const QImage same =
            png(QStringLiteral("same.png"), {QStringLiteral("--from"), QStringLiteral("0"),
                                             QStringLiteral("--to"), QStringLiteral("7.725")});
        QCOMPARE(same, whole);
        const QImage zoomed =
            png(QStringLiteral("zoomed.png"), {QStringLiteral("--from"), QStringLiteral("2"),
                                               QStringLiteral("--to"), QStringLiteral("5")});
        QVERIFY(!zoomed.isNull());
        QVERIFY(zoomed != whole);
    }

    // A range that cannot be drawn is one line naming the flag, exit 2.
    void aBadRangeIsAUsageError_data() {
        QTest::addColumn<QStringList>("range");
        QTest::addColumn<QString>("named");
        QTest::newRow("reversed") << QStringList{QStringLiteral("--from"), QStringLiteral("5"),
                                                 QStringLiteral("--to"), QStringLiteral("2")}
                                  << QStringLiteral("--to");
        QTest::newRow("empty") << QStringList{QStringLiteral("--from"), QStringLiteral("3"),
                                              QStringLiteral("--to"), QStringLiteral("3")}
                               << QStringLiteral("--to");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("--from"), QStringLiteral("soon"), QStringLiteral("--to"),
                           QStringLiteral("2")}
            << QStringLiteral("--from");
        QTest::newRow("negative") << QStringList{QStringLiteral("--from"), QStringLiteral("-1"),
                                                 QStringLiteral("--to"), QStringLiteral("2")}
                                  << QStringLiteral("--from");
        QTest::newRow("one end") << QStringList{QStringLiteral("--from"), QStringLiteral("1")}
                                 << QStringLiteral("--to");
    }

    void aBadRangeIsAUsageError() {
        QFETCH(QStringList, range);
        QFETCH(QString, named);
        const Finished result = runOverlapHeadless(
            QStringList{QStringLiteral("export"), m_runFile, QStringLiteral("--png"),
                        m_dir.filePath(QStringLiteral("x.png"))}
            << range);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
    }

    // The claim and the table from a preset's run file, read back from the SVG.
    void withClaimAndTableDrawThemFromTheFile() {
        const RunSet runs = test::preset_run_set();
        const QString presetFile = m_dir.filePath(QStringLiteral("preset.json"));
        save_run_file(runs, presetFile.toStdString());
        const QString svg = m_dir.filePath(QStringLiteral("claim.svg"));
        const Finished result =
            runOverlapHeadless({QStringLiteral("export"), presetFile, QStringLiteral("--svg"), svg,
                                QStringLiteral("--width"), QStringLiteral("1600"),
                                QStringLiteral("--with-claim"), QStringLiteral("--with-table")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString text = QString::fromUtf8(readAll(svg));
        QVERIFY(text.contains(QString::fromStdString(runs.preset->preset.title)));
        QVERIFY(text.contains(QString::fromStdString(runs.preset->verdicts.front().sentence())));
        QVERIFY(text.contains(QStringLiteral("PASS")));
        QVERIFY(text.contains(QStringLiteral("Efficiency")));

        // Runs that are not a preset's have no claim to draw: said, not skipped.
        const Finished none = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--png"),
             m_dir.filePath(QStringLiteral("none.png")), QStringLiteral("--with-claim")});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(none.err.contains(QStringLiteral("--with-claim")), qPrintable(none.err));
    }

    // The figure in the theme asked for: mostly the dark theme's background,
    // where the light one's is white; the text on it light.
    void aDarkThemeDrawsADarkPng() {
        const QString light = m_dir.filePath(QStringLiteral("light.png"));
        const QString dark = m_dir.filePath(QStringLiteral("dark.png"));
        const Finished result = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--png"), light});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const Finished darkResult =
            runOverlapHeadless({QStringLiteral("export"), m_runFile, QStringLiteral("--png"), dark,
                                QStringLiteral("--theme"), QStringLiteral("dark")});
        QVERIFY2(darkResult.exitCode == 0, qPrintable(darkResult.err));
        const auto meanGrey = [](const QImage& image) {
            double sum = 0;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4) sum += qGray(image.pixel(x, y));
            }
            return sum / ((image.height() + 3) / 4) / ((image.width() + 3) / 4);
        };
        const QImage lightImage(light);
        const QImage darkImage(dark);
        QCOMPARE(darkImage.size(), lightImage.size());
        QCOMPARE(lightImage.pixelColor(1, 1), QColor(Qt::white));
        QCOMPARE(darkImage.pixelColor(1, 1), QColor(0x1e, 0x1f, 0x22));
        QVERIFY2(meanGrey(darkImage) < 80, qPrintable(QString::number(meanGrey(darkImage))));
        QVERIFY(meanGrey(lightImage) > 170);
    }

    void chartsFlagsDrawTheChartsTabAtTheSizeAndTheme() {
        const QString png = m_dir.filePath(QStringLiteral("charts.png"));
        const QString svg = m_dir.filePath(QStringLiteral("charts.svg"));
        const Finished result = runOverlapHeadless(
            {QStringLiteral("export"), m_runFile, QStringLiteral("--charts-png"), png,
             QStringLiteral("--charts-svg"), svg, QStringLiteral("--width"), QStringLiteral("900"),
             QStringLiteral("--height"), QStringLiteral("600"), QStringLiteral("--theme"),
             QStringLiteral("dark")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.err, QString());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 600));
        QCOMPARE(image.pixelColor(1, 1), QColor(0x1e, 0x1f, 0x22));
        const QString drawing = QString::fromUtf8(readAll(svg));
        for (const char* title : {"Tasks in flight over time", "Task latency", "Makespan"})
            QVERIFY2(drawing.contains(QLatin1String(title)), title);
    }

    void anUnwritableOutputFailsAloneAndIsNamed() {
        const QString bad = QStringLiteral("/nonexistent-overlap-export-test/a.png");
        const QString csv = m_dir.filePath(QStringLiteral("ok.csv"));
        const Finished result =
            runOverlapHeadless({QStringLiteral("export"), m_runFile, QStringLiteral("--png"), bad,
                                QStringLiteral("--csv"), csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(bad), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(QFile::exists(csv));
    }

    void runDrawsItsPngHeadless() {
        const QString png = m_dir.filePath(QStringLiteral("run.png"));
        const Finished result = runOverlapHeadless(
            {QStringLiteral("run"), QStringLiteral("--tasks"), QStringLiteral("3"),
             QStringLiteral("--delay"), QStringLiteral("0.05"), QStringLiteral("--modes"),
             QStringLiteral("sequential,async"), QStringLiteral("--quiet"), QStringLiteral("--png"),
             png});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("async")));  // the table still prints
        QCOMPARE(QImage(png).size(), QSize(1920, 1080));
    }

private:
    QTemporaryDir m_dir;
    QString m_runFile;
};

QTEST_MAIN(ExportCommandTest)
#include "export_command_test.moc"
