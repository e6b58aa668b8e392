#include "ui/theme/number_format.hpp"

#include <cmath>

namespace overlap::ui {

namespace {

// Three significant digits: enough to tell 1.00 s from 1.03 s, no false precision.
QString significant(double value) {
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return QString::number(value, 'f', decimals);
}

}  // namespace

QString formatSeconds(double seconds) {
    const double magnitude = std::abs(seconds);
    if (magnitude >= 1 || magnitude == 0) return significant(seconds) + QStringLiteral(" s");
    if (magnitude >= 1e-3) return significant(seconds * 1e3) + QStringLiteral(" ms");
    return significant(seconds * 1e6) + QStringLiteral(" \u00b5s");
}

QString formatPercent(double ratio) {
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

QString formatRate(double per_second) { return significant(per_second) + QStringLiteral("/s"); }

QString formatFactor(double factor) { return significant(factor) + QStringLiteral("\u00d7"); }

}  // namespace overlap::ui
