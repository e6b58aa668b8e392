#include "ui/charts/charts_view.hpp"

#include <QGridLayout>

#include "ui/charts/in_flight_chart.hpp"
#include "ui/charts/latency_histogram_chart.hpp"
#include "ui/charts/makespan_chart.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

ChartsView::ChartsView(QWidget* parent)
    : QWidget(parent),
      m_inFlight(new InFlightChart(this)),
      m_latency(new LatencyHistogramChart(this)),
      m_makespan(new MakespanChart(this)) {
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_inFlight, 0, 0, 1, 2);
    layout->addWidget(m_latency, 1, 0);
    layout->addWidget(m_makespan, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(1, 1);
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] { setRuns(m_runs); });
}

void ChartsView::setRuns(const std::vector<const RunRecord*>& runs) {
    m_runs = runs;
    m_inFlight->setRuns(runs);
    m_latency->setRuns(runs);
    m_makespan->setRuns(runs);
}

}  // namespace overlap::ui
