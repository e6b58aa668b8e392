// Switching the theme redraws what is on screen, read back from the pixels:
// a timeline's and a chart's backgrounds turn from the light theme's to the
// dark one's without being told anything but the switch. View > Theme makes
// its choice current, the application's palette and the remembered setting.
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include "support/sample_runs.hpp"
#include "ui/charts/charts_view.hpp"
#include "ui/charts/in_flight_chart.hpp"
#include "ui/theme/theme.hpp"
#include "ui/theme/window_palette.hpp"
#include "ui/timeline/timeline_markers.hpp"
#include "ui/timeline/timeline_view.hpp"
#include "ui/window/settings.hpp"
#include "ui/window/theme_menu.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

// A plot's top-left corner as shown: left of the lane labels, above the bars,
// nothing but background.
QColor cornerOf(QCustomPlot* plot) { return plot->grab().toImage().pixelColor(2, 2); }

// Inside the axis rect, below the last lane: background with no bar on it.
QColor insidePlot(QCustomPlot* plot) {
    const QRect rect = plot->axisRect()->rect();
    return plot->grab().toImage().pixelColor(rect.right() - 3, rect.bottom() - 3);
}

}  // namespace

class ThemeSwitchTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { useTheme(kDefaultTheme); }

    void switchingRedrawsATimeline() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.resize(700, 320);
        view.setRun(&run);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(cornerOf(view.plot()), theme(ThemeId::Light).background);
        QTRY_COMPARE(insidePlot(view.plot()), theme(ThemeId::Light).background);

        setCurrentTheme(ThemeId::Dark);
        QTRY_COMPARE(cornerOf(view.plot()), theme(ThemeId::Dark).background);
        QTRY_COMPARE(insidePlot(view.plot()), theme(ThemeId::Dark).background);
        QCOMPARE(view.plot()->xAxis->tickLabelColor(), theme(ThemeId::Dark).text);

        setCurrentTheme(ThemeId::HighContrast);
        QTRY_COMPARE(insidePlot(view.plot()), theme(ThemeId::HighContrast).background);
    }

    // A lecturer's marker keeps its caption readable: its box takes the new
    // background and its text and line the theme's marker colour.
    void switchingRestylesMarkers() {
        const RunRecord run = test::sample_run();
        TimelineView view;
        view.setRun(&run);
        view.setMarkers({Marker{0.1, kAllRuns, kNoTask, "here"}}, 0);
        const MarkerCaption* caption = view.markers().caption(0);
        QCOMPARE(caption->color(), theme(ThemeId::Light).marker);
        QCOMPARE(caption->brush().color().rgb(), theme(ThemeId::Light).background.rgb());

        setCurrentTheme(ThemeId::Dark);
        QCOMPARE(caption->color(), theme(ThemeId::Dark).marker);
        QCOMPARE(caption->brush().color().rgb(), theme(ThemeId::Dark).background.rgb());
        QCOMPARE(caption->pen().color(), theme(ThemeId::Dark).marker);
    }

    // The charts are rebuilt from their runs, series colours and all.
    void switchingRedrawsTheCharts() {
        const RunSet runs = test::sample_run_set();
        ChartsView charts;
        charts.resize(900, 600);
        charts.setRuns({&runs.runs[0], &runs.runs[1]});
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QCustomPlot* plot = charts.inFlightChart();
        QTRY_COMPARE(cornerOf(plot), theme(ThemeId::Light).background);
        QCOMPARE(plot->graph(1)->pen().color(), theme(ThemeId::Light).modes[1]);

        setCurrentTheme(ThemeId::Dark);
        QTRY_COMPARE(cornerOf(plot), theme(ThemeId::Dark).background);
        QCOMPARE(plot->graph(1)->pen().color(), theme(ThemeId::Dark).modes[1]);
    }

    void theMenuAppliesAndRemembersItsChoice() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("overlap.ini"));
        QMenu view;
        {
            Settings settings(file);
            QMenu* menu = addThemeMenu(view, settings);
            // Nothing remembered: the default, light.
            QCOMPARE(currentTheme().id, ThemeId::Light);
            auto* dark = menu->findChild<QAction*>(QStringLiteral("theme-dark"));
            auto* light = menu->findChild<QAction*>(QStringLiteral("theme-light"));
            QVERIFY(dark && light);
            QVERIFY(light->isChecked());
            dark->trigger();
            QVERIFY(dark->isChecked());
            QVERIFY(!light->isChecked());
            QCOMPARE(currentTheme().id, ThemeId::Dark);
            QCOMPARE(QApplication::palette().color(QPalette::Base),
                     theme(ThemeId::Dark).background);
            settings.sync();
        }
        useTheme(ThemeId::Light);
        // A new window reads it back and applies it.
        Settings settings(file);
        QMenu again;
        QMenu* menu = addThemeMenu(again, settings);
        QCOMPARE(currentTheme().id, ThemeId::Dark);
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("theme-dark"))->isChecked());
    }
};

QTEST_MAIN(ThemeSwitchTest)
#include "theme_switch_test.moc"
