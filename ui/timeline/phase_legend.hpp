// A strip explaining the timeline's colours: the phases (or worker states),
// what a folded block and a failed task look like. Wraps to the width it gets.
#pragma once

#include <QWidget>

#include <vector>

#include "ui/timeline/timeline_model.hpp"

namespace overlap::ui {

class PhaseLegend : public QWidget {
    Q_OBJECT
public:
    explicit PhaseLegend(QWidget* parent = nullptr);

    void setLaneMode(LaneMode mode);  // phases for task lanes, states for worker lanes
    LaneMode laneMode() const { return m_mode; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Swatch { Fill, Blank, Folded, Failure };
    struct Entry {
        Swatch swatch = Swatch::Fill;
        QColor colour;
        QString label;
        Outcome outcome = Outcome::Ok;  // a Failure swatch's shape
    };

    std::vector<Entry> entries() const;
    // Where each entry goes for a given width (swatch and label together).
    std::vector<QRect> layoutEntries(const std::vector<Entry>& entries, int width) const;
    void paintSwatch(QPainter& painter, const Entry& entry, const QRectF& rect) const;

    LaneMode m_mode = LaneMode::PerTask;
};

}  // namespace overlap::ui
