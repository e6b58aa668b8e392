#include "ui/gui_main.hpp"

#include <QApplication>
#include <QMainWindow>

namespace overlap::ui {

int gui_main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Overlap"));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

}  // namespace overlap::ui
