#include "ui/export/video/replay_video.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

namespace overlap::ui {

namespace {

// Frames rendered ahead of the encoder: enough to keep both threads busy.
constexpr std::size_t kFramesAhead = 3;
constexpr int kFullQueueRetryMs = 5;

QString tr(const char* text) {
    return QCoreApplication::translate("overlap::ui::ReplayVideo", text);
}

QString fromVideoError(const video::VideoError& error) { return QString::fromUtf8(error.what()); }

// The frame as the encoder wants it: RGBA bytes of exactly the video's size.
QImage encodable(QImage frame, QSize size) {
    if (frame.size() != size) {
        throw video::VideoError(tr("a replay frame came out %1\u00d7%2, not the video's %3\u00d7%4")
                                    .arg(frame.width())
                                    .arg(frame.height())
                                    .arg(size.width())
                                    .arg(size.height())
                                    .toStdString());
    }
    return frame.convertToFormat(QImage::Format_RGBA8888);
}

void addFrame(video::VideoEncoder& encoder, const QImage& rgba) {
    encoder.add_frame(rgba.constBits(), rgba.bytesPerLine());
}

void openEncoder(video::VideoEncoder& encoder, const ReplayVideo& video) {
    if (const std::string problem = video.timing.problem(); !problem.empty())
        throw video::VideoError(problem);
    encoder.open(QFile::encodeName(video.path).toStdString(), video.format, video.size.width(),
                 video.size.height(), video.timing.fps);
}

}  // namespace

ReplayFrameSource raceFrames(std::shared_ptr<const ReplayFrames> race, QSize pixels) {
    return
        [race = std::move(race), pixels](double clock_s) { return race->render(clock_s, pixels); };
}

ExportResult writeReplayVideo(const ReplayFrameSource& frames, const ReplayVideo& video,
                              const std::function<bool(int, int)>& progress) {
    try {
        video::VideoEncoder encoder;
        openEncoder(encoder, video);
        const int total = video.timing.frameCount();
        for (int i = 0; i < total; ++i) {
            addFrame(encoder, encodable(frames(video.timing.clockAt(i)), video.size));
            if (progress && !progress(i + 1, total)) return ExportResult::failure(tr("stopped"));
        }
        encoder.finish();
    } catch (const video::VideoError& error) {
        return ExportResult::failure(fromVideoError(error));
    }
    return ExportResult::success();
}

ReplayVideoExport::ReplayVideoExport(ReplayFrameSource frames, ReplayVideo video, QObject* parent)
    : QObject(parent),
      m_frames(std::move(frames)),
      m_video(std::move(video)),
      m_encoder(std::make_unique<video::VideoEncoder>()) {}

ReplayVideoExport::~ReplayVideoExport() {
    cancel();
    if (m_thread.joinable()) m_thread.join();
}

void ReplayVideoExport::start() {
    try {
        openEncoder(*m_encoder, m_video);
    } catch (const video::VideoError& error) {
        m_encoder.reset();
        // finished() after start() returns, as for every other ending.
        QTimer::singleShot(0, this, [this, message = fromVideoError(error)] { fail(message); });
        return;
    }
    m_total = m_video.timing.frameCount();
    m_thread = std::thread([this] { encode(); });
    QTimer::singleShot(0, this, &ReplayVideoExport::renderNext);
}

void ReplayVideoExport::cancel() {
    {
        const std::lock_guard lock(m_mutex);
        m_cancel = true;
    }
    m_changed.notify_all();
}

void ReplayVideoExport::renderNext() {
    if (m_ended || m_cancel) return;
    {
        const std::lock_guard lock(m_mutex);
        // The encoder thread has failed and will post the ending.
        if (!m_encoderError.empty()) return;
        if (m_queue.size() >= kFramesAhead) {
            QTimer::singleShot(kFullQueueRetryMs, this, &ReplayVideoExport::renderNext);
            return;
        }
    }
    QImage frame;
    try {
        frame = encodable(m_frames(m_video.timing.clockAt(m_rendered)), m_video.size);
    } catch (const video::VideoError& error) {
        cancel();
        m_error = fromVideoError(error);
        return;
    }
    ++m_rendered;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(frame));
    }
    m_changed.notify_all();
    if (m_rendered < m_total) QTimer::singleShot(0, this, &ReplayVideoExport::renderNext);
}

void ReplayVideoExport::encode() {
    std::string failure;
    try {
        for (;;) {
            QImage frame;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_cancel || !m_queue.empty(); });
                if (m_cancel) break;
                frame = std::move(m_queue.front());
                m_queue.pop_front();
            }
            addFrame(*m_encoder, frame);
            const int done = ++m_encoded;
            QMetaObject::invokeMethod(
                this, [this, done] { emit progress(done, m_total); }, Qt::QueuedConnection);
            if (done == m_total) {
                m_encoder->finish();
                break;
            }
        }
    } catch (const video::VideoError& error) {
        failure = error.what();
    }
    // Closed and, unless finished, removed before anyone is told.
    m_encoder.reset();
    {
        const std::lock_guard lock(m_mutex);
        m_encoderError = failure;
    }
    // The object may be gone by the time the event loop gets here; then the
    // destructor has joined and Qt drops the call.
    QMetaObject::invokeMethod(
        this, [this] { end(); }, Qt::QueuedConnection);
}

void ReplayVideoExport::fail(const QString& message) {
    m_error = message;
    m_ended = true;
    emit finished();
}

void ReplayVideoExport::end() {
    if (m_ended) return;
    m_ended = true;
    m_thread.join();
    if (m_error.isEmpty() && !m_encoderError.empty())
        m_error = QString::fromStdString(m_encoderError);
    if (m_error.isEmpty() && m_cancel) m_error = tr("stopped");
    emit finished();
}

}  // namespace overlap::ui
