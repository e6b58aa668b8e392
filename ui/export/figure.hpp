// What figure_export needs from a picture: something that paints itself at a
// given logical size on any device, measured at a known DPI, with a title for
// the file's metadata. The timelines (RunSetFigure) and the charts
// (ChartsFigure) both are one, so PNG, SVG, PDF and the clipboard are written
// one way for both.
#pragma once

#include <QSize>
#include <QString>

class QCPPainter;

namespace overlap::ui {

class Figure {
public:
    virtual ~Figure() = default;

    // Paints the whole figure over (0, 0, size) in the painter's logical
    // pixels, in the current theme's colours: an image (crisp at its pixel
    // ratio), an SVG generator or a PDF writer (vector).
    virtual void paint(QCPPainter& painter, QSize size) = 0;
    // The DPI the figure's text is measured at (the screen's). Vector devices
    // are set to it, so text comes out the size it was laid out for.
    virtual int logicalDpi() const = 0;
    virtual QString title() const = 0;
    // One line for an SVG's description: what the picture shows.
    virtual QString description() const = 0;

protected:
    Figure() = default;
    Figure(const Figure&) = default;
    Figure& operator=(const Figure&) = default;
};

}  // namespace overlap::ui
