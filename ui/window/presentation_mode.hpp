// View ▸ Present (F5) and View ▸ Full Screen (F11). Presenting hides the menu
// bar, toolbars, docks, status bar and tab bar and gives the whole screen to
// the comparison, laid out to be read from the back of a lecture room: text
// sized from the screen's height, every lane as tall as its label. Esc (or
// the same key again) leaves, restoring the window exactly as it was.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace overlap::ui {

class CompareView;
class TextZoom;

class PresentationMode : public QObject {
    Q_OBJECT
public:
    enum class State { Windowed, FullScreen, Presenting };

    // `cancel` is the action that owns Esc while windowed; presenting
    // borrows the key from it.
    PresentationMode(QMainWindow& window, QTabWidget& tabs, CompareView& compare,
                     const TextZoom& zoom, QAction& cancel);

    State state() const { return m_state; }
    void present();
    void fullScreen();
    void leave();

    // The presentation's text height in pixels for a screen `screen_height`
    // pixels tall (before text zoom): a lane label's capitals are then over
    // 28 px on a 1080-line projector.
    static int presentationPixelSize(int screen_height);

    QAction* presentAction() const { return m_present; }
    QAction* fullScreenAction() const { return m_fullScreen; }
    void addToMenu(QMenu* menu) const;

private:
    void enter(State state);
    void applyPresentationFont();
    // What sits above the timelines: the claim strip and the phase legend.
    QList<QWidget*> headers() const;
    void updateActions();

    QMainWindow& m_window;
    QTabWidget& m_tabs;
    CompareView& m_compare;
    const TextZoom& m_zoom;
    QAction& m_cancel;
    QAction* m_present;
    QAction* m_fullScreen;
    QAction* m_leave;
    State m_state = State::Windowed;
    // What leaving restores.
    QByteArray m_savedLayout;  // docks and toolbars (QMainWindow::saveState)
    Qt::WindowStates m_savedWindowState;
    bool m_menuBarWasVisible = true;
    bool m_statusBarWasVisible = true;
    QWidget* m_savedTab = nullptr;
};

}  // namespace overlap::ui
