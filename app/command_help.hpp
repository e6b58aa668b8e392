// --help for the headless commands. QCommandLineParser's own help names the
// executable by its path and offers Qt's --help-all, neither of which helps
// someone who typed `overlap run --help`.
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace overlap::app {

// Adds -h/--help (without Qt's --help-all) and returns it for isSet().
QCommandLineOption add_help_option(QCommandLineParser& parser);

// The parser's help with the usage line naming the command as typed:
// `arguments` are the command's own, arguments[0] being "overlap <name>".
QString command_help(const QCommandLineParser& parser, const QStringList& arguments);

// Prints command_help() to stdout and exits with 0, as QCommandLineParser::showHelp does.
[[noreturn]] void show_command_help(const QCommandLineParser& parser, const QStringList& arguments);

}  // namespace overlap::app
