// Numbers as the window shows them: durations scaled to s/ms/µs, ratios as
// percentages, so the table, the captions and the charts agree.
#pragma once

#include <QString>

namespace overlap::ui {

QString formatSeconds(double seconds);  // "10.03 s", "250 ms", "80 µs"
QString formatPercent(double ratio);    // 0.997 -> "99.7%"
QString formatRate(double per_second);  // "9.97/s"
QString formatFactor(double factor);    // 9.87 -> "9.87×"

}  // namespace overlap::ui
