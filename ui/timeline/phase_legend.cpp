#include "ui/timeline/phase_legend.hpp"

#include <QPainter>

#include "ui/theme/outcome_shape.hpp"
#include "ui/theme/phase_palette.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

// Sizes in units of the font's height, so the strip scales with the font and
// the screen's pixel ratio alike.
constexpr double kSwatchSize = 0.8;
constexpr double kSwatchGap = 0.35;
constexpr double kEntryGap = 1.1;
constexpr double kRowHeight = 1.5;

constexpr BarKey kTaskKeys[] = {BarKey::Queued,   BarKey::Stalled, BarKey::Dns,         BarKey::Connect,
                                BarKey::Tls,      BarKey::Send,    BarKey::Wait,        BarKey::Receive,
                                BarKey::Compute,  BarKey::LockWait, BarKey::Interpreter, BarKey::Running};
constexpr BarKey kWorkerKeys[] = {BarKey::WorkerStarting, BarKey::WorkerBusy,
                                  BarKey::WorkerIoWait,   BarKey::WorkerLockWait,
                                  BarKey::WorkerRunning,  BarKey::WorkerInFlight,
                                  BarKey::WorkerBlocked};
constexpr Outcome kFailures[] = {Outcome::HttpError, Outcome::Error, Outcome::Timeout,
                                 Outcome::Cancelled};

}  // namespace

PhaseLegend::PhaseLegend(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // The swatches read the theme as they are painted.
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, qOverload<>(&QWidget::update));
}

void PhaseLegend::setLaneMode(LaneMode mode) {
    if (mode == m_mode) return;
    m_mode = mode;
    updateGeometry();
    update();
}

std::vector<PhaseLegend::Entry> PhaseLegend::entries() const {
    std::vector<Entry> result;
    if (m_mode == LaneMode::PerTask) {
        for (const BarKey key : kTaskKeys)
            result.push_back({Swatch::Fill, barColour(key), barLabel(key)});
    } else {
        for (const BarKey key : kWorkerKeys)
            result.push_back({Swatch::Fill, barColour(key), barLabel(key)});
        result.push_back({Swatch::Blank, {}, tr("Idle")});
    }
    result.push_back({Swatch::Folded, barColour(BarKey::Wait), tr("Folded (zoom in)")});
    for (const Outcome outcome : kFailures) {
        result.push_back({Swatch::Failure, outcomeColour(outcome), outcomeLabel(outcome), outcome});
    }
    return result;
}

std::vector<QRect> PhaseLegend::layoutEntries(const std::vector<Entry>& items, int width) const {
    const QFontMetricsF metrics(font());
    const double unit = metrics.height();
    std::vector<QRect> rects;
    double x = 0;
    double y = 0;
    for (const Entry& entry : items) {
        const double w = unit * (kSwatchSize + kSwatchGap) + metrics.horizontalAdvance(entry.label);
        if (x > 0 && x + w > width) {
            x = 0;
            y += unit * kRowHeight;
        }
        rects.emplace_back(QPointF(x, y).toPoint(), QSizeF(w, unit * kRowHeight).toSize());
        x += w + unit * kEntryGap;
    }
    return rects;
}

QSize PhaseLegend::sizeHint() const {
    const auto items = entries();
    const auto rects = layoutEntries(items, QWIDGETSIZE_MAX);
    return {rects.back().right() + 1, rects.back().bottom() + 1};
}

QSize PhaseLegend::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    return {metrics.height() * 6, static_cast<int>(metrics.height() * kRowHeight)};
}

int PhaseLegend::heightForWidth(int width) const {
    const auto rects = layoutEntries(entries(), width);
    return rects.back().bottom() + 1;
}

void PhaseLegend::paintSwatch(QPainter& painter, const Entry& entry, const QRectF& rect) const {
    switch (entry.swatch) {
        case Swatch::Fill:
            painter.fillRect(rect, entry.colour);
            break;
        case Swatch::Blank:  // a worker doing nothing leaves its lane empty
            painter.setPen(QPen(palette().color(QPalette::Mid), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
            break;
        case Swatch::Folded:
            painter.fillRect(rect, entry.colour);
            painter.fillRect(rect, QBrush(foldHatchColour(), Qt::BDiagPattern));
            break;
        case Swatch::Failure: {
            // The same marks the timeline draws: an outline, and the
            // outcome's own shape at the end.
            const double pen = std::max(1.5, rect.height() / 8);
            painter.setPen(QPen(entry.colour, pen));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
            std::vector<QLineF> shape;
            appendOutcomeShape(entry.outcome, QPointF(rect.right() - pen - rect.height() / 4,
                                                      rect.center().y()),
                               rect.height() / 4, shape);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.drawLines(shape.data(), static_cast<int>(shape.size()));
            painter.setRenderHint(QPainter::Antialiasing, false);
            break;
        }
    }
}

void PhaseLegend::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    const QFontMetricsF metrics(font());
    const double unit = metrics.height();
    const auto items = entries();
    const auto rects = layoutEntries(items, width());
    painter.setPen(palette().color(QPalette::WindowText));
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QRectF cell = rects[i];
        const double side = unit * kSwatchSize;
        const QRectF swatch(cell.left(), cell.center().y() - side / 2, side, side);
        paintSwatch(painter, items[i], swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        const QRectF text(swatch.right() + unit * kSwatchGap, cell.top(),
                          cell.right() - swatch.right(), cell.height());
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, items[i].label);
    }
}

}  // namespace overlap::ui
