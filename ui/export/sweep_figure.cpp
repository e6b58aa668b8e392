#include "ui/export/sweep_figure.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>

#include "ui/export/charts_figure.hpp"
#include "ui/sweep/sweep_chart_data.hpp"
#include "ui/sweep/sweep_plot.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

// Sizes in units of the font's height, as in the charts' figure.
constexpr double kPadding = 0.8;
constexpr double kGap = 0.8;

}  // namespace

SweepFigure::SweepFigure(const SweepResult& sweep)
    : m_title(sweepTitle(sweep)),
      m_param(sweep.spec.param),
      m_cells(sweep_cells(sweep)),
      m_emulationNote(sweepEmulationNote(sweep.spec)),
      m_host(std::make_unique<QWidget>()) {
    // The font under the name it resolved to, which SVG readers know (as ChartsFigure).
    QFont font = m_host->font();
    font.setFamily(QFontInfo(font).family());
    m_host->setFont(font);
    m_makespan = new SweepPlot(SweepPlot::Quantity::Makespan, m_host.get());
    m_speedUp = new SweepPlot(SweepPlot::Quantity::SpeedUp, m_host.get());
}

SweepFigure::~SweepFigure() = default;

int SweepFigure::logicalDpi() const { return m_host->logicalDpiY(); }

QString SweepFigure::description() const {
    return QCoreApplication::translate("overlap::ui::SweepFigure",
                                       "A parameter sweep recorded and drawn by Overlap: makespan "
                                       "and speed-up per mode, with the ideal");
}

void SweepFigure::paint(QCPPainter& painter, QSize size) {
    // Drawn again on every paint, so the picture is in the theme current now.
    m_makespan->setCells(m_param, m_cells);
    m_speedUp->setCells(m_param, m_cells);

    const QFont base = m_host->font();
    const double em = QFontMetricsF(base).height();
    const int pad = qRound(em * kPadding);
    const int gap = qRound(em * kGap);
    const QFont heading = figureTitleFont(base);
    const int width = std::max(1, size.width() - 2 * pad);
    const QRect titleRect(pad, pad, width, QFontMetrics(heading).height());
    const QString caption = sweepCaption(m_param, m_cells, m_emulationNote);
    const QRect captionBounds = QFontMetrics(base).boundingRect(QRect(0, 0, width, size.height()),
                                                                Qt::TextWordWrap, caption);
    const int captionTop = size.height() - pad - captionBounds.height();
    const int top = titleRect.bottom() + 1 + gap;
    const int plotHeight = std::max(1, captionTop - gap - top);
    const int halfWidth = std::max(1, (width - gap) / 2);
    m_plotRects = {QRect(pad, top, halfWidth, plotHeight),
                   QRect(pad + width - halfWidth, top, halfWidth, plotHeight)};

    painter.save();
    paintFigurePage(painter, size, titleRect, heading, m_title);
    painter.setFont(base);
    painter.setPen(currentTheme().secondaryText);
    painter.drawText(QRect(pad, captionTop, width, captionBounds.height()),
                     Qt::AlignLeft | Qt::TextWordWrap, caption);
    for (int i = 0; i < 2; ++i) paintPlotInto(painter, *plot(i), m_plotRects[static_cast<std::size_t>(i)]);
    painter.restore();
}

}  // namespace overlap::ui
