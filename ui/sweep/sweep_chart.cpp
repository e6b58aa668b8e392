#include "ui/sweep/sweep_chart.hpp"

#include <QGridLayout>
#include <QLabel>

#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/sweep/sweep_plot.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

SweepChart::SweepChart(QWidget* parent)
    : QWidget(parent),
      m_makespan(new SweepPlot(SweepPlot::Quantity::Makespan, this)),
      m_speedUp(new SweepPlot(SweepPlot::Quantity::SpeedUp, this)),
      m_caption(new QLabel(this)) {
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_makespan, 0, 0);
    layout->addWidget(m_speedUp, 0, 1);
    layout->addWidget(m_caption, 1, 0, 1, 2);
    layout->setRowStretch(0, 1);
    for (SweepPlot* plot : {m_makespan, m_speedUp})
        connect(plot, &SweepPlot::pointClicked, this, &SweepChart::pointClicked);
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, &SweepChart::redraw);
    redraw();
}

void SweepChart::setCells(SweepParam param, std::vector<SweepCell> cells) {
    m_param = param;
    m_cells = std::move(cells);
    redraw();
}

void SweepChart::setEmulationNote(QString note) {
    m_emulationNote = std::move(note);
    redraw();
}

QString SweepChart::caption() const { return m_caption->text(); }

void SweepChart::redraw() {
    m_makespan->setCells(m_param, m_cells);
    m_speedUp->setCells(m_param, m_cells);
    m_caption->setText(sweepCaption(m_param, m_cells, m_emulationNote));
}

}  // namespace overlap::ui
