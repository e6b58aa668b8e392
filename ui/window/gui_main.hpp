// Starts the window: QApplication, the main window, the embedded server, and
// opens the run file or trace named by the first argument, if any.
#pragma once

namespace overlap::ui {

int gui_main(int argc, char* argv[]);

}  // namespace overlap::ui
