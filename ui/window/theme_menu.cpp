#include "ui/window/theme_menu.hpp"

#include <QActionGroup>
#include <QMenu>

#include "ui/theme/window_palette.hpp"
#include "ui/window/settings.hpp"

namespace overlap::ui {

QMenu* addThemeMenu(QMenu& view, Settings& settings) {
    QMenu* menu = view.addMenu(QMenu::tr("T&heme"));
    auto* group = new QActionGroup(menu);
    group->setExclusive(true);
    const ThemeId remembered = settings.theme();
    for (const ThemeId id : kAllThemes) {
        QAction* action = menu->addAction(themeName(id));
        action->setObjectName(QStringLiteral("theme-") + themeKey(id));
        action->setCheckable(true);
        action->setChecked(id == remembered);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [id, &settings] {
            useTheme(id);
            settings.setTheme(id);
        });
    }
    useTheme(remembered);
    return menu;
}

}  // namespace overlap::ui
