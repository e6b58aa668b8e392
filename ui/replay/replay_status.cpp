#include "ui/replay/replay_status.hpp"

#include <QCoreApplication>

#include "ui/theme/number_format.hpp"

namespace overlap::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("overlap::ui::ReplayStatus", text);
}

}  // namespace

QString ordinal(int place) {
    // 11th, 12th and 13th break the pattern of 1st, 2nd and 3rd.
    const int tens = place % 100;
    const int units = place % 10;
    const char* suffix = "th";
    if (tens < 11 || tens > 13) {
        if (units == 1) suffix = "st";
        if (units == 2) suffix = "nd";
        if (units == 3) suffix = "rd";
    }
    return QString::number(place) + QString::fromLatin1(suffix);
}

QString replayStatus(const RunProgress& p) {
    if (p.finished) {
        if (p.place == 0) return tr("\u2716 stopped after %1").arg(formatSeconds(p.makespan_s));
        return tr("\u2714 finished %1 \u00b7 makespan %2")
            .arg(ordinal(p.place), formatSeconds(p.makespan_s));
    }
    return tr("%1 of %2 done \u00b7 %3 in flight \u00b7 %4")
        .arg(p.done)
        .arg(p.total)
        .arg(p.in_flight)
        .arg(formatSeconds(p.elapsed_s));
}

}  // namespace overlap::ui
