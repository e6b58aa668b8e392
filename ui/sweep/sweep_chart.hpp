// The Sweep tab's chart: makespan and speed-up against the swept parameter,
// side by side, with a caption under them saying which cap held each mode's
// ideal back. Drawn from SweepCells (plain data) in the current theme, and
// again when the theme changes. A click on a point says which point and run.
#pragma once

#include <QWidget>

#include <vector>

#include "analysis/sweep_table.hpp"
#include "model/sweep.hpp"

class QLabel;

namespace overlap::ui {

class SweepPlot;

class SweepChart : public QWidget {
    Q_OBJECT

public:
    explicit SweepChart(QWidget* parent = nullptr);

    void setCells(SweepParam param, std::vector<SweepCell> cells);
    // What the sweep's runs emulate and what is real (emulation_notes), shown
    // under the caption: a flat GIL curve must say the GIL is emulated.
    void setEmulationNote(QString note);
    const std::vector<SweepCell>& cells() const { return m_cells; }
    SweepParam param() const { return m_param; }

    SweepPlot* makespanPlot() const { return m_makespan; }
    SweepPlot* speedUpPlot() const { return m_speedUp; }
    QString caption() const;

signals:
    // From either plot: the clicked point's index in the sweep, and the run
    // of that mode at it (see SweepPlot::pointClicked).
    void pointClicked(int point, int run);

private:
    void redraw();

    SweepPlot* m_makespan;
    SweepPlot* m_speedUp;
    QLabel* m_caption;
    SweepParam m_param = SweepParam::Concurrency;
    std::vector<SweepCell> m_cells;
    QString m_emulationNote;
};

}  // namespace overlap::ui
