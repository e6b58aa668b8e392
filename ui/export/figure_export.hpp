// A Figure (the timelines or the charts) as a file or on the clipboard: PNG at any pixel ratio, SVG
// and PDF as vectors. Files are written whole or not at all (through
// write_file_atomically); a failure comes back as a message naming the path.
#pragma once

#include <QImage>
#include <QSize>

#include "ui/export/export_result.hpp"

namespace overlap::ui {

class Figure;

// How big a figure is. The image has `pixels`; the layout (and the SVG or PDF
// page) is pixels / scale logical pixels, so 3840×2160 at scale 3 shows what
// 1280×720 at scale 1 shows, with text and bars three times as sharp.
struct FigureSize {
    static constexpr int kDefaultWidth = 1920;
    static constexpr int kDefaultHeight = 1080;
    static constexpr int kMaxSide = 8192;
    // Without a scale, figures are laid out this wide, whatever their pixels:
    // text stays legible when a large image is shown scaled down.
    static constexpr int kLayoutWidth = 1280;

    QSize pixels{kDefaultWidth, kDefaultHeight};
    double scale = 0;  // 0: pixels.width() / kLayoutWidth, at least 1

    double pixelRatio() const;
    QSize logical() const;
    // Empty when the size can be drawn, else why not ("width must be ...").
    QString problem() const;
};

// The figure as an opaque image of size.pixels at size.pixelRatio(); null
// when the size has a problem().
QImage renderFigure(Figure& figure, const FigureSize& size);

ExportResult savePng(Figure& figure, const QString& path, const FigureSize& size = {});
ExportResult saveSvg(Figure& figure, const QString& path, const FigureSize& size = {});
ExportResult savePdf(Figure& figure, const QString& path, const FigureSize& size = {});
ExportResult copyImageToClipboard(Figure& figure, const FigureSize& size = {});

}  // namespace overlap::ui
