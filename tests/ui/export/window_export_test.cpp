// File ▸ Export… follows the window: the lane mode, the theme and, once the
// user has zoomed, the seconds on screen. The dialog's picture must be the
// figure drawn with exactly those settings, pixel for pixel.
#include <qcustomplot.h>

#include <QAction>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "formats/run_file.hpp"
#include "support/sample_runs.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/export/export_dialog.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/theme/theme.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"

using namespace overlap;
using namespace overlap::ui;

class WindowExportTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { setCurrentTheme(kDefaultTheme); }

    void exportDrawsWhatTheWindowShows() {
        QTemporaryDir dir;
        const QString runFile = dir.filePath(QStringLiteral("runs.overlap.json"));
        save_run_file(test::sample_run_set(), QFile::encodeName(runFile).toStdString());
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        MainWindow window(settings, {}, QStringLiteral("no server in this test"));
        FileActions& files = *window.fileActions();
        QVERIFY(files.open(runFile));
        QVERIFY(QTest::qWaitFor([&] { return !files.isLoading(); }, 60'000));

        CompareView& compare = *window.compareView();
        QVERIFY(!compare.zoomedRange());
        compare.setLaneMode(LaneMode::PerWorker);
        // As a wheel or a drag would: the row's axis moves, the others follow.
        compare.timeline(0)->plot()->xAxis->setRange(2, 5);
        QVERIFY(compare.zoomedRange());
        QCOMPARE(compare.zoomedRange()->lower, 2.0);
        QCOMPARE(compare.zoomedRange()->upper, 5.0);
        setCurrentTheme(ThemeId::Dark);

        files.exportAction()->trigger();
        auto* dialog = window.findChild<ExportDialog*>();
        QVERIFY(dialog);
        const FigureSize size{QSize(900, 600), 1};
        dialog->setFormat(ExportFormat::Png);
        dialog->setFigureSize(size);
        const QString path = dir.filePath(QStringLiteral("shown.png"));
        QVERIFY(dialog->exportTo(path).ok());

        RunSetFigure expected(window.document()->runSet(), LaneMode::PerWorker);
        expected.setTimeRange(QCPRange(2, 5));
        const QImage shown(path);
        QCOMPARE(shown.pixelColor(1, 1), theme(ThemeId::Dark).background);
        QCOMPARE(shown, renderFigure(expected, size).convertToFormat(shown.format()));

        // Fitted again: the whole runs.
        dialog->close();
        compare.fitAll();
        QVERIFY(!compare.zoomedRange());
    }
};

QTEST_MAIN(WindowExportTest)
#include "window_export_test.moc"
