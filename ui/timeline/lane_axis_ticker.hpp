// Lane labels on the left axis: one per lane while lanes are as tall as a
// label, then every 2nd, 5th, 10th... so 10 lanes read fully and 10,000 stay
// legible. Worked out from the height of a lane on screen and the font
// whenever ticks are generated, so exports at another size thin their labels
// right too.
#pragma once

#include <qcustomplot.h>

#include <functional>

namespace overlap::ui {

class LaneAxisTicker : public QCPAxisTicker {
public:
    using Labeler = std::function<QString(int lane)>;

    explicit LaneAxisTicker(QCPAxis* axis) : m_axis(axis) {}

    void setLabeler(Labeler labeler) { m_labeler = std::move(labeler); }
    void setLaneCount(int count) { m_laneCount = count; }

protected:
    double getTickStep(const QCPRange& range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

private:
    double axisHeight() const;

    QPointer<QCPAxis> m_axis;
    Labeler m_labeler;
    int m_laneCount = 0;
};

}  // namespace overlap::ui
