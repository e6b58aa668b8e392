#include "ui/export/video/replay_export_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace overlap::ui {

namespace {

// The slide sizes the issue asks for: 720p for sharing, 1080p for projectors.
const QSize kSizes[] = {{1280, 720}, {1920, 1080}};
constexpr int kDefaultFps = 30;
constexpr int kMaxFps = 60;
// The replay controls' range: a tenth to ten times real time.
constexpr double kMinSpeed = 0.1;
constexpr double kMaxSpeed = 10;
constexpr double kMaxFitSeconds = 120;

QString extension(video::VideoFormat format) {
    return format == video::VideoFormat::Mp4 ? QStringLiteral(".mp4") : QStringLiteral(".gif");
}

}  // namespace

ReplayExportDialog::ReplayExportDialog(RunSet runs, LaneMode lanes, QString baseName,
                                       QString folder, QWidget* parent)
    : QDialog(parent),
      m_race(std::make_shared<const ReplayFrames>(std::move(runs), lanes)),
      m_baseName(std::move(baseName)),
      m_folder(std::move(folder)),
      m_format(new QComboBox(this)),
      m_size(new QComboBox(this)),
      m_fps(new QSpinBox(this)),
      m_byFit(new QRadioButton(tr("&Fit to"), this)),
      m_bySpeed(new QRadioButton(tr("&Speed"), this)),
      m_fitSeconds(new QDoubleSpinBox(this)),
      m_speed(new QDoubleSpinBox(this)),
      m_summary(new QLabel(this)) {
    setWindowTitle(tr("Export Replay"));
    m_format->addItem(tr("MP4 video (H.264)"), static_cast<int>(video::VideoFormat::Mp4));
    m_format->addItem(tr("Animated GIF"), static_cast<int>(video::VideoFormat::Gif));
    for (const QSize& size : kSizes) {
        m_size->addItem(tr("%1 \u00d7 %2").arg(size.width()).arg(size.height()), size);
    }
    m_fps->setRange(1, kMaxFps);
    m_fps->setValue(kDefaultFps);
    m_fps->setSuffix(tr(" frames/s"));
    m_fitSeconds->setRange(1, kMaxFitSeconds);
    m_fitSeconds->setValue(video::ReplayTiming::kDefaultDuration_s);
    m_fitSeconds->setSuffix(tr(" s"));
    m_fitSeconds->setDecimals(1);
    m_speed->setRange(kMinSpeed, kMaxSpeed);
    m_speed->setValue(1);
    m_speed->setSuffix(tr("\u00d7"));
    m_speed->setSingleStep(0.1);
    m_byFit->setChecked(true);

    auto* pace = new QGridLayout;
    pace->addWidget(m_byFit, 0, 0);
    pace->addWidget(m_fitSeconds, 0, 1);
    pace->addWidget(m_bySpeed, 1, 0);
    pace->addWidget(m_speed, 1, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Si&ze:"), m_size);
    form->addRow(tr("Frame &rate:"), m_fps);
    form->addRow(tr("Pace:"), pace);
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton =
        buttons->addButton(tr("&Export\u2026"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, &ReplayExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    for (QComboBox* box : {m_format, m_size})
        connect(box, &QComboBox::currentIndexChanged, this, &ReplayExportDialog::updateSummary);
    connect(m_fps, &QSpinBox::valueChanged, this, &ReplayExportDialog::updateSummary);
    for (QDoubleSpinBox* box : {m_fitSeconds, m_speed})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ReplayExportDialog::updateSummary);
    connect(m_byFit, &QRadioButton::toggled, this, &ReplayExportDialog::updateSummary);
    updateSummary();
}

ReplayExportDialog::~ReplayExportDialog() = default;

void ReplayExportDialog::setFormat(video::VideoFormat format) {
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ReplayExportDialog::setSize(QSize size) { m_size->setCurrentIndex(m_size->findData(size)); }

void ReplayExportDialog::setFps(int fps) { m_fps->setValue(fps); }

void ReplayExportDialog::setSpeed(double speed) {
    m_speed->setValue(speed);
    m_bySpeed->setChecked(true);
}

void ReplayExportDialog::setFitSeconds(double seconds) {
    m_fitSeconds->setValue(seconds);
    m_byFit->setChecked(true);
}

ReplayVideo ReplayExportDialog::video(const QString& path) const {
    ReplayVideo made;
    made.path = path;
    made.format = static_cast<video::VideoFormat>(m_format->currentData().toInt());
    made.size = m_size->currentData().toSize();
    made.timing.clock_end_s = m_race->duration();
    made.timing.fps = m_fps->value();
    made.timing.speed = m_byFit->isChecked() ? video::ReplayTiming::speedToFit(
                                                   made.timing.clock_end_s, m_fitSeconds->value())
                                             : m_speed->value();
    return made;
}

void ReplayExportDialog::updateSummary() {
    const video::ReplayTiming timing = video(QString()).timing;
    m_fitSeconds->setEnabled(m_byFit->isChecked());
    m_speed->setEnabled(m_bySpeed->isChecked());
    // Fixed decimals: the same sentence whatever the locale's digits.
    m_summary->setText(tr("%1 frames: the runs' %2 s replayed at %3\u00d7 take %4 s, then the "
                          "result stays for %5 s.")
                           .arg(timing.frameCount())
                           .arg(QString::number(timing.clock_end_s, 'f', 2),
                                QString::number(timing.speed, 'f', 2),
                                QString::number(timing.clock_end_s / timing.speed, 'f', 1),
                                QString::number(timing.hold_s, 'f', 0)));
}

void ReplayExportDialog::chooseFileAndExport() {
    const video::VideoFormat format = video(QString()).format;
    const QString filter =
        format == video::VideoFormat::Mp4 ? tr("MP4 video (*.mp4)") : tr("Animated GIF (*.gif)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Replay"), QDir(m_folder).filePath(m_baseName + extension(format)), filter);
    if (path.isEmpty()) return;
    if (!path.endsWith(extension(format), Qt::CaseInsensitive)) path += extension(format);
    exportTo(path);
}

void ReplayExportDialog::exportTo(const QString& path) {
    if (m_export) return;
    const ReplayVideo wanted = video(path);
    m_export = new ReplayVideoExport(raceFrames(m_race, wanted.size), wanted, this);
    m_progress = new QProgressDialog(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()),
                                     tr("Cancel"), 0, wanted.timing.frameCount(), this);
    m_progress->setWindowTitle(tr("Export Replay"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &ReplayVideoExport::cancel);
    connect(m_export, &ReplayVideoExport::progress, this, &ReplayExportDialog::onProgress);
    connect(m_export, &ReplayVideoExport::finished, this, &ReplayExportDialog::onFinished);
    m_export->start();
}

void ReplayExportDialog::cancelExport() {
    if (m_export) m_export->cancel();
}

void ReplayExportDialog::onProgress(int done, int total) {
    if (!m_progress) return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
}

void ReplayExportDialog::onFinished() {
    ReplayVideoExport* finished = std::exchange(m_export, nullptr);
    finished->deleteLater();
    m_progress->hide();
    std::exchange(m_progress, nullptr)->deleteLater();
    const QString path = finished->video().path;
    if (finished->isCancelled()) return;  // the person chose to stop: nothing to say
    if (!finished->error().isEmpty()) {
        emit failed(finished->error());
        auto* box = new QMessageBox(
            QMessageBox::Warning, windowTitle(),
            tr("Could not export the replay to %1.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, this);
        box->setInformativeText(finished->error());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    emit exported(path);
    accept();
}

}  // namespace overlap::ui
