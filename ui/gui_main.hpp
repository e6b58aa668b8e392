// Starts the window: QApplication, the main window, the embedded server.
#pragma once

namespace overlap::ui {

int gui_main(int argc, char* argv[]);

}  // namespace overlap::ui
