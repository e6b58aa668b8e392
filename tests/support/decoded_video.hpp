// A video file read back with FFmpeg's decoders, for the tests that check
// what the encoder wrote: how many frames, how big, how long, and the colour
// of one frame's pixels as a player would show them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace overlap::test {

struct DecodedVideo {
    std::string codec;  // "h264", "gif"
    int width = 0;
    int height = 0;
    int frames = 0;
    double duration_s = 0;  // the last frame's end: its time stamp plus its duration
    // Frame `keep` as RGBA rows of width × 4 bytes, converted as a player
    // would (BT.709 for H.264 as the stream says); empty if there is no such frame.
    std::vector<std::uint8_t> kept_rgba;

    // The kept frame's pixel at (x, y), as 0xRRGGBB.
    std::uint32_t rgb(int x, int y) const;
};

// Throws std::runtime_error naming the file if it cannot be read as a video.
DecodedVideo decode_video(const std::string& path, int keep = 0);

}  // namespace overlap::test
