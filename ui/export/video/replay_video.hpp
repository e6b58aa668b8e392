// The replay as a video file: frames from a ReplayFrameSource at the clock
// times a ReplayTiming gives, through the VideoEncoder. writeReplayVideo()
// does it in one call (the command line); ReplayVideoExport does it while the
// window stays live, encoding on a worker thread (File ▸ Export Replay).
#pragma once

#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "ui/export/export_result.hpp"
#include "ui/export/video/replay_timing.hpp"
#include "ui/export/video/video_encoder.hpp"
#include "ui/replay/replay_frames.hpp"

namespace overlap::ui {

// The comparison `clock_s` seconds into the shared replay clock, as an image
// of the video's size. Called on the GUI thread, once per frame, with the
// clock never going back.
using ReplayFrameSource = std::function<QImage(double clock_s)>;

// The race replay's frames (ui/replay) at `pixels`: what every export of the
// replay shows. The source keeps `race` alive.
ReplayFrameSource raceFrames(std::shared_ptr<const ReplayFrames> race, QSize pixels);

struct ReplayVideo {
    QString path;
    video::VideoFormat format = video::VideoFormat::Mp4;
    QSize size{1280, 720};
    video::ReplayTiming timing;
};

// Renders and encodes every frame. `progress(done, total)` is called after
// each; returning false stops, and no file is left behind.
ExportResult writeReplayVideo(const ReplayFrameSource& frames, const ReplayVideo& video,
                              const std::function<bool(int, int)>& progress = {});

class ReplayVideoExport : public QObject {
    Q_OBJECT

public:
    ReplayVideoExport(ReplayFrameSource frames, ReplayVideo video, QObject* parent = nullptr);
    // Cancels and waits for the encoder thread.
    ~ReplayVideoExport() override;

    const ReplayVideo& video() const { return m_video; }
    // Renders a frame per turn of the event loop (the frame source draws
    // widgets, so it must be this thread) and hands it to the encoder thread.
    void start();
    void cancel();
    bool isCancelled() const { return m_cancel; }
    // After finished(): why no file was written, empty if it was.
    const QString& error() const { return m_error; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void renderNext();
    void encode();  // on the encoder thread
    void fail(const QString& message);
    void end();

    ReplayFrameSource m_frames;
    ReplayVideo m_video;
    std::unique_ptr<video::VideoEncoder> m_encoder;  // the encoder thread's once started
    int m_total = 0;
    int m_rendered = 0;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_encoded{0};
    QString m_error;
    bool m_ended = false;

    // Rendered frames waiting for the encoder; a few at most, so a slow
    // encoder holds rendering back rather than filling memory.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QImage> m_queue;
    std::string m_encoderError;  // set by the encoder thread
    std::thread m_thread;
};

}  // namespace overlap::ui
