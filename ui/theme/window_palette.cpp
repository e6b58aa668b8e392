#include "ui/theme/window_palette.hpp"

#include <QApplication>
#include <QStyle>

namespace overlap::ui {

QPalette windowPalette(const Theme& theme) {
    if (theme.id == ThemeId::Light) return QApplication::style()->standardPalette();
    const bool contrast = theme.id == ThemeId::HighContrast;
    // Panels a step lighter than the plots, fields a step darker: the plots
    // keep the theme's background, the chrome around them stays apart.
    const QColor window = contrast ? QColor(Qt::black) : theme.background.lighter(130);
    const QColor base = contrast ? QColor(Qt::black) : theme.background;
    const QColor button = contrast ? QColor(0x20, 0x20, 0x20) : window.lighter(120);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, theme.text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, contrast ? QColor(0x1a, 0x1a, 0x1a) : window);
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, theme.text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, theme.text);
    palette.setColor(QPalette::PlaceholderText, theme.secondaryText);
    palette.setColor(QPalette::Highlight,
                     contrast ? QColor(0xff, 0xff, 0x00) : QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, contrast ? QColor(Qt::black) : QColor(Qt::white));
    palette.setColor(QPalette::Link,
                     contrast ? QColor(0x4f, 0xc3, 0xff) : QColor(0x6c, 0xb4, 0xf0));
    palette.setColor(QPalette::Light, button.lighter(150));
    palette.setColor(QPalette::Midlight, button.lighter(125));
    palette.setColor(QPalette::Mid, contrast ? QColor(0x80, 0x80, 0x80) : button.darker(130));
    palette.setColor(QPalette::Dark, button.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role,
                         contrast ? QColor(0x9a, 0x9a, 0x9a) : theme.secondaryText.darker(140));
    return palette;
}

void useTheme(ThemeId id) {
    QApplication::setPalette(windowPalette(theme(id)));
    setCurrentTheme(id);
}

}  // namespace overlap::ui
