#include "ui/window/settings.hpp"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#include "ui/replay/replay_player.hpp"

namespace overlap::ui {

namespace {

const QString kRecentFilesKey = QStringLiteral("files/recent");

QString absolute(const QString& path) {
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString modeKey(Mode mode, const char* field) {
    return QStringLiteral("modes/%1/%2").arg(QLatin1String(to_string(mode)), QLatin1String(field));
}

}  // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& ini_file)
    : m_settings(std::make_unique<QSettings>(ini_file, QSettings::IniFormat)) {}

Settings::~Settings() = default;

WorkloadForm Settings::workloadForm() const {
    const WorkloadForm defaults;
    WorkloadForm form;
    const QSettings& s = *m_settings;
    form.target = s.value(QStringLiteral("workload/target")).toString() == QStringLiteral("urls")
                      ? TargetKind::UrlList
                      : TargetKind::Server;
    form.shape.delay_s =
        s.value(QStringLiteral("workload/delay_s"), defaults.shape.delay_s).toDouble();
    form.shape.jitter_s =
        s.value(QStringLiteral("workload/jitter_s"), defaults.shape.jitter_s).toDouble();
    form.shape.bytes =
        s.value(QStringLiteral("workload/bytes"), qlonglong(defaults.shape.bytes)).toLongLong();
    form.shape.status = s.value(QStringLiteral("workload/status"), defaults.shape.status).toInt();
    for (const QString& url : s.value(QStringLiteral("workload/urls")).toStringList()) {
        form.urls.push_back(url.toStdString());
    }
    form.tasks = s.value(QStringLiteral("workload/tasks"), defaults.tasks).toInt();
    form.cpu_ms = s.value(QStringLiteral("workload/cpu_ms"), defaults.cpu_ms).toDouble();
    form.timeout_s = s.value(QStringLiteral("workload/timeout_s"), defaults.timeout_s).toDouble();
    for (Mode mode : kAllModes) {
        const ModeChoice& fallback = defaults.mode(mode);
        form.mode(mode).enabled = s.value(modeKey(mode, "enabled"), fallback.enabled).toBool();
        form.mode(mode).concurrency =
            s.value(modeKey(mode, "concurrency"), fallback.concurrency).toInt();
    }
    form.gil = s.value(QStringLiteral("behaviour/gil"), defaults.gil).toBool();
    form.interpreter_ms =
        s.value(QStringLiteral("behaviour/interpreter_ms"), defaults.interpreter_ms).toDouble();
    form.blocking_in_async =
        s.value(QStringLiteral("behaviour/blocking_in_async"), defaults.blocking_in_async).toBool();
    form.offload = s.value(QStringLiteral("behaviour/offload"), defaults.offload).toBool();
    return form;
}

void Settings::setWorkloadForm(const WorkloadForm& form) {
    QSettings& s = *m_settings;
    s.setValue(QStringLiteral("workload/target"), form.target == TargetKind::UrlList
                                                      ? QStringLiteral("urls")
                                                      : QStringLiteral("server"));
    s.setValue(QStringLiteral("workload/delay_s"), form.shape.delay_s);
    s.setValue(QStringLiteral("workload/jitter_s"), form.shape.jitter_s);
    s.setValue(QStringLiteral("workload/bytes"), qlonglong(form.shape.bytes));
    s.setValue(QStringLiteral("workload/status"), form.shape.status);
    QStringList urls;
    for (const auto& url : form.urls) urls << QString::fromStdString(url);
    s.setValue(QStringLiteral("workload/urls"), urls);
    s.setValue(QStringLiteral("workload/tasks"), form.tasks);
    s.setValue(QStringLiteral("workload/cpu_ms"), form.cpu_ms);
    s.setValue(QStringLiteral("workload/timeout_s"), form.timeout_s);
    for (Mode mode : kAllModes) {
        s.setValue(modeKey(mode, "enabled"), form.mode(mode).enabled);
        s.setValue(modeKey(mode, "concurrency"), form.mode(mode).concurrency);
    }
    s.setValue(QStringLiteral("behaviour/gil"), form.gil);
    s.setValue(QStringLiteral("behaviour/interpreter_ms"), form.interpreter_ms);
    s.setValue(QStringLiteral("behaviour/blocking_in_async"), form.blocking_in_async);
    s.setValue(QStringLiteral("behaviour/offload"), form.offload);
}

QString Settings::presetName() const {
    return m_settings->value(QStringLiteral("workload/preset")).toString();
}

void Settings::setPresetName(const QString& name) {
    m_settings->setValue(QStringLiteral("workload/preset"), name);
}

LaneMode Settings::laneMode() const {
    return m_settings->value(QStringLiteral("view/lane_mode")).toString() ==
                   QStringLiteral("worker")
               ? LaneMode::PerWorker
               : LaneMode::PerTask;
}

void Settings::setLaneMode(LaneMode mode) {
    m_settings->setValue(QStringLiteral("view/lane_mode"), mode == LaneMode::PerWorker
                                                               ? QStringLiteral("worker")
                                                               : QStringLiteral("task"));
}

ThemeId Settings::theme() const {
    return themeFromKey(m_settings->value(QStringLiteral("view/theme")).toString())
        .value_or(kDefaultTheme);
}

void Settings::setTheme(ThemeId id) {
    m_settings->setValue(QStringLiteral("view/theme"), themeKey(id));
}

double Settings::replayFitSeconds() const {
    bool ok = false;
    const double seconds =
        m_settings->value(QStringLiteral("view/replay_fit_seconds")).toDouble(&ok);
    return ok && seconds >= 1 && seconds <= ReplayPlayer::kMaxFitSeconds
               ? seconds
               : ReplayPlayer::kDefaultFitSeconds;
}

void Settings::setReplayFitSeconds(double seconds) {
    m_settings->setValue(QStringLiteral("view/replay_fit_seconds"), seconds);
}

double Settings::textZoom() const {
    return m_settings->value(QStringLiteral("view/text_zoom"), 1.0).toDouble();
}

void Settings::setTextZoom(double factor) {
    m_settings->setValue(QStringLiteral("view/text_zoom"), factor);
}

QByteArray Settings::windowGeometry() const {
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const {
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QStringList Settings::recentFiles() const {
    return m_settings->value(kRecentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    const QString file = absolute(path);
    files.removeAll(file);
    files.prepend(file);
    m_settings->setValue(kRecentFilesKey, files.mid(0, kMaxRecentFiles));
}

void Settings::removeRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(absolute(path));
    m_settings->setValue(kRecentFilesKey, files);
}

void Settings::clearRecentFiles() { m_settings->remove(kRecentFilesKey); }

QString Settings::exportFolder() const {
    return m_settings->value(QStringLiteral("export/folder")).toString();
}

void Settings::setExportFolder(const QString& folder) {
    m_settings->setValue(QStringLiteral("export/folder"), folder);
}

FigureSize Settings::exportSize() const {
    const FigureSize defaults;
    FigureSize size;
    size.pixels.setWidth(
        m_settings->value(QStringLiteral("export/width"), defaults.pixels.width()).toInt());
    size.pixels.setHeight(
        m_settings->value(QStringLiteral("export/height"), defaults.pixels.height()).toInt());
    size.scale = m_settings->value(QStringLiteral("export/scale"), defaults.scale).toDouble();
    // A hand-edited file must not leave the dialog with a size it cannot draw.
    return size.problem().isEmpty() ? size : defaults;
}

void Settings::setExportSize(const FigureSize& size) {
    m_settings->setValue(QStringLiteral("export/width"), size.pixels.width());
    m_settings->setValue(QStringLiteral("export/height"), size.pixels.height());
    m_settings->setValue(QStringLiteral("export/scale"), size.scale);
}

int Settings::asciiWidth() const {
    return m_settings->value(QStringLiteral("export/ascii_width"), kDefaultAsciiWidth).toInt();
}

void Settings::setAsciiWidth(int columns) {
    m_settings->setValue(QStringLiteral("export/ascii_width"), columns);
}

void Settings::sync() { m_settings->sync(); }

}  // namespace overlap::ui
