#include "ui/timeline/time_axis_ticker.hpp"

namespace overlap::ui {

double TimeAxisTicker::getTickStep(const QCPRange& range) {
    m_unit = chooseUnit(range.size());
    m_step = QCPAxisTicker::getTickStep(range);
    return m_step;
}

QString TimeAxisTicker::getTickLabel(double tick, const QLocale& /*locale*/, QChar /*formatChar*/,
                                     int /*precision*/) {
    return formatTick(tick, m_step, m_unit);
}

}  // namespace overlap::ui
