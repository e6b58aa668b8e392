// Compare Two Runs and Compare with Open Run in a real window, offscreen: two
// run files are read in the background and shown in the diff window; a
// corrupt file is named in a message and leaves the diff on screen as it was;
// the runs on screen are compared as B; the diff window takes the main
// window's text zoom.
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QFile>

#include "formats/run_file.hpp"
#include "pool_runs.hpp"
#include "ui/diff/diff_actions.hpp"
#include "ui/diff/diff_table_model.hpp"
#include "ui/diff/diff_view.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"
#include "ui/window/text_zoom.hpp"

using namespace overlap;
using namespace overlap::ui;

namespace {

constexpr int kLoadTimeoutMs = 60'000;

struct Window {
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("overlap.ini"))};
    MainWindow window{settings, {}, QStringLiteral("no server in this test")};
    DiffActions& diff = *window.diffActions();

    QString save(const RunSet& runs, const char* name) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        save_run_file(runs, path.toStdString());
        return path;
    }
    QString write(const char* name, const QByteArray& text) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return {};
        file.write(text);
        return path;
    }
    bool settled() {
        return QTest::qWaitFor([&] { return !diff.isLoading(); }, kLoadTimeoutMs);
    }
    QMessageBox* problem() const {
        for (QMessageBox* box : window.findChildren<QMessageBox*>())
            if (box->isVisible()) return box;
        return nullptr;
    }
};

}  // namespace

class DiffActionsTest : public QObject {
    Q_OBJECT

private slots:
    void twoRunFilesOpenTheDiffWindow() {
        Window w;
        QVERIFY(w.diff.compareFilesAction()->isEnabled());
        QVERIFY(!w.diff.compareOpenAction()->isEnabled());  // nothing on screen yet
        QSignalSpy shown(&w.diff, &DiffActions::shown);
        QVERIFY(w.diff.compareFiles(w.save(test::poolOfFour(), "four.overlap.json"),
                                    w.save(test::poolOfEight(), "eight.overlap.json")));
        QVERIFY(w.diff.isLoading());
        QVERIFY(!w.diff.compareFilesAction()->isEnabled());
        QVERIFY(w.settled());
        QCOMPARE(shown.count(), 1);
        DiffView* view = w.diff.view();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->windowTitle(),
                 QStringLiteral("four.overlap.json \u2192 eight.overlap.json"));
        QCOMPARE(view->diff().modes.size(), std::size_t{1});
        QCOMPARE(view->tableModel()->rowCount(), static_cast<int>(DiffTableModel::MeasureCount));
        QVERIFY(w.diff.compareFilesAction()->isEnabled());
    }

    void aCorruptFileIsNamedAndTheDiffStays() {
        Window w;
        const QString four = w.save(test::poolOfFour(), "four.overlap.json");
        QVERIFY(w.diff.compareFiles(four, w.save(test::poolOfEight(), "eight.overlap.json")));
        QVERIFY(w.settled());
        DiffView* view = w.diff.view();
        const QString title = view->windowTitle();

        QSignalSpy failed(&w.diff, &DiffActions::failed);
        const QString broken = w.write("broken.overlap.json", "{\"format\": \"overlap-run\", [");
        QVERIFY(w.diff.compareFiles(four, broken));
        QVERIFY(w.settled());
        QCOMPARE(failed.count(), 1);
        QMessageBox* box = w.problem();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("broken.overlap.json")),
                 qPrintable(box->text()));
        QVERIFY(!box->informativeText().isEmpty());
        // The same window, showing the same diff.
        QCOMPARE(w.diff.view(), view);
        QCOMPARE(view->windowTitle(), title);
        QCOMPARE(view->after().runs.front().config.concurrency, 8);
    }

    void theRunsOnScreenAreB() {
        Window w;
        const QString eight = w.save(test::poolOfEight(), "eight.overlap.json");
        QVERIFY(w.window.fileActions()->open(eight));
        QVERIFY(QTest::qWaitFor([&] { return !w.window.fileActions()->isLoading(); },
                                kLoadTimeoutMs));
        QVERIFY(w.diff.compareOpenAction()->isEnabled());
        QVERIFY(w.diff.compareWithOpen(w.save(test::poolOfFour(), "four.overlap.json")));
        QVERIFY(w.settled());
        DiffView* view = w.diff.view();
        QVERIFY(view);
        QCOMPARE(view->before().runs.front().config.concurrency, 4);
        QCOMPARE(view->after().runs.front().config.concurrency, 8);
        QVERIFY(view->windowTitle().endsWith(QStringLiteral("(on screen)")));
    }

    void theDiffWindowFollowsTheTextZoom() {
        Window w;
        QVERIFY(w.diff.compareFiles(w.save(test::poolOfFour(), "a.overlap.json"),
                                    w.save(test::poolOfEight(), "b.overlap.json")));
        QVERIFY(w.settled());
        DiffView* view = w.diff.view();
        w.window.textZoom()->setFactor(1.5);
        QTRY_COMPARE(view->font().pointSizeF(), w.window.font().pointSizeF());
        QVERIFY(view->font().pointSizeF() > QApplication::font().pointSizeF());
        w.window.textZoom()->setFactor(1);
        QTRY_COMPARE(view->font().pointSizeF(), QApplication::font().pointSizeF());
    }
};

QTEST_MAIN(DiffActionsTest)
#include "diff_actions_test.moc"
