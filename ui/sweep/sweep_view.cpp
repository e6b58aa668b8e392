#include "ui/sweep/sweep_view.hpp"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>

#include "analysis/sweep_table.hpp"
#include "ui/sweep/sweep_chart.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/sweep/sweep_controller.hpp"
#include "ui/sweep/sweep_panel.hpp"

namespace overlap::ui {

SweepView::SweepView(QWidget* parent)
    : QWidget(parent),
      m_panel(new SweepPanel),
      m_chart(new SweepChart),
      m_controller(new SweepController(this)) {
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A splitter rather than fixed widths: the window must still fit a
    // 1080-line screen at scale factor 2, where the panel scrolls instead.
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({m_panel->sizeHint().width(), m_panel->sizeHint().width() * 2});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_panel, &SweepPanel::runRequested, this, &SweepView::run);
    connect(m_panel, &SweepPanel::cancelRequested, m_controller, &SweepController::cancel);
    connect(m_controller, &SweepController::progress, m_panel, &SweepPanel::showProgress);
    connect(m_controller, &SweepController::pointFinished, this, &SweepView::showSoFar);
    connect(m_controller, &SweepController::finished, this, &SweepView::onFinished);
    connect(m_controller, &SweepController::failed, this, &SweepView::message);
    connect(m_chart, &SweepChart::pointClicked, this, [this](int point, int run) {
        // While running, the points drawn are the controller's, not yet m_sweep's.
        if (m_controller->isRunning() || point < 0 ||
            static_cast<std::size_t>(point) >= m_sweep.points.size())
            return;
        emit pointOpened(point, run);
    });
}

void SweepView::setSweep(SweepResult sweep) {
    m_sweep = std::move(sweep);
    m_panel->setSpec(m_sweep.spec);
    m_panel->clearProgress();
    m_chart->setCells(m_sweep.spec.param, sweep_cells(m_sweep));
    m_chart->setEmulationNote(sweepEmulationNote(m_sweep.spec));
    emit sweepChanged();
}

void SweepView::run() {
    const std::optional<SweepSpec> spec = m_panel->spec();
    if (!spec || m_controller->isRunning()) return;
    m_chart->setCells(spec->param, {});
    m_chart->setEmulationNote(sweepEmulationNote(*spec));
    if (!m_controller->start(*spec)) return;
    m_panel->setRunning(true);
    emit runningChanged(true);
}

void SweepView::showSoFar() {
    const SweepResult& so_far = m_controller->result();
    m_chart->setCells(m_chart->param(), sweep_cells(so_far));
}

void SweepView::onFinished(bool cancelled) {
    m_panel->setRunning(false);
    m_panel->clearProgress();
    m_sweep = m_controller->result();
    m_chart->setCells(m_sweep.spec.param, sweep_cells(m_sweep));
    emit runningChanged(false);
    emit sweepChanged();
    emit message(cancelled ? tr("Sweep cancelled after %n values.", nullptr,
                                static_cast<int>(m_sweep.points.size()))
                           : tr("Sweep done: click a point to open its runs in Compare."));
}

}  // namespace overlap::ui
