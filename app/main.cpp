// Entry point: `overlap` opens the window; `overlap <command>` works headless.
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

#include "commands.hpp"
#include "drawing.hpp"
#include "system/resource_limits.hpp"

#ifdef OVERLAP_HAS_GUI
#include "ui/window/gui_main.hpp"
#endif

namespace {

struct Command {
    std::function<int(const QStringList&)> run;
    const char* summary;
};

const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> table = {
        {QStringLiteral("run"), {overlap::app::run_command, "run a workload in each mode and compare them"}},
        {QStringLiteral("sweep"), {overlap::app::sweep_command, "run a workload at each value of one parameter and print the speed-up curve"}},
        {QStringLiteral("serve"), {overlap::app::serve_command, "run the embedded httpbin-style server"}},
        {QStringLiteral("presets"), {overlap::app::presets_command, "list the built-in presets and what each one shows"}},
        {QStringLiteral("diff"), {overlap::app::diff_command, "compare two run files: each mode's numbers before and after, and how the workloads differ"}},
        {QStringLiteral("export"), {overlap::app::export_command, "write a run file as PNG, SVG or PDF (timelines or charts), an MP4 or GIF replay, text timelines, CSV or a Chrome trace; a sweep file as its curves"}},
    };
    return table;
}

void print_usage() {
    QTextStream out(stdout);
    out << "Usage: overlap [command] [options]\n       overlap [FILE]\n\n"
           "Without a command, opens the Overlap window, and in it FILE (a run file, a\n"
           "sweep file or a Chrome trace) if given.\n\nCommands:\n";
    for (const auto& [name, command] : commands()) {
        out << "  " << name.leftJustified(10) << command.summary << '\n';
    }
    out << "\nRun 'overlap <command> --help' for a command's options.\n";
}

}  // namespace

int main(int argc, char* argv[]) {
    overlap::raise_open_file_limit();
    QCoreApplication::setApplicationName(QStringLiteral("overlap"));
    QCoreApplication::setOrganizationName(QStringLiteral("Overlap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OVERLAP_VERSION));

    // `overlap FILE`, as the desktop's Open With runs it, opens the file in the window.
    const bool opens_file = argc > 1 && argv[1][0] != '-' &&
                            commands().count(QString::fromLocal8Bit(argv[1])) == 0 &&
                            QFileInfo::exists(QString::fromLocal8Bit(argv[1]));
    if (argc > 1 && argv[1][0] != '-' && !opens_file) {
        const QString name = QString::fromLocal8Bit(argv[1]);
        const auto found = commands().find(name);
        if (found == commands().end()) {
            std::fprintf(stderr, "overlap: unknown command '%s'\n\n", argv[1]);
            print_usage();
            return 2;
        }
        const auto app = overlap::app::make_command_application(name, argc, argv);
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1);
        arguments[0] = QStringLiteral("overlap ") + name;
        return found->second.run(arguments);
    }
    if (argc > 1 && (QByteArray(argv[1]) == "--help" || QByteArray(argv[1]) == "-h")) {
        print_usage();
        return 0;
    }
#ifdef OVERLAP_HAS_GUI
    return overlap::ui::gui_main(argc, argv);
#else
    print_usage();
    return 2;
#endif
}
