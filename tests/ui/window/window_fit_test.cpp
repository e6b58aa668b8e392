// The window fits a 1920×1080 screen at the scale factor it is run with
// (CMake runs this test at QT_SCALE_FACTOR 1, 1.5 and 2): its minimum size,
// with a preset's claim strip and a comparison on screen, is no larger than
// the screen's available geometry, so panels scroll instead of pushing the
// window off the screen.
#include <QLayout>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include "formats/run_file.hpp"
#include "model/workload.hpp"
#include "presets/builtin_presets.hpp"
#include "support/synthetic_run.hpp"
#include "ui/compare/claim_view.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"
#include "ui/workload/preset_picker.hpp"

using namespace overlap;
using namespace overlap::ui;

class WindowFitTest : public QObject {
    Q_OBJECT

private slots:
    void minimumSizeFitsTheScreen() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("overlap.ini")));
        MainWindow window(settings, EngineOptions{}, QStringLiteral("no server in this test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const Preset* preset = find_preset("pool-of-four");
        QVERIFY(preset);
        window.presetPicker()->choose(QString::fromStdString(preset->name));
        window.claimView()->showClaim(*preset);
        RunSet runs;
        runs.workload = uniform_workload(8, "{server}/delay/1", 0, 1.0);
        for (std::uint32_t seed = 1; seed <= 4; ++seed) {
            runs.runs.push_back(test::syntheticRun(8, test::Spread::Threads, 4, seed));
        }
        const QString path = dir.filePath(QStringLiteral("runs.overlap"));
        save_run_file(runs, path.toStdString());
        QVERIFY(window.fileActions()->open(path));
        QVERIFY(QTest::qWaitFor([&] { return !window.fileActions()->isLoading(); }, 30'000));
        QTest::qWait(100);

        const QScreen* screen = window.screen();
        const QSize available = screen->availableGeometry().size();
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo("scale %.2f: minimum %dx%d, available %dx%d (device pixels %dx%d)",
              screen->devicePixelRatio(), minimum.width(), minimum.height(), available.width(),
              available.height(), qRound(minimum.width() * screen->devicePixelRatio()),
              qRound(minimum.height() * screen->devicePixelRatio()));
        QVERIFY(minimum.width() <= available.width());
        QVERIFY(minimum.height() <= available.height());
    }
};

QTEST_MAIN(WindowFitTest)
#include "window_fit_test.moc"
