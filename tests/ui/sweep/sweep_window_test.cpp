// The Sweep tab end to end against the embedded server, with short delays:
// Run Sweep fills the chart value by value, a click on a point opens only that
// value's runs in Compare, a saved sweep opens again in the Sweep tab, and
// Cancel stops a sweep and keeps what ran. Bounds are generous and only
// physical: the server's delay makes each makespan at least its ideal.
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "analysis/emulation_notes.hpp"
#include "support/test_server.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/document/comparison_document.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/sweep/sweep_actions.hpp"
#include "ui/sweep/sweep_chart.hpp"
#include "ui/sweep/sweep_controller.hpp"
#include "ui/sweep/sweep_panel.hpp"
#include "ui/sweep/sweep_plot.hpp"
#include "ui/sweep/sweep_view.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kSweepTimeoutMs = 90'000;
constexpr int kLoadTimeoutMs = 30'000;
constexpr double kDelay = 0.1;

struct Window {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
    MainWindow window{settings, overlap::testing::engine_options(), QString()};

    SweepView& sweep() { return *window.sweepView(); }
    SweepPanel& panel() { return *sweep().panel(); }

    // 4 tasks of 0.1 s, threads and async at each of `values`, once each.
    void choose(const QString& values) {
        panel().valuesEdit()->setText(values);
        panel().tasksSpin()->setValue(4);
        panel().delaySpin()->setValue(kDelay);
        panel().repeatSpin()->setValue(1);
    }
    bool runToEnd(const QString& values) {
        choose(values);
        panel().runButton()->click();
        if (!sweep().controller()->isRunning()) return false;
        return QTest::qWaitFor([&] { return !sweep().controller()->isRunning(); }, kSweepTimeoutMs);
    }
};

}  // namespace

class SweepWindowTest : public QObject {
    Q_OBJECT

private slots:
    void aSweepFillsTheChart() {
        Window w;
        QVERIFY(w.runToEnd(QStringLiteral("1,2")));
        const SweepResult& sweep = w.sweep().sweep();
        QVERIFY(!sweep.cancelled);
        QCOMPARE(sweep.points.size(), std::size_t{2});
        for (const SweepPoint& point : sweep.points)
            QCOMPARE(point.runs.runs.size(), std::size_t{2});

        const SweepChart& chart = *w.sweep().chart();
        QCOMPARE(chart.cells().size(), std::size_t{4});
        for (Mode mode : {Mode::Threads, Mode::Async}) {
            QCPGraph* line = chart.makespanPlot()->modeGraph(mode);
            QCOMPARE(line->dataCount(), 2);
            QCOMPARE(line->data()->at(1)->key, 2.0);
            QCOMPARE(chart.speedUpPlot()->modeGraph(mode)->dataCount(), 2);
        }
        // The server waits 0.1 s per task: 4 tasks on one worker cannot beat 0.4 s.
        for (const SweepCell& cell : chart.cells()) {
            QVERIFY(cell.ideal_s);
            QVERIFY2(cell.makespan_min_s >= *cell.ideal_s * 0.95,
                     qPrintable(QStringLiteral("%1 s under its ideal %2 s")
                                    .arg(cell.makespan_min_s)
                                    .arg(*cell.ideal_s)));
        }
        QVERIFY(w.window.sweepActions()->saveAction()->isEnabled());
        // Under the caps, the sweep's own emulation sentence, as overlap sweep prints it.
        QVERIFY(chart.caption().endsWith(QString::fromStdString(emulation_notes(sweep.spec))));
    }

    void aClickOpensOnlyThatValuesRuns() {
        Window w;
        QVERIFY(w.runToEnd(QStringLiteral("1,2")));
        emit w.sweep().chart()->makespanPlot()->pointClicked(1, 0);
        const ComparisonDocument& document = *w.window.document();
        QCOMPARE(document.runs().size(), std::size_t{2});
        for (const RunRecord& run : document.runs()) QCOMPARE(run.config.concurrency, 2);
        QVERIFY(document.filePath().isEmpty());  // Save asks where: it is no run file yet
        auto* tabs = w.window.findChild<QTabWidget*>();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(w.window.compareView()));
    }

    void aSavedSweepOpensAgain() {
        Window first;
        QVERIFY(first.runToEnd(QStringLiteral("1,2")));
        const QString path = first.dir.filePath(QStringLiteral("pool.sweep.json"));
        QVERIFY(first.window.sweepActions()->saveTo(path));

        Window second;
        QVERIFY(second.window.fileActions()->open(path));
        QVERIFY(QTest::qWaitFor([&] { return !second.window.fileActions()->isLoading(); },
                                kLoadTimeoutMs));
        const SweepResult& reopened = second.sweep().sweep();
        QCOMPARE(reopened.points.size(), std::size_t{2});
        QCOMPARE(reopened.spec.values, first.sweep().sweep().spec.values);
        QCOMPARE(second.sweep().chart()->cells().size(), std::size_t{4});
        QCOMPARE(second.panel().valuesEdit()->text(), QStringLiteral("1,2"));
        auto* tabs = second.window.findChild<QTabWidget*>();
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(&second.sweep()));
        // The comparison was left alone.
        QVERIFY(second.window.document()->runs().empty());
    }

    void cancelStopsTheSweep() {
        Window w;
        w.choose(QStringLiteral("1,2,4"));
        w.panel().runButton()->click();
        QVERIFY(w.sweep().controller()->isRunning());
        QVERIFY(!w.window.runAction()->isEnabled());  // one run against the server at a time
        QVERIFY(w.panel().cancelButton()->isEnabled());
        QVERIFY2(w.panel().progressLabel()->text().startsWith(QStringLiteral("Value 1 of 3")),
                 qPrintable(w.panel().progressLabel()->text()));
        w.panel().cancelButton()->click();
        QVERIFY(
            QTest::qWaitFor([&] { return !w.sweep().controller()->isRunning(); }, kSweepTimeoutMs));
        QVERIFY(w.sweep().sweep().cancelled);
        QVERIFY(w.sweep().sweep().points.size() < 3);
        QVERIFY(w.window.runAction()->isEnabled());
    }
};

QTEST_MAIN(SweepWindowTest)
#include "sweep_window_test.moc"
