// File ▸ Export Replay…: the comparison replayed on one shared clock as an MP4
// or a GIF at a slide size, a frame rate and a pace (a speed, or fit to a
// number of seconds). Exporting runs in the background behind a progress
// dialog with Cancel; the same timing and encoder as `overlap export --mp4`.
#pragma once

#include <QDialog>

#include "model/run_record.hpp"
#include "ui/export/video/replay_video.hpp"
#include "ui/timeline/timeline_model.hpp"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressDialog;
class QRadioButton;
class QSpinBox;

namespace overlap::ui {

class ReplayExportDialog : public QDialog {
    Q_OBJECT

public:
    // `baseName` starts the suggested file name ("10-delay-1" → "10-delay-1.mp4");
    // `folder` is where the file dialog opens.
    ReplayExportDialog(RunSet runs, LaneMode lanes, QString baseName, QString folder,
                       QWidget* parent = nullptr);
    ~ReplayExportDialog() override;

    void setFormat(video::VideoFormat format);
    void setSize(QSize size);  // one of the offered slide sizes
    void setFps(int fps);
    void setSpeed(double speed);         // and pace by speed
    void setFitSeconds(double seconds);  // and pace by fitting

    // What Export would write to `path` with the controls as they are.
    ReplayVideo video(const QString& path) const;
    // Starts writing `path` in the background; exported() or failed() follows.
    void exportTo(const QString& path);
    bool isExporting() const { return m_export != nullptr; }
    void cancelExport();

signals:
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void chooseFileAndExport();
    void updateSummary();
    void onProgress(int done, int total);
    void onFinished();

    std::shared_ptr<const ReplayFrames> m_race;
    QString m_baseName;
    QString m_folder;
    ReplayVideoExport* m_export = nullptr;
    QProgressDialog* m_progress = nullptr;

    QComboBox* m_format;
    QComboBox* m_size;
    QSpinBox* m_fps;
    QRadioButton* m_byFit;
    QRadioButton* m_bySpeed;
    QDoubleSpinBox* m_fitSeconds;
    QDoubleSpinBox* m_speed;
    QLabel* m_summary;
};

}  // namespace overlap::ui
