#include "ui/window/presentation_mode.hpp"

#include <QAction>
#include <QDockWidget>
#include <QFont>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>
#include <cmath>

#include "ui/compare/claim_view.hpp"
#include "ui/compare/compare_view.hpp"
#include "ui/timeline/phase_legend.hpp"
#include "ui/window/text_zoom.hpp"

namespace overlap::ui {

namespace {

// Text this share of the screen's height: 43 px on 1080 lines, whose
// capitals and digits (about 0.73 of it in common sans fonts) are then 31 px,
// a little over the 28 px a back row needs.
constexpr double kTextShareOfScreen = 1.0 / 25;
// The claim strip and the legend are read once, the timelines all through
// the lecture: at full size these two filled 85 % of a 1080-line screen.
constexpr double kHeaderShare = 0.6;
// Never smaller than a desk's reading size, however small the screen.
constexpr int kMinPixelSize = 16;

}  // namespace

int PresentationMode::presentationPixelSize(int screen_height) {
    return std::max(kMinPixelSize,
                    static_cast<int>(std::lround(screen_height * kTextShareOfScreen)));
}

PresentationMode::PresentationMode(QMainWindow& window, QTabWidget& tabs, CompareView& compare,
                                   const TextZoom& zoom, QAction& cancel)
    : QObject(&window),
      m_window(window),
      m_tabs(tabs),
      m_compare(compare),
      m_zoom(zoom),
      m_cancel(cancel),
      m_present(new QAction(tr("&Present"), this)),
      m_fullScreen(new QAction(tr("F&ull Screen"), this)),
      m_leave(new QAction(tr("&Leave Presentation"), this)) {
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setToolTip(
        tr("Full screen with only the comparison, in text large enough for a lecture room (F5)"));
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreen->setToolTip(tr("The window on the whole screen, panels kept (F11)"));
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setToolTip(tr("Back to the window as it was (Esc)"));
    for (QAction* action : {m_present, m_fullScreen}) action->setCheckable(true);
    connect(m_present, &QAction::triggered, this,
            [this] { m_state == State::Windowed ? present() : leave(); });
    connect(m_fullScreen, &QAction::triggered, this,
            [this] { m_state == State::Windowed ? fullScreen() : leave(); });
    connect(m_leave, &QAction::triggered, this, &PresentationMode::leave);
    connect(&zoom, &TextZoom::factorChanged, this, [this] {
        if (m_state == State::Presenting) applyPresentationFont();
    });
    // On the window itself, so the keys work while the menu bar is hidden.
    window.addActions({m_present, m_fullScreen, m_leave});
    updateActions();
}

void PresentationMode::addToMenu(QMenu* menu) const {
    menu->addActions({m_present, m_fullScreen, m_leave});
}

void PresentationMode::present() { enter(State::Presenting); }

void PresentationMode::fullScreen() { enter(State::FullScreen); }

void PresentationMode::enter(State state) {
    if (m_state != State::Windowed) leave();
    m_savedWindowState = m_window.windowState();
    m_state = state;
    if (state == State::Presenting) {
        m_savedLayout = m_window.saveState();
        m_menuBarWasVisible = m_window.menuBar()->isVisible();
        m_statusBarWasVisible = m_window.statusBar()->isVisible();
        m_savedTab = m_tabs.currentWidget();
        for (QWidget* bar : {static_cast<QWidget*>(m_window.menuBar()),
                             static_cast<QWidget*>(m_window.statusBar())}) {
            bar->hide();
        }
        for (QDockWidget* dock : m_window.findChildren<QDockWidget*>()) dock->hide();
        for (QToolBar* bar : m_window.findChildren<QToolBar*>()) bar->hide();
        m_tabs.setCurrentWidget(&m_compare);
        m_tabs.tabBar()->hide();
        m_compare.setLabelEveryLane(true);
        applyPresentationFont();
    }
    m_window.setWindowState(m_savedWindowState | Qt::WindowFullScreen);
    updateActions();
}

void PresentationMode::leave() {
    if (m_state == State::Windowed) return;
    if (m_state == State::Presenting) {
        // Back to inheriting the window's font, text zoom included.
        m_compare.setFont(QFont());
        for (QWidget* header : headers()) header->setFont(QFont());
        m_compare.setLabelEveryLane(false);
        m_tabs.tabBar()->show();
        if (m_savedTab) m_tabs.setCurrentWidget(m_savedTab);
        m_window.menuBar()->setVisible(m_menuBarWasVisible);
        m_window.statusBar()->setVisible(m_statusBarWasVisible);
        m_window.restoreState(m_savedLayout);
    }
    m_state = State::Windowed;
    m_window.setWindowState(m_savedWindowState);
    updateActions();
}

void PresentationMode::applyPresentationFont() {
    const QScreen* screen = m_window.screen();
    const int height = screen ? screen->geometry().height() : m_window.height();
    QFont font = m_window.font();
    font.setPixelSize(
        std::max(1, static_cast<int>(std::lround(presentationPixelSize(height) * m_zoom.factor()))));
    m_compare.setFont(font);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * kHeaderShare))));
    for (QWidget* header : headers()) header->setFont(font);
}

QList<QWidget*> PresentationMode::headers() const {
    QList<QWidget*> found;
    for (QWidget* claim : m_compare.findChildren<ClaimView*>()) found << claim;
    for (QWidget* legend : m_compare.findChildren<PhaseLegend*>()) found << legend;
    return found;
}

void PresentationMode::updateActions() {
    m_present->setChecked(m_state == State::Presenting);
    m_fullScreen->setChecked(m_state == State::FullScreen);
    m_leave->setEnabled(m_state != State::Windowed);
    // Esc leaves first; only a windowed Esc cancels a run. Two enabled actions
    // on one key would make Qt run neither.
    m_cancel.setShortcut(m_state == State::Windowed ? QKeySequence(Qt::Key_Escape)
                                                    : QKeySequence());
}

}  // namespace overlap::ui
