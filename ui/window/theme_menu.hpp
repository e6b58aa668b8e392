// View ▸ Theme: one checkable action per theme, exclusive, remembered in the
// settings. Choosing one restyles the whole window at once.
#pragma once

class QMenu;

namespace overlap::ui {

class Settings;

// Adds the submenu to `view` and applies the remembered theme. The actions
// are named "theme-light", "theme-dark", "theme-high-contrast".
QMenu* addThemeMenu(QMenu& view, Settings& settings);

}  // namespace overlap::ui
