#include "ui/window/text_zoom.hpp"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QMenu>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

#include "ui/window/settings.hpp"

namespace overlap::ui {

namespace {

// The steps zooming goes through, as browsers do: small ones near 100 %,
// where a step is most noticeable, larger ones beyond.
constexpr std::array kSteps{0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};

// `font` with its size multiplied by `factor`, whether it is set in points or pixels.
QFont scaledFont(QFont font, double factor) {
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * factor);
    } else {
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    }
    return font;
}

}  // namespace

TextZoom::TextZoom(QWidget& window, Settings& settings)
    : QObject(&window),
      m_window(window),
      m_settings(settings),
      m_in(new QAction(tr("Zoom &In"), this)),
      m_out(new QAction(tr("Zoom &Out"), this)),
      m_reset(new QAction(tr("&Reset Zoom"), this)) {
    // Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift, "=" not.
    m_in->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    m_out->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut});
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_in->setToolTip(tr("Larger text in the whole window (Ctrl+=)"));
    m_out->setToolTip(tr("Smaller text in the whole window (Ctrl+-)"));
    m_reset->setToolTip(tr("Text at its normal size (Ctrl+0)"));
    connect(m_in, &QAction::triggered, this, &TextZoom::zoomIn);
    connect(m_out, &QAction::triggered, this, &TextZoom::zoomOut);
    connect(m_reset, &QAction::triggered, this, [this] { setFactor(1); });
    // The shortcuts keep working while the menu bar is hidden (presenting).
    window.addActions({m_in, m_out, m_reset});
    m_factor = std::clamp(settings.textZoom(), kMinFactor, kMaxFactor);
    apply();
}

void TextZoom::setFactor(double factor) {
    factor = std::clamp(factor, kMinFactor, kMaxFactor);
    if (factor == m_factor) return;
    m_factor = factor;
    m_settings.setTextZoom(factor);
    apply();
    emit factorChanged(factor);
}

void TextZoom::zoomIn() {
    const auto next = std::upper_bound(kSteps.begin(), kSteps.end(), m_factor + 1e-9);
    if (next != kSteps.end()) setFactor(*next);
}

void TextZoom::zoomOut() {
    const auto next = std::lower_bound(kSteps.begin(), kSteps.end(), m_factor - 1e-9);
    if (next != kSteps.begin()) setFactor(*std::prev(next));
}

void TextZoom::addToMenu(QMenu* menu) const { menu->addActions({m_in, m_out, m_reset}); }

void TextZoom::apply() {
    m_in->setEnabled(m_factor < kMaxFactor);
    m_out->setEnabled(m_factor > kMinFactor);
    // At 100 % the window goes back to inheriting the application's font, so
    // a desktop font change still reaches it.
    m_window.setFont(m_factor == 1 ? QFont() : scaledFont(QApplication::font(), m_factor));
}

}  // namespace overlap::ui
