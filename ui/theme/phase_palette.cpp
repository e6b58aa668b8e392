#include "ui/theme/phase_palette.hpp"

#include <array>

namespace overlap::ui {

namespace {

struct KeyStyle {
    QRgb colour;
    const char* label;
};

// Hues chosen to stay apart for the usual neighbours (connect → wait → receive,
// compute ↔ lock wait); queued is deliberately pale because it is the bulk of a
// large run and should read as background, not work. Red is left to failures.
// A worker state shares its colour with the task phase it means: computing is
// Compute's yellow, waiting on I/O is Wait's blue, the GIL is Lock wait's pink.
constexpr std::array<KeyStyle, kBarKeyCount> kKeyStyles{{
    {0xffdde2ea, "Queued"},
    {0xffb07aa1, "DNS"},
    {0xfff28e2b, "Connect"},
    {0xff9c755f, "TLS"},
    {0xff76b7b2, "Send"},
    {0xff4e79a7, "Wait"},
    {0xff59a14f, "Receive"},
    {0xffedc948, "Compute"},
    {0xffff9da7, "Lock wait"},
    // Pale like queued, for the same reason: no work, only waiting for the client.
    {0xffc5b0d5, "Stalled"},
    // The yellow of compute, darker: CPU work too, but the interpreter's.
    {0xffb8860b, "Interpreter"},
    {0xff9aa5b1, "Running"},
    // A pale Wait: the loop holds the task and polls its socket.
    {0xffa0cbe8, "In flight (polled)"},
    {0xffb07aa1, "Starting"},
    {0xffedc948, "Computing"},
    {0xfff28e2b, "Blocked"},
    {0xffff9da7, "Lock wait"},
    {0xff4e79a7, "Waiting on I/O"},
    // A pale Computing: the loop's thread is on the CPU, a little for each task.
    {0xfff6e3a1, "Running callbacks"},
}};

}  // namespace

QColor barColour(BarKey key) { return QColor::fromRgba(kKeyStyles[static_cast<int>(key)].colour); }

QString barLabel(BarKey key) {
    return QString::fromLatin1(kKeyStyles[static_cast<int>(key)].label);
}

QColor phaseColour(PhaseKind kind) { return barColour(barKey(kind)); }

QString phaseLabel(PhaseKind kind) { return barLabel(barKey(kind)); }

QColor outcomeColour(Outcome outcome) {
    switch (outcome) {
        case Outcome::Pending:
            return QColor(0x9a, 0xa5, 0xb1);
        case Outcome::Ok:
            return QColor(0x59, 0xa1, 0x4f);
        case Outcome::HttpError:
            return QColor(0xe1, 0x57, 0x59);
        case Outcome::Error:
            return QColor(0xc0, 0x00, 0x00);
        case Outcome::Timeout:
            return QColor(0x9b, 0x00, 0x5f);
        case Outcome::Cancelled:
            return QColor(0x40, 0x40, 0x40);
    }
    return Qt::black;
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

QColor foldHatchColour() { return QColor(0, 0, 0, 120); }

QColor selectionColour() { return QColor(0x10, 0x10, 0x10); }

QColor hoverColour() { return QColor(0x30, 0x30, 0x30, 170); }

QColor idealMarkerColour() { return QColor(0x2e, 0x7d, 0x32); }

QColor nowLineColour() { return QColor(0xd8, 0x1b, 0x60); }

}  // namespace overlap::ui
