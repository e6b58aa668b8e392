// Drawing from the command line. `overlap export` and `overlap run --png`
// paint the window's timelines, which are widgets: they need a QApplication,
// on the offscreen platform so that they work without a display and draw the
// same figure on a desktop, over ssh or in CI. Builds without the GUI have
// nothing to draw with and say so.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>

#include "model/run_record.hpp"
#include "model/sweep.hpp"

namespace overlap::app {

// The application object `overlap <command> argv...` needs: a QApplication
// for the commands that draw, a QCoreApplication for the others.
std::unique_ptr<QCoreApplication> make_command_application(const QString& command, int& argc,
                                                           char** argv);

// `overlap run --png FILE`: the runs as `overlap export --png` draws them at
// its default size. On failure prints why, after "`who`: ", and returns false.
bool save_png_figure(const RunSet& runs, const std::string& path, const char* who);
// `overlap sweep --png FILE`: the sweep's curves as `overlap export` draws them.
bool save_png_figure(const SweepResult& sweep, const std::string& path, const char* who);

}  // namespace overlap::app
