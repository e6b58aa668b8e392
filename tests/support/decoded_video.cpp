#include "support/decoded_video.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace overlap::test {

namespace {

struct CloseInput {
    void operator()(AVFormatContext* f) const { avformat_close_input(&f); }
};
struct FreeCodec {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FreeFrame {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct FreePacket {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct FreeScaler {
    void operator()(SwsContext* s) const { sws_freeContext(s); }
};

void check(int code, const std::string& path, const char* doing) {
    if (code < 0 && code != AVERROR_EOF && code != AVERROR(EAGAIN))
        throw std::runtime_error("cannot " + std::string(doing) + " '" + path + "'");
}

std::vector<std::uint8_t> to_rgba(const AVFrame& frame) {
    std::unique_ptr<SwsContext, FreeScaler> scaler(sws_getContext(
        frame.width, frame.height, static_cast<AVPixelFormat>(frame.format), frame.width,
        frame.height, AV_PIX_FMT_RGBA, SWS_POINT | SWS_ACCURATE_RND, nullptr, nullptr, nullptr));
    if (frame.colorspace == AVCOL_SPC_BT709) {
        sws_setColorspaceDetails(scaler.get(), sws_getCoefficients(SWS_CS_ITU709),
                                 frame.color_range == AVCOL_RANGE_JPEG ? 1 : 0,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
    }
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(frame.width) * frame.height * 4);
    std::uint8_t* planes[1] = {rgba.data()};
    const int strides[1] = {frame.width * 4};
    sws_scale(scaler.get(), frame.data, frame.linesize, 0, frame.height, planes, strides);
    return rgba;
}

}  // namespace

std::uint32_t DecodedVideo::rgb(int x, int y) const {
    const std::size_t at = (static_cast<std::size_t>(y) * width + x) * 4;
    return (std::uint32_t{kept_rgba[at]} << 16) | (std::uint32_t{kept_rgba[at + 1]} << 8) |
           kept_rgba[at + 2];
}

DecodedVideo decode_video(const std::string& path, int keep) {
    AVFormatContext* raw = nullptr;
    check(avformat_open_input(&raw, path.c_str(), nullptr, nullptr), path, "open");
    if (!raw) throw std::runtime_error("cannot open '" + path + "'");
    std::unique_ptr<AVFormatContext, CloseInput> input(raw);
    check(avformat_find_stream_info(input.get(), nullptr), path, "read the streams of");
    const AVCodec* decoder = nullptr;
    const int index = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
    if (index < 0 || !decoder) throw std::runtime_error("no video stream in '" + path + "'");
    const AVStream* stream = input->streams[index];
    std::unique_ptr<AVCodecContext, FreeCodec> codec(avcodec_alloc_context3(decoder));
    check(avcodec_parameters_to_context(codec.get(), stream->codecpar), path, "describe");
    check(avcodec_open2(codec.get(), decoder, nullptr), path, "decode");

    DecodedVideo video;
    video.codec = decoder->name;
    video.width = codec->width;
    video.height = codec->height;
    std::unique_ptr<AVPacket, FreePacket> packet(av_packet_alloc());
    std::unique_ptr<AVFrame, FreeFrame> frame(av_frame_alloc());
    const double tick = av_q2d(stream->time_base);
    const auto take_frames = [&] {
        for (;;) {
            const int got = avcodec_receive_frame(codec.get(), frame.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return;
            check(got, path, "decode");
            if (video.frames == keep) video.kept_rgba = to_rgba(*frame);
            const double end = (frame->best_effort_timestamp + frame->pkt_duration) * tick;
            video.duration_s = std::max(video.duration_s, end);
            ++video.frames;
            av_frame_unref(frame.get());
        }
    };
    while (av_read_frame(input.get(), packet.get()) >= 0) {
        if (packet->stream_index == index) {
            check(avcodec_send_packet(codec.get(), packet.get()), path, "decode");
            take_frames();
        }
        av_packet_unref(packet.get());
    }
    check(avcodec_send_packet(codec.get(), nullptr), path, "decode");
    take_frames();
    return video;
}

}  // namespace overlap::test
