#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

constexpr QRgb rgb(unsigned value) { return 0xff000000u | value; }

// The phases' colours, the same in every theme: Okabe and Ito's eight
// colour-blind-safe colours for the phases most runs show (DNS, connect, send,
// wait, receive, compute, lock wait), and five more found by searching for the
// largest smallest CIEDE2000 difference to all the others, in normal vision
// and under simulated protanopia, deuteranopia and tritanopia. The rule they
// meet, tested in tests/ui/theme/palette_test.cpp, is in docs/architecture.md.
// Queued is a mid grey: at least 3:1 against every theme's background, and
// still no hue, so the bulk of a large run reads as waiting, not work.
// A worker state takes the colour of the task phase it means, so the worker
// lanes need no colours of their own and keep the phases' distances.
constexpr QRgb kQueued = rgb(0x6a7779);
constexpr QRgb kDns = rgb(0xcc79a7);      // Okabe–Ito reddish purple
constexpr QRgb kConnect = rgb(0xe69f00);  // Okabe–Ito orange
constexpr QRgb kTls = rgb(0x746050);
constexpr QRgb kSend = rgb(0x56b4e9);      // Okabe–Ito sky blue
constexpr QRgb kWait = rgb(0x0072b2);      // Okabe–Ito blue
constexpr QRgb kReceive = rgb(0x009e73);   // Okabe–Ito bluish green
constexpr QRgb kCompute = rgb(0xf0e442);   // Okabe–Ito yellow
constexpr QRgb kLockWait = rgb(0xd55e00);  // Okabe–Ito vermillion
// Pale: started but no work, only waiting for the client to get to it.
constexpr QRgb kStalled = rgb(0xffbcd7);
// CPU work too, the interpreter's own: a burnt orange beside compute's yellow.
constexpr QRgb kInterpreter = rgb(0x8a4611);
constexpr QRgb kRunning = rgb(0x04546f);

constexpr std::array<QRgb, kBarKeyCount> kBars{
    kQueued,      kDns,     kConnect,  kTls,     kSend,        kWait,
    kReceive,     kCompute, kLockWait, kStalled, kInterpreter, kRunning,
    kSend,         // an event loop's tasks in flight: a lighter wait
    kDns,          // starting: before any work, like resolving
    kCompute,      // computing
    kConnect,      // blocked
    kLockWait,     // lock wait
    kWait,         // waiting on I/O
    kInterpreter,  // running callbacks: the loop's own CPU work
};

std::array<QColor, kBarKeyCount> bars() {
    std::array<QColor, kBarKeyCount> colours;
    for (std::size_t i = 0; i < colours.size(); ++i) colours[i] = QColor::fromRgba(kBars[i]);
    return colours;
}

Theme light() {
    return {ThemeId::Light,
            QColor(0xffffff),
            QColor(0x202020),
            QColor(0x555555),
            QColor(Qt::black),
            QColor(200, 200, 200),
            bars(),
            // pending, ok, HTTP error, error, timeout, cancelled
            {QColor(0x9aa5b1), QColor(0x009e73), QColor(0xe15759), QColor(0xc00000),
             QColor(0x9b005f), QColor(0x404040)},
            QColor(0, 0, 0, 120),
            QColor(0x101010),
            QColor(0x30, 0x30, 0x30, 170),
            QColor(0x2e7d32),
            QColor(0xa35f86),  // Okabe–Ito reddish purple, darkened for text on white
            {QColor(0x555f6d), QColor(0x1f77b4), QColor(0xd62728), QColor(0x9a6f00)},
            {QColor(0x1a7f37), QColor(0xc62828), QColor(0x9a6700), QColor(0x6a737d)}};
}

Theme dark() {
    return {ThemeId::Dark,
            QColor(0x1e1f22),
            QColor(0xe6e6e6),
            QColor(0xa8acb2),
            QColor(0xb8bcc2),
            QColor(0x45484d),
            bars(),
            {QColor(0x9aa5b1), QColor(0x3fc08f), QColor(0xff7b7d), QColor(0xff4d4d),
             QColor(0xff7ad9), QColor(0xd0d0d0)},
            QColor(255, 255, 255, 110),
            QColor(0xffffff),
            QColor(0xe0, 0xe0, 0xe0, 170),
            QColor(0x7bd88f),
            QColor(0xe59cc6),
            {QColor(0xa8b2c0), QColor(0x6cb4f0), QColor(0xff6f6f), QColor(0xe5b54a)},
            {QColor(0x5fd07f), QColor(0xff6b6b), QColor(0xe3b341), QColor(0x9aa3ad)}};
}

// Black and white with the brightest marks: for projectors that wash colours out.
Theme highContrast() {
    return {ThemeId::HighContrast,
            QColor(Qt::black),
            QColor(0xffffff),
            QColor(0xe0e0e0),
            QColor(0xffffff),
            QColor(0x6a6a6a),
            bars(),
            {QColor(0xc0c0c0), QColor(0x00ff9c), QColor(0xff6060), QColor(0xff2020),
             QColor(0xff66ff), QColor(0xffffff)},
            QColor(255, 255, 255, 150),
            QColor(0xffff00),
            QColor(0x00, 0xff, 0xff, 200),
            QColor(0x00ff66),
            QColor(0xff80d0),
            {QColor(0xe0e0e0), QColor(0x4fc3ff), QColor(0xff5a5a), QColor(0xffd400)},
            {QColor(0x00ff66), QColor(0xff4040), QColor(0xffd400), QColor(0xc0c0c0)}};
}

ThemeId g_current = kDefaultTheme;

}  // namespace

QString themeKey(ThemeId id) {
    switch (id) {
        case ThemeId::Light:
            return QStringLiteral("light");
        case ThemeId::Dark:
            return QStringLiteral("dark");
        case ThemeId::HighContrast:
            return QStringLiteral("high-contrast");
    }
    return {};
}

QString themeName(ThemeId id) {
    switch (id) {
        case ThemeId::Light:
            return QObject::tr("Light");
        case ThemeId::Dark:
            return QObject::tr("Dark");
        case ThemeId::HighContrast:
            return QObject::tr("High contrast");
    }
    return {};
}

std::optional<ThemeId> themeFromKey(const QString& key) {
    for (const ThemeId id : kAllThemes) {
        if (themeKey(id) == key) return id;
    }
    return std::nullopt;
}

const Theme& theme(ThemeId id) {
    static const std::array<Theme, 3> themes{light(), dark(), highContrast()};
    return themes[static_cast<std::size_t>(id)];
}

const Theme& currentTheme() { return theme(g_current); }

void setCurrentTheme(ThemeId id) {
    if (id == g_current) return;
    g_current = id;
    emit ThemeNotifier::instance().changed();
}

ThemeNotifier& ThemeNotifier::instance() {
    static ThemeNotifier notifier;
    return notifier;
}

}  // namespace overlap::ui
