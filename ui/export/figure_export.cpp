#include "ui/export/figure_export.hpp"

#include <qcustomplot.h>

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <string_view>

#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "ui/export/figure.hpp"

namespace overlap::ui {

namespace {

constexpr double kMinScale = 0.25;
constexpr double kMaxScale = 8;
// Below this many logical pixels the title, legend and one timeline do not fit.
constexpr int kMinLogicalSide = 200;

QString tr(const char* text) {
    return QCoreApplication::translate("overlap::ui::FigureExport", text);
}

ExportResult write(const QString& path, const QByteArray& bytes) {
    try {
        write_file_atomically(QFile::encodeName(path).toStdString(),
                              std::string_view(bytes.constData(), bytes.size()));
    } catch (const FormatError& error) {
        return ExportResult::failure(QString::fromLocal8Bit(error.what()));
    }
    return ExportResult::success();
}

// Vector devices: text at the size it was measured at, and pens as QCustomPlot
// draws them for its own PDF export.
void paintVector(Figure& figure, QPaintDevice& device, QSize logical) {
    QCPPainter painter(&device);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    figure.paint(painter, logical);
}

}  // namespace

double FigureSize::pixelRatio() const {
    if (scale > 0) return scale;
    return std::max(1.0, static_cast<double>(pixels.width()) / kLayoutWidth);
}

QSize FigureSize::logical() const {
    const double ratio = pixelRatio();
    return QSize(qRound(pixels.width() / ratio), qRound(pixels.height() / ratio));
}

QString FigureSize::problem() const {
    const auto side = [](int value) { return value >= 1 && value <= kMaxSide; };
    if (!side(pixels.width()) || !side(pixels.height())) {
        return tr("the width and height must be 1 to %1 pixels, not %2\u00d7%3")
            .arg(kMaxSide)
            .arg(pixels.width())
            .arg(pixels.height());
    }
    if (scale != 0 && (scale < kMinScale || scale > kMaxScale)) {
        return tr("the scale must be %1 to %2, not %3").arg(kMinScale).arg(kMaxScale).arg(scale);
    }
    if (std::min(logical().width(), logical().height()) < kMinLogicalSide) {
        return tr("%1\u00d7%2 at scale %3 leaves %4\u00d7%5 to lay out; at least %6 a side is "
                  "needed")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(pixelRatio())
            .arg(logical().width())
            .arg(logical().height())
            .arg(kMinLogicalSide);
    }
    return {};
}

QImage renderFigure(Figure& figure, const FigureSize& size) {
    if (!size.problem().isEmpty()) return {};
    QImage image(size.pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDevicePixelRatio(size.pixelRatio());
    QCPPainter painter(&image);
    // Pens scale with the pixel ratio, as in QCustomPlot's own scaled exports.
    painter.setMode(QCPPainter::pmNonCosmetic);
    figure.paint(painter, size.logical());
    painter.end();
    return image;
}

ExportResult savePng(Figure& figure, const QString& path, const FigureSize& size) {
    if (const QString problem = size.problem(); !problem.isEmpty()) {
        return ExportResult::failure(tr("Cannot save '%1': %2").arg(path, problem));
    }
    QImage image = renderFigure(figure, size);
    // Viewers size the image by its DPI; say it is the screen's times the ratio.
    const double dotsPerMeter = figure.logicalDpi() / 0.0254 * size.pixelRatio();
    image.setDotsPerMeterX(qRound(dotsPerMeter));
    image.setDotsPerMeterY(qRound(dotsPerMeter));
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG")) {
        return ExportResult::failure(
            tr("Cannot save '%1': the PNG could not be encoded").arg(path));
    }
    return write(path, png.data());
}

ExportResult saveSvg(Figure& figure, const QString& path, const FigureSize& size) {
    if (const QString problem = size.problem(); !problem.isEmpty()) {
        return ExportResult::failure(tr("Cannot save '%1': %2").arg(path, problem));
    }
    const QSize logical = size.logical();
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(logical);
    generator.setViewBox(QRect(QPoint(), logical));
    generator.setResolution(figure.logicalDpi());
    generator.setTitle(figure.title());
    generator.setDescription(figure.description());
    paintVector(figure, generator, logical);
    return write(path, svg.data());
}

ExportResult savePdf(Figure& figure, const QString& path, const FigureSize& size) {
    if (const QString problem = size.problem(); !problem.isEmpty()) {
        return ExportResult::failure(tr("Cannot save '%1': %2").arg(path, problem));
    }
    const QSize logical = size.logical();
    const int dpi = figure.logicalDpi();
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(dpi);
        // One page the size of the figure, no margins: it is a picture, not a document.
        const QSizeF points(logical.width() * 72.0 / dpi, logical.height() * 72.0 / dpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF());
        writer.setTitle(figure.title());
        writer.setCreator(QStringLiteral("Overlap"));
        paintVector(figure, writer, logical);
    }
    return write(path, pdf.data());
}

ExportResult copyImageToClipboard(Figure& figure, const FigureSize& size) {
    if (const QString problem = size.problem(); !problem.isEmpty()) {
        return ExportResult::failure(tr("Cannot copy the figure: %1").arg(problem));
    }
    QGuiApplication::clipboard()->setImage(renderFigure(figure, size));
    return ExportResult::success();
}

}  // namespace overlap::ui
