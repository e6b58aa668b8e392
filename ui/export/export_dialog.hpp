// File ▸ Export…: the current comparison as a picture (PNG at a chosen size,
// SVG, PDF) or as text (ASCII timelines, CSV, a Chrome trace), through the
// same export functions as `overlap export`. Remembers its folder and sizes.
#pragma once

#include <qcustomplot.h>

#include <QDialog>

#include <memory>
#include <optional>

#include "model/run_record.hpp"
#include "ui/export/export_result.hpp"
#include "ui/export/figure_export.hpp"
#include "ui/timeline/timeline_model.hpp"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace overlap::ui {

class RunSetFigure;
class Settings;

enum class ExportFormat { Png, Svg, Pdf, Ascii, Csv, ChromeTrace };

class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // `baseName` starts the suggested file name ("10-delay-1" → "10-delay-1.png").
    ExportDialog(RunSet runs, LaneMode lanes, Settings& settings, QString baseName,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    static constexpr int kMaxWidth = 3840;
    static constexpr int kMaxHeight = 2160;
    static constexpr int kMinAsciiWidth = 40;
    static constexpr int kMaxAsciiWidth = 1000;

    void setFormat(ExportFormat format);
    ExportFormat format() const;
    void setFigureSize(const FigureSize& size);
    FigureSize figureSize() const;
    // The seconds the window shows when the user has zoomed or panned: the
    // pictures show only them while "Visible time range only" is checked.
    void setVisibleRange(std::optional<QCPRange> range);
    void setAsciiWidth(int columns);
    void setMarkdownFences(bool fenced);

    // Where Export… suggests saving: the last export folder, the base name and
    // the format's extension.
    QString suggestedPath() const;
    // Writes the comparison to `path` in the chosen format and, if that worked,
    // remembers the folder and sizes and emits exported().
    ExportResult exportTo(const QString& path);

signals:
    void exported(const QString& path);

private:
    void chooseFileAndExport();
    void updateControls();
    ExportResult write(const QString& path);
    RunSetFigure& figure();

    RunSet m_runs;
    LaneMode m_lanes;
    Settings& m_settings;
    QString m_baseName;
    std::unique_ptr<RunSetFigure> m_figure;  // made on the first picture export

    QComboBox* m_format;
    QLabel* m_description;
    QGroupBox* m_figureBox;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
    QLabel* m_sizeNote;
    QCheckBox* m_visibleOnly;
    QCheckBox* m_withClaim;
    QCheckBox* m_withTable;
    std::optional<QCPRange> m_visibleRange;
    QGroupBox* m_textBox;
    QSpinBox* m_columns;
    QCheckBox* m_fences;
    QPushButton* m_exportButton;
};

}  // namespace overlap::ui
