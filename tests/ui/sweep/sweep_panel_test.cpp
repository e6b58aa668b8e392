// The Sweep tab's choices: values text in the CLI's syntax, refused where it
// is typed with core's own message and Run Sweep held back until it can run;
// a spec set on the panel (a reopened sweep) reads back the same.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "ui/sweep/sweep_panel.hpp"

using namespace overlap;
using namespace overlap::ui;

class SweepPanelTest : public QObject {
    Q_OBJECT

private slots:
    void badValuesAreRefusedInline_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("not a number") << QStringLiteral("1,two,4");
        QTest::newRow("empty entry") << QStringLiteral("1,,4");
        QTest::newRow("range without factor") << QStringLiteral("1..64");
        QTest::newRow("shrinking range") << QStringLiteral("64..1x2");
    }
    void badValuesAreRefusedInline() {
        QFETCH(QString, text);
        SweepPanel panel;
        panel.show();
        QSignalSpy run(&panel, &SweepPanel::runRequested);
        panel.valuesEdit()->setText(text);

        QVERIFY(panel.problemLabel()->isVisible());
        // Core's own words for `overlap sweep --values`, under the field they are about.
        QVERIFY2(panel.problemLabel()->text().startsWith(QStringLiteral("Values: ")),
                 qPrintable(panel.problemLabel()->text()));
        QVERIFY(panel.problemLabel()->text().size() > 10);
        QCOMPARE(panel.problem(), panel.problemLabel()->text());
        QVERIFY(!panel.spec());
        QVERIFY(!panel.runButton()->isEnabled());
        panel.runButton()->click();
        QCOMPARE(run.size(), 0);
    }

    void goodValuesRun() {
        SweepPanel panel;
        panel.show();
        QSignalSpy run(&panel, &SweepPanel::runRequested);
        panel.valuesEdit()->setText(QStringLiteral("1..8x2"));
        QVERIFY(!panel.problemLabel()->isVisible());
        QVERIFY(panel.runButton()->isEnabled());
        const std::optional<SweepSpec> spec = panel.spec();
        QVERIFY(spec);
        QCOMPARE(spec->values, (std::vector<double>{1, 2, 4, 8}));
        QCOMPARE(spec->param, SweepParam::Concurrency);
        QCOMPARE(spec->modes, (std::vector<Mode>{Mode::Threads, Mode::Async}));
        panel.runButton()->click();
        QCOMPARE(run.size(), 1);
    }

    // Values that parse but cannot run: no mode checked.
    void aSpecThatCannotRunSaysWhy() {
        SweepPanel panel;
        panel.show();
        panel.valuesEdit()->setText(QStringLiteral("1,2"));
        for (Mode mode : kAllModes) panel.modeBox(mode)->setChecked(false);
        QVERIFY(panel.problemLabel()->isVisible());
        QVERIFY(!panel.problemLabel()->text().isEmpty());
        QVERIFY(!panel.runButton()->isEnabled());
    }

    void aSpecReadsBackAsSet() {
        SweepPanel panel;
        SweepSpec spec = *panel.spec();
        spec.param = SweepParam::Delay;
        spec.values = {0.1, 0.2, 0.4};
        spec.modes = {Mode::Sequential, Mode::Processes};
        spec.repeat = 3;
        spec.concurrency = 6;
        panel.setSpec(spec);
        const std::optional<SweepSpec> back = panel.spec();
        QVERIFY2(back, qPrintable(panel.problem()));
        QCOMPARE(back->param, spec.param);
        QCOMPARE(back->values, spec.values);
        QCOMPARE(back->modes, spec.modes);
        QCOMPARE(back->repeat, 3);
        QCOMPARE(back->concurrency, 6);
        QCOMPARE(back->workload.tasks.size(), spec.workload.tasks.size());
    }

    // As `overlap sweep` without --delay: tasks that only compute, and they
    // read back the same from a reopened sweep.
    void noDelayMeansTasksThatOnlyCompute() {
        SweepPanel panel;
        panel.valuesEdit()->setText(QStringLiteral("1,2"));
        panel.delaySpin()->setValue(0);
        SweepSpec spec = *panel.spec();
        QVERIFY(!spec.workload.tasks.empty());
        QVERIFY(spec.workload.tasks.front().url.empty());
        QVERIFY(!spec.workload.uses_server());

        SweepPanel reopened;
        reopened.setSpec(spec);
        QCOMPARE(reopened.delaySpin()->value(), 0.0);
        QVERIFY(reopened.spec()->workload.tasks.front().url.empty());
    }

    void runningLocksTheChoices() {
        SweepPanel panel;
        panel.setRunning(true);
        QVERIFY(!panel.valuesEdit()->isEnabled());
        QVERIFY(!panel.runButton()->isEnabled());
        QVERIFY(panel.cancelButton()->isEnabled());
        panel.setRunning(false);
        panel.setBlocked(true);
        QVERIFY(!panel.runButton()->isEnabled());
    }
};

QTEST_MAIN(SweepPanelTest)
#include "sweep_panel_test.moc"
