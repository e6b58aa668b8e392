// A sweep's chart as one picture to share: the sweep's title over the
// makespan and speed-up plots side by side, and the caption saying which cap
// held each ideal back. The plots are the Sweep tab's own, kept offscreen and
// painted through QCustomPlot, so the picture looks like the tab and stays
// vector on vector devices.
#pragma once

#include <QRect>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

#include "analysis/sweep_table.hpp"
#include "ui/export/figure.hpp"

namespace overlap::ui {

class SweepPlot;

class SweepFigure : public Figure {
public:
    // Needs a QApplication (the plots are widgets); an offscreen one will do.
    explicit SweepFigure(const SweepResult& sweep);
    ~SweepFigure() override;
    SweepFigure(const SweepFigure&) = delete;
    SweepFigure& operator=(const SweepFigure&) = delete;

    void paint(QCPPainter& painter, QSize size) override;
    int logicalDpi() const override;
    QString title() const override { return m_title; }
    QString description() const override;

    // The makespan and speed-up plots, and where the last paint put each.
    SweepPlot* plot(int index) const { return index == 0 ? m_makespan : m_speedUp; }
    QRect plotRect(int index) const { return m_plotRects[static_cast<std::size_t>(index)]; }

private:
    QString m_title;
    SweepParam m_param;
    std::vector<SweepCell> m_cells;
    QString m_emulationNote;
    std::unique_ptr<QWidget> m_host;  // never shown: the plots' font and owner
    SweepPlot* m_makespan;
    SweepPlot* m_speedUp;
    std::vector<QRect> m_plotRects{2};
};

}  // namespace overlap::ui
