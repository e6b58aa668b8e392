// The presentation view on a 1920×1080 screen (the offscreen platform is
// given one by tests/ui/window/screen_1920x1080.json), measured from what it
// draws: lane labels and time-axis labels at least 28 px tall, bars at least
// 24 px, every lane labelled. F5 then Esc gives back the window as it was;
// Esc cancels a run only when windowed. Text zoom grows the fonts of the
// timelines, the table and the claim strip, stays within its bounds and is
// remembered.
#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <qcustomplot.h>

#include <algorithm>
#include <vector>

#include "formats/run_file.hpp"
#include "presets/builtin_presets.hpp"
#include "support/sample_runs.hpp"
#include "support/synthetic_run.hpp"
#include "ui/compare/claim_view.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/presentation_mode.hpp"
#include "ui/window/settings.hpp"
#include "ui/window/text_zoom.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kTasks = 12;
constexpr int kMinLabelPx = 28;
constexpr int kMinBarPx = 24;
// Darker than this (0-255 grey) is ink of the text, not antialiased fringe or background.
constexpr int kInk = 160;

struct Span {
    int first;
    int last;
    int height() const { return last - first + 1; }
};

// Runs of consecutive rows in [top, bottom] for which `hit(y)` holds.
template <typename Hit>
std::vector<Span> rowRuns(int top, int bottom, Hit hit) {
    std::vector<Span> runs;
    for (int y = top; y <= bottom; ++y) {
        if (!hit(y)) continue;
        if (!runs.empty() && runs.back().last == y - 1) {
            runs.back().last = y;
        } else {
            runs.push_back({y, y});
        }
    }
    return runs;
}

bool inkInRow(const QImage& image, int y, int left, int right) {
    for (int x = left; x <= right; ++x) {
        if (qGray(image.pixel(x, y)) < kInk) return true;
    }
    return false;
}

class PresentationTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    void openWindow() {
        m_window = std::make_unique<MainWindow>(*m_settings, EngineOptions{},
                                                QStringLiteral("no server in this test"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Two modes of kTasks tasks each, opened from a run file as a user would.
    void openRuns() {
        RunSet runs;
        runs.workload = uniform_workload(kTasks, "{server}/delay/1", 0, 1.0);
        runs.runs.push_back(test::syntheticRun(kTasks, test::Spread::Threads, 4, 1));
        runs.runs.push_back(test::syntheticRun(kTasks, test::Spread::Async, 4, 2));
        const QString path = m_dir.filePath(QStringLiteral("runs.overlap"));
        save_run_file(runs, path.toStdString());
        FileActions& files = *m_window->fileActions();
        QVERIFY(files.open(path));
        QVERIFY(QTest::qWaitFor([&] { return !files.isLoading(); }, 30'000));
        QCOMPARE(m_window->compareView()->rowCount(), 2);
    }

    void settle() {
        // Queued replots, the time axes' alignment and the lanes' refit.
        for (int i = 0; i < 5; ++i) QTest::qWait(50);
    }

private slots:
    void init() {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("overlap.ini")));
        m_settings->setTextZoom(1);
    }
    void cleanup() { m_window.reset(); }

    void screenIsTheProjector() {
        const QSize screen = QGuiApplication::primaryScreen()->geometry().size();
        QCOMPARE(screen * QGuiApplication::primaryScreen()->devicePixelRatio(), QSize(1920, 1080));
    }

    void presentingReadsFromTheBackRow() {
        openWindow();
        openRuns();
        m_window->presentation()->present();
        settle();
        QVERIFY(m_window->isFullScreen());
        TimelineView* view = m_window->compareView()->timeline(0);
        QVERIFY(view->labelsEveryLane());
        QCustomPlot* plot = view->plot();
        const QImage image = plot->grab().toImage();
        const QRect axes = plot->axisRect()->rect();
        QVERIFY2(axes.height() > 0, "the timeline was not laid out");

        // Bars: vertical runs of the Wait colour in a few columns across the plot.
        const QRgb wait = phaseColour(PhaseKind::Wait).rgb();
        std::vector<Span> bars;
        for (int i = 1; i < 8; ++i) {
            const int x = axes.left() + axes.width() * i / 8;
            for (const Span& bar : rowRuns(axes.top(), axes.bottom(), [&](int y) {
                     return image.pixel(x, y) == wait;
                 })) {
                bars.push_back(bar);
            }
        }
        QVERIFY2(!bars.empty(), "no Wait bar drawn");
        const int thinnest =
            std::min_element(bars.begin(), bars.end(), [](Span a, Span b) {
                return a.height() < b.height();
            })->height();
        qInfo("bars: %d measured, thinnest %d px", int(bars.size()), thinnest);
        QVERIFY(thinnest >= kMinBarPx);

        // Lane labels: blocks of inked rows left of the plot, one per lane shown.
        const std::vector<Span> labels = rowRuns(axes.top() - axes.top() / 2, axes.bottom(),
                                                 [&](int y) {
                                                     return inkInRow(image, y, 0, axes.left() - 2);
                                                 });
        const int shown = static_cast<int>(plot->yAxis->range().size() + 0.5);
        const int shortest = std::min_element(labels.begin(), labels.end(), [](Span a, Span b) {
                                 return a.height() < b.height();
                             })->height();
        qInfo("lane labels: %d for %d lanes shown of %d, shortest %d px", int(labels.size()),
              shown, kTasks, shortest);
        QCOMPARE(int(labels.size()), std::min(shown, kTasks));
        for (const Span& label : labels) QVERIFY2(label.height() >= kMinLabelPx,
                                                  qPrintable(QString::number(label.height())));

        // Time axis: its tick labels are the first inked rows below the plot.
        const std::vector<Span> below =
            rowRuns(axes.bottom() + 4, image.height() - 1,
                    [&](int y) { return inkInRow(image, y, axes.left(), axes.right()); });
        QVERIFY(!below.empty());
        qInfo("time tick labels: %d px", below.front().height());
        QVERIFY(below.front().height() >= kMinLabelPx);
    }

    void moreLanesScrollRatherThanShrink() {
        openWindow();
        RunSet runs;
        runs.workload = uniform_workload(60, "{server}/delay/1", 0, 1.0);
        runs.runs.push_back(test::syntheticRun(60, test::Spread::Threads, 4, 3));
        const QString path = m_dir.filePath(QStringLiteral("many.overlap"));
        save_run_file(runs, path.toStdString());
        QVERIFY(m_window->fileActions()->open(path));
        QVERIFY(QTest::qWaitFor([&] { return !m_window->fileActions()->isLoading(); }, 30'000));
        m_window->presentation()->present();
        settle();
        QCustomPlot* plot = m_window->compareView()->timeline(0)->plot();
        const double lanePx = plot->axisRect()->height() / plot->yAxis->range().size();
        const double labelPx = QFontMetricsF(plot->yAxis->tickLabelFont()).height();
        QVERIFY2(lanePx >= labelPx - 0.5, qPrintable(QStringLiteral("%1 < %2").arg(lanePx).arg(labelPx)));
        QVERIFY(plot->yAxis->range().size() < 60);  // the rest scroll
        QVERIFY(plot->yAxis->range().size() >= 1);
    }

    void escapeLeavesAndRestoresTheLayout() {
        openWindow();
        openRuns();
        auto* summary = m_window->findChild<QDockWidget*>(QStringLiteral("summaryDock"));
        auto* workload = m_window->findChild<QDockWidget*>(QStringLiteral("workloadDock"));
        // A layout the user made: the summary floated out of the way.
        summary->setFloating(true);
        QTest::qWait(100);
        const QByteArray before = m_window->saveState();
        const QFont fontBefore = m_window->compareView()->font();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(m_window->presentation()->state(), PresentationMode::State::Presenting);
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->statusBar()->isVisible());
        QVERIFY(!workload->isVisible());
        QVERIFY(!summary->isVisible());
        for (QToolBar* bar : m_window->findChildren<QToolBar*>()) QVERIFY(!bar->isVisible());
        // Esc belongs to leaving now, not to Cancel.
        QVERIFY(m_window->cancelAction()->shortcut().isEmpty());

        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QCOMPARE(m_window->presentation()->state(), PresentationMode::State::Windowed);
        QTest::qWait(100);
        QVERIFY(!m_window->isFullScreen());
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->statusBar()->isVisible());
        QVERIFY(workload->isVisible());
        QVERIFY(summary->isVisible());
        QVERIFY(summary->isFloating());
        QCOMPARE(m_window->saveState(), before);
        QCOMPARE(m_window->compareView()->font(), fontBefore);
        QVERIFY(!m_window->compareView()->timeline(0)->labelsEveryLane());
        QCOMPARE(m_window->cancelAction()->shortcut(), QKeySequence(Qt::Key_Escape));

        // F11: full screen with the panels kept; Esc again leaves.
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QCOMPARE(m_window->presentation()->state(), PresentationMode::State::FullScreen);
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(workload->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QCOMPARE(m_window->presentation()->state(), PresentationMode::State::Windowed);
        QTest::qWait(100);
        QCOMPARE(m_window->saveState(), before);
    }

    void zoomGrowsTextEverywhereAndIsRemembered() {
        openWindow();
        openRuns();
        m_window->claimView()->showClaim(*find_preset("pool-of-four"));
        auto* table = m_window->findChild<QTableView*>();
        const auto sizes = [&] {
            return std::vector<double>{
                QFontInfo(m_window->compareView()->timeline(0)->plot()->yAxis->tickLabelFont())
                    .pixelSize() * 1.0,
                QFontInfo(m_window->compareView()->timeline(0)->plot()->xAxis->tickLabelFont())
                    .pixelSize() * 1.0,
                QFontInfo(table->font()).pixelSize() * 1.0,
                QFontInfo(m_window->claimView()->font()).pixelSize() * 1.0};
        };
        const std::vector<double> normal = sizes();
        TextZoom& zoom = *m_window->textZoom();
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(zoom.factor(), 1.5);
        const std::vector<double> larger = sizes();
        for (std::size_t i = 0; i < normal.size(); ++i) {
            QVERIFY2(larger[i] >= normal[i] * 1.4,
                     qPrintable(QStringLiteral("font %1: %2 -> %3").arg(i).arg(normal[i]).arg(larger[i])));
        }
        for (int i = 0; i < 20; ++i) zoom.zoomIn();
        QCOMPARE(zoom.factor(), TextZoom::kMaxFactor);
        for (int i = 0; i < 20; ++i) zoom.zoomOut();
        QCOMPARE(zoom.factor(), TextZoom::kMinFactor);
        zoom.setFactor(1.25);

        // Remembered: a new window starts at the same zoom.
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->textZoom()->factor(), 1.25);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->textZoom()->factor(), 1.0);
        QCOMPARE(m_settings->textZoom(), 1.0);
    }
};

}  // namespace

QTEST_MAIN(PresentationTest)
#include "presentation_test.moc"
