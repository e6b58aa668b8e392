#include "ui/timeline/plot_font.hpp"

#include <qcustomplot.h>

namespace overlap::ui {

namespace {

void applyFont(QCustomPlot& plot) {
    const QFont font = plot.font();
    for (QCPAxis* axis : plot.axisRect() ? plot.axisRect()->axes() : QList<QCPAxis*>{}) {
        axis->setLabelFont(font);
        axis->setTickLabelFont(font);
        axis->setSelectedLabelFont(font);
        axis->setSelectedTickLabelFont(font);
    }
    if (plot.legend) plot.legend->setFont(font);
    QFont bold = font;
    bold.setBold(true);
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i) {
        if (auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i))) {
            text->setFont(bold);
        }
    }
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i))) text->setFont(font);
    }
    plot.replot(QCustomPlot::rpQueuedReplot);
}

// A child of the plot, so it lives exactly as long as the plot does.
class FontFollower : public QObject {
public:
    explicit FontFollower(QCustomPlot& plot) : QObject(&plot), m_plot(plot) {
        plot.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == &m_plot && event->type() == QEvent::FontChange) applyFont(m_plot);
        return false;
    }

private:
    QCustomPlot& m_plot;
};

}  // namespace

void followWidgetFont(QCustomPlot& plot) {
    new FontFollower(plot);
    applyFont(plot);
}

}  // namespace overlap::ui
