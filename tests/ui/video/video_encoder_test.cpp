// The encoder end to end: a short synthetic animation written as MP4 and GIF,
// then decoded back with FFmpeg to check what a player would see.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "support/decoded_video.hpp"
#include "ui/export/video/video_encoder.hpp"

using namespace overlap;
using video::VideoEncoder;
using video::VideoError;
using video::VideoFormat;

namespace {

constexpr int kWidth = 320;
constexpr int kHeight = 180;
constexpr int kFps = 30;
constexpr int kFrames = 30;
// A flat background that changes with the frame, and a white bar that moves
// right: frame i's background is kShades[i % 3].
constexpr std::uint32_t kShades[] = {0x0072b2, 0xe69f00, 0x009e73};

struct Frame {
    std::vector<std::uint8_t> rgba;
    std::ptrdiff_t stride;
};

Frame frame(int index) {
    // Padded rows: the encoder must follow the stride, not assume width × 4.
    const std::ptrdiff_t stride = kWidth * 4 + 64;
    Frame made{std::vector<std::uint8_t>(static_cast<std::size_t>(stride) * kHeight), stride};
    const std::uint32_t shade = kShades[index % 3];
    const int bar = index * (kWidth - 20) / kFrames;
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            const bool white = x >= bar && x < bar + 20 && y < kHeight / 3;
            std::uint8_t* pixel = made.rgba.data() + y * stride + x * 4;
            pixel[0] = white ? 255 : static_cast<std::uint8_t>(shade >> 16);
            pixel[1] = white ? 255 : static_cast<std::uint8_t>(shade >> 8);
            pixel[2] = white ? 255 : static_cast<std::uint8_t>(shade);
            pixel[3] = 255;
        }
    }
    return made;
}

std::filesystem::path temp_path(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("overlap-video-" + std::to_string(::getpid()) + "-" + name);
}

void write_animation(const std::filesystem::path& path, VideoFormat format) {
    VideoEncoder encoder;
    encoder.open(path.string(), format, kWidth, kHeight, kFps);
    for (int i = 0; i < kFrames; ++i) {
        const Frame made = frame(i);
        encoder.add_frame(made.rgba.data(), made.stride);
    }
    encoder.finish();
    EXPECT_EQ(encoder.frames_added(), kFrames);
}

// Each channel within `tolerance` of the expected colour.
::testing::AssertionResult near_colour(std::uint32_t got, std::uint32_t want, int tolerance) {
    for (int shift : {16, 8, 0}) {
        const int a = static_cast<int>((got >> shift) & 0xff);
        const int b = static_cast<int>((want >> shift) & 0xff);
        if (std::abs(a - b) > tolerance) {
            return ::testing::AssertionFailure()
                   << std::hex << "got #" << got << ", want #" << want << " (tolerance " << std::dec
                   << tolerance << ")";
        }
    }
    return ::testing::AssertionSuccess();
}

std::string error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const VideoError& error) {
        return error.what();
    }
    return "(no error)";
}

}  // namespace

TEST(VideoEncoder, Mp4DecodesToTheFramesItWasGiven) {
    const auto path = temp_path("a.mp4");
    write_animation(path, VideoFormat::Mp4);
    const int kept = 16;
    const test::DecodedVideo video = test::decode_video(path.string(), kept);
    EXPECT_EQ(video.codec, "h264");
    EXPECT_EQ(video.width, kWidth);
    EXPECT_EQ(video.height, kHeight);
    EXPECT_EQ(video.frames, kFrames);
    EXPECT_NEAR(video.duration_s, 1.0, 0.01);
    // Lossy and subsampled: near, away from the bar's edges.
    EXPECT_TRUE(near_colour(video.rgb(kWidth / 2, kHeight * 3 / 4), kShades[kept % 3], 6));
    EXPECT_TRUE(near_colour(video.rgb(kept * (kWidth - 20) / kFrames + 10, 10), 0xffffff, 6));
    std::filesystem::remove(path);
}

TEST(VideoEncoder, Mp4PutsItsIndexFirstForStreaming) {
    const auto path = temp_path("fast.mp4");
    write_animation(path, VideoFormat::Mp4);
    // Fast start: the 'moov' box comes before 'mdat', in the first bytes.
    std::FILE* file = std::fopen(path.c_str(), "rb");
    ASSERT_NE(file, nullptr);
    std::string head(4096, '\0');
    head.resize(std::fread(head.data(), 1, head.size(), file));
    std::fclose(file);
    const auto moov = head.find("moov");
    ASSERT_NE(moov, std::string::npos);
    const auto mdat = head.find("mdat");
    EXPECT_TRUE(mdat == std::string::npos || moov < mdat);
    std::filesystem::remove(path);
}

