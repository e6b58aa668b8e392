// The look of everything drawn, as data: one Theme per choice (light, dark,
// high contrast) and the current one, which the window, the timelines, the
// charts and every export read. Switching it tells ThemeNotifier's listeners,
// which redraw. The phase palette and its colour-blind rule: docs/architecture.md.
#pragma once

#include <QColor>
#include <QObject>
#include <QString>

#include <array>
#include <optional>

#include "model/mode.hpp"
#include "ui/timeline/bar_key.hpp"

namespace overlap::ui {

enum class ThemeId { Light, Dark, HighContrast };
inline constexpr ThemeId kAllThemes[] = {ThemeId::Light, ThemeId::Dark, ThemeId::HighContrast};
inline constexpr ThemeId kDefaultTheme = ThemeId::Light;

QString themeKey(ThemeId id);   // "light", "dark", "high-contrast": settings and --theme
QString themeName(ThemeId id);  // "Light", "Dark", "High contrast": the menu
std::optional<ThemeId> themeFromKey(const QString& key);

inline constexpr int kModeCount = 4;

struct Theme {
    ThemeId id;
    QColor background;  // plots and figures
    QColor text;
    QColor secondaryText;
    QColor axis;  // axis lines and ticks
    QColor grid;
    std::array<QColor, kBarKeyCount> bars;       // by BarKey
    std::array<QColor, kOutcomeCount> outcomes;  // by Outcome
    QColor foldHatch;
    QColor selection;
    QColor hover;
    QColor idealMarker;
    QColor marker;  // a lecturer's captioned moments: neither a phase nor an outcome
    std::array<QColor, kModeCount> modes;  // by Mode: series in charts, swatches
    // Verdicts of a preset's checks: pass, fail, unreliable, not measured.
    std::array<QColor, 4> verdicts;
};

const Theme& theme(ThemeId id);
const Theme& currentTheme();
// Makes `id` current and, if it changed, emits ThemeNotifier::changed.
void setCurrentTheme(ThemeId id);

// Tells views the current theme changed, so they restyle and redraw.
class ThemeNotifier : public QObject {
    Q_OBJECT
public:
    static ThemeNotifier& instance();
signals:
    void changed();
};

}  // namespace overlap::ui
