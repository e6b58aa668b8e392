// The headless subcommands of `overlap`. Each takes its own arguments (argv[0]
// is "overlap <name>") and returns the process exit code.
#pragma once

#include <QStringList>

namespace overlap::app {

int serve_command(const QStringList& arguments);
int run_command(const QStringList& arguments);
int sweep_command(const QStringList& arguments);
int presets_command(const QStringList& arguments);
int export_command(const QStringList& arguments);  // pictures only in builds with the GUI
int diff_command(const QStringList& arguments);

}  // namespace overlap::app