TEST(VideoEncoder, GifDecodesToTheFramesItWasGiven) {
    const auto path = temp_path("a.gif");
    write_animation(path, VideoFormat::Gif);
    const int kept = 17;
    const test::DecodedVideo video = test::decode_video(path.string(), kept);
    EXPECT_EQ(video.codec, "gif");
    EXPECT_EQ(video.width, kWidth);
    EXPECT_EQ(video.height, kHeight);
    EXPECT_EQ(video.frames, kFrames);
    // GIF delays are whole hundredths of a second: 1/30 s becomes 3 or 4.
    EXPECT_NEAR(video.duration_s, 1.0, 0.05);
    // A few flat colours fit a palette exactly.
    EXPECT_TRUE(near_colour(video.rgb(kWidth / 2, kHeight * 3 / 4), kShades[kept % 3], 1));
    EXPECT_TRUE(near_colour(video.rgb(kept * (kWidth - 20) / kFrames + 10, 10), 0xffffff, 1));
    std::filesystem::remove(path);
}

TEST(VideoEncoder, AnUnfinishedVideoLeavesNoFile) {
    const auto path = temp_path("unfinished.mp4");
    {
        VideoEncoder encoder;
        encoder.open(path.string(), VideoFormat::Mp4, kWidth, kHeight, kFps);
        const Frame made = frame(0);
        encoder.add_frame(made.rgba.data(), made.stride);
    }
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_FALSE(std::filesystem::exists(path.string() + ".part"));
}

TEST(VideoEncoder, BadRequestsSayWhatIsWrong) {
    VideoEncoder encoder;
    EXPECT_EQ(error_of([&] {
                  encoder.open("/no-such-folder/a.mp4", VideoFormat::Mp4, kWidth, kHeight, kFps);
              }),
              "cannot write '/no-such-folder/a.mp4': No such file or directory");
    EXPECT_EQ(error_of([&] {
                  encoder.open(temp_path("odd.mp4").string(), VideoFormat::Mp4, 321, 180, kFps);
              }),
              "an MP4's width and height must be even, not 321\u00d7180");
    EXPECT_EQ(error_of([&] {
                  encoder.open(temp_path("slow.gif").string(), VideoFormat::Gif, 320, 180, 0);
              }),
              "the frame rate must be 1 to 60 frames per second, not 0");
    EXPECT_EQ(error_of([&] { encoder.finish(); }), "no video is open to finish");
    EXPECT_FALSE(std::filesystem::exists(temp_path("odd.mp4")));
}

TEST(VideoEncoder, GifTakesOddSizes) {
    const auto path = temp_path("odd.gif");
    VideoEncoder encoder;
    encoder.open(path.string(), VideoFormat::Gif, 33, 17, 10);
    std::vector<std::uint8_t> grey(33 * 17 * 4, 128);
    encoder.add_frame(grey.data(), 33 * 4);
    encoder.finish();
    const test::DecodedVideo video = test::decode_video(path.string());
    EXPECT_EQ(video.width, 33);
    EXPECT_EQ(video.height, 17);
    EXPECT_EQ(video.frames, 1);
    std::filesystem::remove(path);
}

TEST(VideoEncoder, TheLastFrameKeepsItsLengthAtEveryFrameRate) {
    // The MP4 muxer cut the last frame when packets carried no duration: it
    // showed at 30 frames/s by luck and went missing at 10.
    for (const VideoFormat format : {VideoFormat::Mp4, VideoFormat::Gif}) {
        const auto path = temp_path(format == VideoFormat::Mp4 ? "ten.mp4" : "ten.gif");
        VideoEncoder encoder;
        encoder.open(path.string(), format, kWidth, kHeight, 10);
        for (int i = 0; i < 11; ++i) {
            const Frame made = frame(i);
            encoder.add_frame(made.rgba.data(), made.stride);
        }
        encoder.finish();
        const test::DecodedVideo video = test::decode_video(path.string());
        EXPECT_EQ(video.frames, 11) << path;
        EXPECT_NEAR(video.duration_s, 1.1, 0.01) << path;
        std::filesystem::remove(path);
    }
}
