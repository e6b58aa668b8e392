// A theme for the whole application: the widgets' palette (panels, table,
// menus, tooltips) to go with the plots' colours.
#pragma once

#include <QPalette>

#include "ui/theme/theme.hpp"

namespace overlap::ui {

// The style's own palette for the light theme; dark and high-contrast ones
// built from the theme's background and text.
QPalette windowPalette(const Theme& theme);
// Makes `id` the current theme and the application's palette its window
// palette; every themed view redraws.
void useTheme(ThemeId id);

}  // namespace overlap::ui
