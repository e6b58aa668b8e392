#include "ui/export/export_dialog.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "ui/export/run_set_figure.hpp"
#include "ui/export/text_export.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/window/settings.hpp"

namespace overlap::ui {

namespace {

constexpr ExportFormat kFormats[] = {ExportFormat::Png, ExportFormat::Svg,
                                     ExportFormat::Pdf, ExportFormat::Ascii,
                                     ExportFormat::Csv, ExportFormat::ChromeTrace};
// Below this the figure's title, legend and one timeline do not fit.
constexpr int kMinSide = 200;
constexpr double kMaxScale = 8;

bool isPicture(ExportFormat format) {
    return format == ExportFormat::Png || format == ExportFormat::Svg ||
           format == ExportFormat::Pdf;
}

QString formatName(ExportFormat format) {
    switch (format) {
        case ExportFormat::Png:
            return ExportDialog::tr("PNG image");
        case ExportFormat::Svg:
            return ExportDialog::tr("SVG drawing");
        case ExportFormat::Pdf:
            return ExportDialog::tr("PDF document");
        case ExportFormat::Ascii:
            return ExportDialog::tr("Text timelines (ASCII)");
        case ExportFormat::Csv:
            return ExportDialog::tr("CSV table");
        case ExportFormat::ChromeTrace:
            return ExportDialog::tr("Chrome trace");
    }
    return {};
}

QString formatDescription(ExportFormat format) {
    switch (format) {
        case ExportFormat::Png:
            return ExportDialog::tr(
                "The timelines with their title, legend and captions, drawn "
                "as the window draws them.");
        case ExportFormat::Svg:
            return ExportDialog::tr(
                "The same picture as a vector drawing: sharp at any zoom, "
                "editable in Inkscape.");
        case ExportFormat::Pdf:
            return ExportDialog::tr(
                "The same picture on one vector PDF page, for papers and "
                "slides.");
        case ExportFormat::Ascii:
            return ExportDialog::tr(
                "Every run's timeline as text, for terminals, issues and "
                "READMEs.");
        case ExportFormat::Csv:
            return ExportDialog::tr(
                "One row per task and per phase, for spreadsheets and "
                "notebooks.");
        case ExportFormat::ChromeTrace:
            return ExportDialog::tr(
                "Trace Event JSON: open it in ui.perfetto.dev or "
                "chrome://tracing.");
    }
    return {};
}

QString extension(ExportFormat format, bool fenced) {
    switch (format) {
        case ExportFormat::Png:
            return QStringLiteral("png");
        case ExportFormat::Svg:
            return QStringLiteral("svg");
        case ExportFormat::Pdf:
            return QStringLiteral("pdf");
        case ExportFormat::Ascii:
            return fenced ? QStringLiteral("md") : QStringLiteral("txt");
        case ExportFormat::Csv:
            return QStringLiteral("csv");
        case ExportFormat::ChromeTrace:
            return QStringLiteral("trace.json");
    }
    return {};
}

}  // namespace

ExportDialog::ExportDialog(RunSet runs, LaneMode lanes, Settings& settings, QString baseName,
                           QWidget* parent)
    : QDialog(parent),
      m_runs(std::move(runs)),
      m_lanes(lanes),
      m_settings(settings),
      m_baseName(std::move(baseName)),
      m_format(new QComboBox),
      m_description(new QLabel),
      m_figureBox(new QGroupBox(tr("Picture"))),
      m_width(new QSpinBox),
      m_height(new QSpinBox),
      m_scale(new QDoubleSpinBox),
      m_sizeNote(new QLabel),
      m_visibleOnly(new QCheckBox(tr("&Visible time range only"))),
      m_withClaim(new QCheckBox(tr("Include the &claim and verdicts"))),
      m_withTable(new QCheckBox(tr("Include the summary &table"))),
      m_textBox(new QGroupBox(tr("Text"))),
      m_columns(new QSpinBox),
      m_fences(new QCheckBox(tr("In Markdown code fences"))),
      m_exportButton(new QPushButton(tr("&Export\u2026"))) {
    setWindowTitle(tr("Export Comparison"));

    for (ExportFormat format : kFormats)
        m_format->addItem(formatName(format), static_cast<int>(format));
    m_format->setToolTip(tr("What to write: a picture of the timelines or their data as text"));
    m_description->setWordWrap(true);

    m_width->setRange(kMinSide, kMaxWidth);
    m_width->setSuffix(tr(" px"));
    m_width->setToolTip(tr("Image width in pixels, up to %1").arg(kMaxWidth));
    m_height->setRange(kMinSide, kMaxHeight);
    m_height->setSuffix(tr(" px"));
    m_height->setToolTip(tr("Image height in pixels, up to %1").arg(kMaxHeight));
    m_scale->setRange(0, kMaxScale);
    m_scale->setSingleStep(0.25);
    m_scale->setSpecialValueText(tr("Auto"));
    m_scale->setSuffix(QStringLiteral("\u00d7"));
    m_scale->setToolTip(
        tr("Pixels per layout pixel: text and bars grow with it. Auto lays the figure out "
           "%1 pixels wide.")
            .arg(FigureSize::kLayoutWidth));
    m_sizeNote->setWordWrap(true);
    auto* figureForm = new QFormLayout(m_figureBox);
    figureForm->addRow(tr("&Width:"), m_width);
    figureForm->addRow(tr("&Height:"), m_height);
    figureForm->addRow(tr("&Scale:"), m_scale);
    figureForm->addRow(m_sizeNote);
    m_visibleOnly->setObjectName(QStringLiteral("visibleOnly"));
    m_visibleOnly->setToolTip(tr("Draw the seconds the window shows now, not the whole runs"));
    m_visibleOnly->setVisible(false);
    m_withClaim->setObjectName(QStringLiteral("withClaim"));
    m_withClaim->setToolTip(tr("Above the timelines: the preset's title, claim and each check's verdict"));
    m_withClaim->setVisible(m_runs.preset.has_value());
    m_withTable->setObjectName(QStringLiteral("withTable"));
    m_withTable->setToolTip(tr("Below the timelines: makespan, ideal, speed-up, efficiency, "
                               "latencies and errors of each run"));
    figureForm->addRow(m_visibleOnly);
    figureForm->addRow(m_withClaim);
    figureForm->addRow(m_withTable);

    m_columns->setRange(kMinAsciiWidth, kMaxAsciiWidth);
    m_columns->setSuffix(tr(" columns"));
    m_columns->setToolTip(tr("Every line of the timelines fits this many characters"));
    m_fences->setToolTip(tr("Wrap the timelines in ``` so they paste into an issue or README"));
    auto* textForm = new QFormLayout(m_textBox);
    textForm->addRow(tr("W&idth:"), m_columns);
    textForm->addRow(m_fences);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_exportButton->setToolTip(tr("Choose a file and write the comparison to it"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);

    auto* formatForm = new QFormLayout;
    formatForm->addRow(tr("&Format:"), m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(formatForm);
    layout->addWidget(m_description);
    layout->addWidget(m_figureBox);
    layout->addWidget(m_textBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setFigureSize(m_settings.exportSize());
    setAsciiWidth(m_settings.asciiWidth());
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    for (QSpinBox* spin : {m_width, m_height})
        connect(spin, &QSpinBox::valueChanged, this, &ExportDialog::updateControls);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateControls);
    updateControls();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFormat(ExportFormat format) {
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

ExportFormat ExportDialog::format() const {
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportDialog::setFigureSize(const FigureSize& size) {
    m_width->setValue(size.pixels.width());
    m_height->setValue(size.pixels.height());
    m_scale->setValue(size.scale);
}

FigureSize ExportDialog::figureSize() const {
    return FigureSize{QSize(m_width->value(), m_height->value()), m_scale->value()};
}

void ExportDialog::setVisibleRange(std::optional<QCPRange> range) {
    m_visibleRange = range;
    m_visibleOnly->setVisible(range.has_value());
    m_visibleOnly->setChecked(range.has_value());
    if (range) {
        m_visibleOnly->setText(tr("&Visible time range only (%1 to %2)")
                                   .arg(formatSeconds(range->lower), formatSeconds(range->upper)));
    }
}

void ExportDialog::setAsciiWidth(int columns) { m_columns->setValue(columns); }

void ExportDialog::setMarkdownFences(bool fenced) { m_fences->setChecked(fenced); }

void ExportDialog::updateControls() {
    const ExportFormat chosen = format();
    m_description->setText(formatDescription(chosen));
    m_figureBox->setVisible(isPicture(chosen));
    m_textBox->setVisible(chosen == ExportFormat::Ascii);
    const FigureSize size = figureSize();
    const QString problem = size.problem();
    if (!problem.isEmpty()) {
        m_sizeNote->setText(
            QStringLiteral("<span style=\"color:#c00\">%1</span>").arg(problem.toHtmlEscaped()));
    } else if (chosen == ExportFormat::Png) {
        m_sizeNote->setText(tr("Laid out at %1\u00d7%2, drawn %3\u00d7 as sharp.")
                                .arg(size.logical().width())
                                .arg(size.logical().height())
                                .arg(size.pixelRatio(), 0, 'g', 3));
    } else {
        m_sizeNote->setText(tr("A %1\u00d7%2 page, vector: sharp at any size.")
                                .arg(size.logical().width())
                                .arg(size.logical().height()));
    }
    m_exportButton->setEnabled(!isPicture(chosen) || problem.isEmpty());
}

QString ExportDialog::suggestedPath() const {
    QString folder = m_settings.exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(folder).filePath(m_baseName + QLatin1Char('.') +
                                 extension(format(), m_fences->isChecked()));
}

void ExportDialog::chooseFileAndExport() {
    const ExportFormat chosen = format();
    const QString suffix = extension(chosen, m_fences->isChecked());
    QString path = QFileDialog::getSaveFileName(this, tr("Export as %1").arg(formatName(chosen)),
                                                suggestedPath(),
                                                tr("%1 (*.%2)").arg(formatName(chosen), suffix));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
    const ExportResult result = exportTo(path);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Export Failed"), result.error());
        return;
    }
    accept();
}

ExportResult ExportDialog::exportTo(const QString& path) {
    const ExportResult result = write(path);
    if (!result.ok()) return result;
    m_settings.setExportFolder(QFileInfo(path).absolutePath());
    if (isPicture(format())) m_settings.setExportSize(figureSize());
    if (format() == ExportFormat::Ascii) m_settings.setAsciiWidth(m_columns->value());
    emit exported(path);
    return result;
}

ExportResult ExportDialog::write(const QString& path) {
    switch (format()) {
        case ExportFormat::Png:
            return savePng(figure(), path, figureSize());
        case ExportFormat::Svg:
            return saveSvg(figure(), path, figureSize());
        case ExportFormat::Pdf:
            return savePdf(figure(), path, figureSize());
        case ExportFormat::Ascii:
            return m_fences->isChecked() ? saveAsciiMarkdown(m_runs, path, m_columns->value())
                                         : saveAscii(m_runs, path, m_columns->value());
        case ExportFormat::Csv:
            return saveCsv(m_runs, path);
        case ExportFormat::ChromeTrace:
            return saveChromeTrace(m_runs, path);
    }
    return ExportResult::failure(tr("Cannot save '%1': unknown format").arg(path));
}

RunSetFigure& ExportDialog::figure() {
    if (!m_figure) m_figure = std::make_unique<RunSetFigure>(m_runs, m_lanes);
    m_figure->setTimeRange(m_visibleOnly->isChecked() ? m_visibleRange : std::nullopt);
    m_figure->setClaimShown(m_withClaim->isChecked());
    m_figure->setTableShown(m_withTable->isChecked());
    return *m_figure;
}

}  // namespace overlap::ui
