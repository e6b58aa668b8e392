#include "ui/window/gui_main.hpp"

#include <QApplication>

#include <memory>

#include "server/server_process.hpp"
#include "system/executable_paths.hpp"
#include "ui/document/file_actions.hpp"
#include "ui/window/main_window.hpp"
#include "ui/window/settings.hpp"

namespace overlap::ui {

int gui_main(int argc, char* argv[]) {
    // Fractional scale factors (1.25, 1.5) as the desktop asks, not rounded to whole numbers.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Overlap"));
    // Matches the installed .desktop file, so the desktop shows its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.overlap.Overlap"));

    // The embedded server runs as a child, so the runs being measured never share
    // an event loop or a core's scheduler slot with it. Without it, URL lists still work.
    EngineOptions engine;
    engine.worker_executable = sibling_executable("overlap-worker");
    std::unique_ptr<ServerProcess> server;
    QString serverProblem;
    try {
        server =
            std::make_unique<ServerProcess>(QCoreApplication::applicationFilePath().toStdString());
        engine.server_base = server->base_url();
    } catch (const std::exception& error) {
        serverProblem = QString::fromLocal8Bit(error.what());
    }

    Settings settings;
    MainWindow window(settings, std::move(engine), serverProblem);
    if (server) window.watchServer(*server);
    window.show();
    // `overlap FILE`: a run file or a Chrome trace, from the command line or Open With.
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1) window.fileActions()->open(arguments.at(1));
    return app.exec();
}

}  // namespace overlap::ui
