#include "ui/theme/phase_palette.hpp"

#include <array>

#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

// What each bar key is called in the legend and tooltips; its colour is the
// current theme's (ui/theme/theme.hpp).
constexpr std::array<const char*, kBarKeyCount> kKeyLabels{
    "Queued",
    "DNS",
    "Connect",
    "TLS",
    "Send",
    "Wait",
    "Receive",
    "Compute",
    "Lock wait",
    "Stalled",
    "Interpreter",
    "Running",
    "In flight (polled)",
    "Starting",
    "Computing",
    "Blocked",
    "Lock wait",
    "Waiting on I/O",
    "Running callbacks",
};

}  // namespace

QColor barColour(BarKey key) { return currentTheme().bars[static_cast<std::size_t>(key)]; }

QString barLabel(BarKey key) {
    return QString::fromLatin1(kKeyLabels[static_cast<std::size_t>(key)]);
}

QColor phaseColour(PhaseKind kind) { return barColour(barKey(kind)); }

QString phaseLabel(PhaseKind kind) { return barLabel(barKey(kind)); }

QColor outcomeColour(Outcome outcome) {
    return currentTheme().outcomes[static_cast<std::size_t>(outcome)];
}

QString outcomeLabel(Outcome outcome) {
    switch (outcome) {
        case Outcome::Pending:
            return QStringLiteral("pending");
        case Outcome::Ok:
            return QStringLiteral("ok");
        case Outcome::HttpError:
            return QStringLiteral("HTTP error");
        case Outcome::Error:
            return QStringLiteral("error");
        case Outcome::Timeout:
            return QStringLiteral("timeout");
        case Outcome::Cancelled:
            return QStringLiteral("cancelled");
    }
    return {};
}

QColor foldHatchColour() { return currentTheme().foldHatch; }

QColor selectionColour() { return currentTheme().selection; }

QColor hoverColour() { return currentTheme().hover; }

QColor idealMarkerColour() { return currentTheme().idealMarker; }

QColor nowLineColour() { return QColor(0xd8, 0x1b, 0x60); }

}  // namespace overlap::ui
