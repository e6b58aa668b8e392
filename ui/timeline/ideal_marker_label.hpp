// The "ideal" marker's label: on a background of its own, so it reads over the
// bars it crosses, and beside its dashed line on whichever side keeps it inside
// the plot (left of the line near the right edge). It picks the side as it is
// drawn, so the window and an exported figure at any size agree.
#pragma once

#include <qcustomplot.h>

namespace overlap::ui {

class IdealMarkerLabel : public QCPItemText {
public:
    explicit IdealMarkerLabel(QCustomPlot* plot);
    void followTheme();  // the current theme's marker colour and background

protected:
    void draw(QCPPainter* painter) override;
};

}  // namespace overlap::ui
