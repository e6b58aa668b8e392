// Time axis ticks in seconds or milliseconds, whichever suits the visible span,
// with as many decimals as the step needs.
#pragma once

#include <qcustomplot.h>

#include "ui/timeline/time_mapping.hpp"

namespace overlap::ui {

class TimeAxisTicker : public QCPAxisTicker {
protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;

private:
    AxisUnit m_unit = AxisUnit::Seconds;
    double m_step = 1;
};

}  // namespace overlap::ui
