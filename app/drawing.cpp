#include "drawing.hpp"

#include <cstdio>

#ifdef OVERLAP_HAS_GUI
#include <QApplication>
#include <QFile>

#include <cstring>

#include "ui/export/figure_export.hpp"
#include "ui/export/run_set_figure.hpp"
#include "ui/export/sweep_figure.hpp"
#endif

namespace overlap::app {

#ifdef OVERLAP_HAS_GUI

namespace {

bool draws(const QString& command, int argc, char** argv) {
    if (command == QStringLiteral("export")) return true;
    if (command != QStringLiteral("run") && command != QStringLiteral("sweep")) return false;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--png") == 0 || std::strncmp(argv[i], "--png=", 6) == 0) {
            return true;
        }
    }
    return false;
}

QtMessageHandler nextHandler = nullptr;

// Qt warns when XDG_RUNTIME_DIR is unset (ssh, containers, CI), though
// drawing offscreen never uses the runtime folder; on stderr the warning would
// read as the command's own complaint.
void withoutRuntimeFolderWarning(QtMsgType type, const QMessageLogContext& context,
                                 const QString& message) {
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    if (nextHandler) nextHandler(type, context, message);
}

}  // namespace

std::unique_ptr<QCoreApplication> make_command_application(const QString& command, int& argc,
                                                           char** argv) {
    if (!draws(command, argc, argv)) return std::make_unique<QCoreApplication>(argc, argv);
    // Offscreen even with a display: nothing is shown, and the figure must not
    // depend on the desktop's DPI or on reaching its display server. A
    // platform the user chose still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    nextHandler = qInstallMessageHandler(withoutRuntimeFolderWarning);
    auto app = std::make_unique<QApplication>(argc, argv);
    qInstallMessageHandler(nextHandler);
    return app;
}

namespace {

bool save_png(ui::Figure& figure, const std::string& path, const char* who) {
    const ui::ExportResult result = ui::savePng(figure, QFile::decodeName(path.c_str()));
    if (!result.ok()) std::fprintf(stderr, "%s: %s\n", who, qPrintable(result.error()));
    return result.ok();
}

bool can_draw(const std::string& path, const char* who) {
    if (qobject_cast<QApplication*>(QCoreApplication::instance())) return true;
    std::fprintf(stderr, "%s: cannot draw '%s': no QApplication (see make_command_application)\n",
                 who, path.c_str());
    return false;
}

}  // namespace

bool save_png_figure(const RunSet& runs, const std::string& path, const char* who) {
    if (!can_draw(path, who)) return false;
    ui::RunSetFigure figure(runs);
    return save_png(figure, path, who);
}

bool save_png_figure(const SweepResult& sweep, const std::string& path, const char* who) {
    if (!can_draw(path, who)) return false;
    ui::SweepFigure figure(sweep);
    return save_png(figure, path, who);
}

#else

std::unique_ptr<QCoreApplication> make_command_application(const QString& /*command*/, int& argc,
                                                           char** argv) {
    return std::make_unique<QCoreApplication>(argc, argv);
}

namespace {

bool cannot_draw(const std::string& path, const char* who) {
    std::fprintf(stderr,
                 "%s: cannot draw '%s': this overlap was built without the window's drawing code "
                 "(OVERLAP_BUILD_GUI=OFF)\n",
                 who, path.c_str());
    return false;
}

}  // namespace

bool save_png_figure(const RunSet& /*runs*/, const std::string& path, const char* who) {
    return cannot_draw(path, who);
}

bool save_png_figure(const SweepResult& /*sweep*/, const std::string& path, const char* who) {
    return cannot_draw(path, who);
}

#endif

}  // namespace overlap::app
