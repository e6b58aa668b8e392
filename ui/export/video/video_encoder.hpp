// Writes RGBA frames to an MP4 (H.264) or an animated GIF through FFmpeg's
// libraries. Plain C++ with no Qt, so it can be driven from anything that
// has pixels: the replay export feeds it QImage bits, the tests synthetic
// frames. Every failure throws VideoError with one line for a person
// ("cannot write '/ro/a.mp4': Permission denied").
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace overlap::video {

enum class VideoFormat {
    Mp4,  // H.264 in yuv420p, fast start: plays in browsers, slides and phones
    Gif,  // 256 colours per frame from FFmpeg's palettegen/paletteuse
};

class VideoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class VideoEncoder {
public:
    VideoEncoder();
    ~VideoEncoder();  // an unfinished file is closed and removed
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    // Starts a file of width×height at fps frames per second. MP4 needs even
    // sides (yuv420p halves the colour planes); fps is 1 to 60.
    void open(const std::string& path, VideoFormat format, int width, int height, int fps);
    // One frame: height rows of width RGBA pixels, `stride` bytes apart.
    void add_frame(const std::uint8_t* rgba, std::ptrdiff_t stride);
    // Flushes the encoder and closes the file; only then is it complete.
    void finish();

    int frames_added() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace overlap::video
