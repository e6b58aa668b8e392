#include "command_help.hpp"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace overlap::app {

QCommandLineOption add_help_option(QCommandLineParser& parser) {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Displays this help."));
    parser.addOption(help);
    return help;
}

QString command_help(const QCommandLineParser& parser, const QStringList& arguments) {
    QString text = parser.helpText();
    // Qt starts the text with "Usage: " and the process's argv[0].
    const QString usage = QStringLiteral("Usage: ");
    const QString executable = QCoreApplication::arguments().value(0);
    if (!arguments.isEmpty() && text.startsWith(usage + executable)) {
        text.replace(usage.size(), executable.size(), arguments.constFirst());
    }
    return text;
}

void show_command_help(const QCommandLineParser& parser, const QStringList& arguments) {
    std::fputs(qPrintable(command_help(parser, arguments)), stdout);
    std::fflush(stdout);
    std::exit(0);
}

}  // namespace overlap::app
