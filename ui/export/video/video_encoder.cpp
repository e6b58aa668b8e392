#include "ui/export/video/video_encoder.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <array>
#include <filesystem>
#include <system_error>

namespace overlap::video {

namespace {

constexpr int kMaxSide = 8192;
constexpr int kMaxFps = 60;
// x264's constant-quality setting: slides are flat colour and sharp text,
// which stay clean well below the default 23 at little cost in size.
constexpr const char* kCrf = "20";
// "animation" favours large flat areas and few references, as slides are;
// "fast" keeps a 1080p export a small multiple of its own length.
constexpr const char* kTune = "animation";
constexpr const char* kPreset = "fast";
constexpr int kKeyframeSeconds = 2;  // players can seek to any two-second mark
// One palette per frame, chosen from that frame alone: the whole graph
// streams, so a long GIF never holds its frames in memory the way a single
// palette over the whole clip would (palettegen waits for the last frame).
// No dithering: a slide's few flat colours are in the palette exactly, and
// dither noise would only blur edges and defeat GIF's compression.
constexpr const char* kGifFilters =
    "split[frames][stats];"
    "[stats]palettegen=stats_mode=single[palette];"
    "[frames][palette]paletteuse=new=1:dither=none";

std::string error_text(int code) {
    std::array<char, AV_ERROR_MAX_STRING_SIZE> text{};
    av_strerror(code, text.data(), text.size());
    return text.data();
}

void check(int code, const std::string& doing) {
    if (code < 0) throw VideoError(doing + ": " + error_text(code));
}

// FFmpeg's objects, each freed by its own function whatever path leaves.
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
struct FreeGraph {
    void operator()(AVFilterGraph* g) const { avfilter_graph_free(&g); }
};
struct FreeInOut {
    void operator()(AVFilterInOut* io) const { avfilter_inout_free(&io); }
};
struct CloseOutput {
    void operator()(AVFormatContext* f) const {
        if (f->pb) avio_closep(&f->pb);
        avformat_free_context(f);
    }
};

using CodecPtr = std::unique_ptr<AVCodecContext, FreeCodec>;
using FramePtr = std::unique_ptr<AVFrame, FreeFrame>;
using PacketPtr = std::unique_ptr<AVPacket, FreePacket>;
using ScalerPtr = std::unique_ptr<SwsContext, FreeScaler>;
using GraphPtr = std::unique_ptr<AVFilterGraph, FreeGraph>;
using InOutPtr = std::unique_ptr<AVFilterInOut, FreeInOut>;
using OutputPtr = std::unique_ptr<AVFormatContext, CloseOutput>;

FramePtr new_frame() {
    FramePtr frame(av_frame_alloc());
    if (!frame) throw VideoError("out of memory for a video frame");
    return frame;
}

// A frame of `format` with its own buffers.
FramePtr frame_of(AVPixelFormat format, int width, int height) {
    FramePtr frame = new_frame();
    frame->format = format;
    frame->width = width;
    frame->height = height;
    check(av_frame_get_buffer(frame.get(), 0), "cannot allocate a video frame");
    return frame;
}

}  // namespace

struct VideoEncoder::State {
    std::string path;
    std::string part_path;  // written here, renamed to path by finish()
    VideoFormat format = VideoFormat::Mp4;
    int width = 0;
    int height = 0;
    int frames = 0;
    bool complete = false;

    OutputPtr output;
    CodecPtr codec;
    AVStream* stream = nullptr;  // owned by output
    PacketPtr packet{av_packet_alloc()};
    // MP4: RGBA to yuv420p straight into the encoder's frame.
    ScalerPtr scaler;
    FramePtr yuv;
    // GIF: RGBA through the palette graph, pal8 out of it.
    GraphPtr graph;
    AVFilterContext* source = nullptr;  // owned by graph
    AVFilterContext* sink = nullptr;
    FramePtr filtered;

    ~State() {
        // Close before removing: the muxer may still hold the file open.
        codec.reset();
        output.reset();
        if (!complete && !part_path.empty()) {
            std::error_code ignored;
            std::filesystem::remove(part_path, ignored);
        }
    }

    void open_output(const char* muxer) {
        AVFormatContext* raw = nullptr;
        check(avformat_alloc_output_context2(&raw, nullptr, muxer, part_path.c_str()),
              "cannot start a " + std::string(muxer) + " file");
        output.reset(raw);
        const int opened = avio_open(&output->pb, part_path.c_str(), AVIO_FLAG_WRITE);
        if (opened < 0) throw VideoError("cannot write '" + path + "': " + error_text(opened));
    }

    void open_encoder(const AVCodec* encoder, AVPixelFormat pixels, AVRational time_base,
                      AVDictionary** options) {
        codec.reset(avcodec_alloc_context3(encoder));
        if (!codec) throw VideoError("out of memory for the video encoder");
        codec->width = width;
        codec->height = height;
        codec->pix_fmt = pixels;
        codec->time_base = time_base;
        codec->framerate = av_inv_q(time_base);
        if (output->oformat->flags & AVFMT_GLOBALHEADER)
            codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        if (pixels == AV_PIX_FMT_YUV420P) {
            // HD video is BT.709 in limited range; saying so makes players
            // convert back to the colours the frames had.
            codec->gop_size = kKeyframeSeconds * time_base.den / time_base.num;
            codec->colorspace = AVCOL_SPC_BT709;
            codec->color_primaries = AVCOL_PRI_BT709;
            codec->color_trc = AVCOL_TRC_BT709;
            codec->color_range = AVCOL_RANGE_MPEG;
        }
        check(avcodec_open2(codec.get(), encoder, options),
              std::string("cannot start the ") + encoder->name + " encoder");
        stream = avformat_new_stream(output.get(), nullptr);
        if (!stream) throw VideoError("out of memory for the video stream");
        stream->time_base = codec->time_base;
        check(avcodec_parameters_from_context(stream->codecpar, codec.get()),
              "cannot describe the video stream");
    }

    void open_mp4(int fps) {
        if (width % 2 != 0 || height % 2 != 0) {
            throw VideoError("an MP4's width and height must be even, not " +
                             std::to_string(width) + "\u00d7" + std::to_string(height));
        }
        const AVCodec* x264 = avcodec_find_encoder_by_name("libx264");
        if (!x264) {
            throw VideoError(
                "MP4 needs FFmpeg's libx264 encoder, and this FFmpeg has none (Debian's "
                "libavcodec59 has it; a build without GPL parts does not)");
        }
        open_output("mp4");
        AVDictionary* options = nullptr;
        av_dict_set(&options, "crf", kCrf, 0);
        av_dict_set(&options, "preset", kPreset, 0);
        av_dict_set(&options, "tune", kTune, 0);
        try {
            open_encoder(x264, AV_PIX_FMT_YUV420P, AVRational{1, fps}, &options);
        } catch (...) {
            av_dict_free(&options);
            throw;
        }
        av_dict_free(&options);
        scaler.reset(sws_getContext(width, height, AV_PIX_FMT_RGBA, width, height,
                                    AV_PIX_FMT_YUV420P, SWS_BICUBIC | SWS_ACCURATE_RND, nullptr,
                                    nullptr, nullptr));
        if (!scaler) throw VideoError("cannot convert RGBA frames to yuv420p");
        const int full_range = 1;
        const int limited_range = 0;
        sws_setColorspaceDetails(scaler.get(), sws_getCoefficients(SWS_CS_DEFAULT), full_range,
                                 sws_getCoefficients(SWS_CS_ITU709), limited_range, 0, 1 << 16,
                                 1 << 16);
        yuv = frame_of(AV_PIX_FMT_YUV420P, width, height);
        // Fast start: the index goes before the frames, so a browser or a
        // slide deck starts playing before the whole file has loaded.
        AVDictionary* muxer = nullptr;
        av_dict_set(&muxer, "movflags", "+faststart", 0);
        const int written = avformat_write_header(output.get(), &muxer);
        av_dict_free(&muxer);
        check(written, "cannot write '" + path + "'");
    }

    void open_gif(int fps) {
        open_output("gif");
        graph.reset(avfilter_graph_alloc());
        if (!graph) throw VideoError("out of memory for the GIF palette filters");
        const std::string source_args =
            "video_size=" + std::to_string(width) + "x" + std::to_string(height) +
            ":pix_fmt=rgba:pixel_aspect=1/1:time_base=1/" + std::to_string(fps);
        check(avfilter_graph_create_filter(&source, avfilter_get_by_name("buffer"), "frames",
                                           source_args.c_str(), nullptr, graph.get()),
              "cannot feed the GIF palette filters");
        check(avfilter_graph_create_filter(&sink, avfilter_get_by_name("buffersink"), "gif",
                                           nullptr, nullptr, graph.get()),
              "cannot read the GIF palette filters");
        const std::array<AVPixelFormat, 2> paletted{AV_PIX_FMT_PAL8, AV_PIX_FMT_NONE};
        check(av_opt_set_int_list(sink, "pix_fmts", paletted.data(), AV_PIX_FMT_NONE,
                                  AV_OPT_SEARCH_CHILDREN),
              "cannot ask the GIF filters for paletted frames");
        // Named ends of the text graph: its unlabelled input is fed by
        // `source`, its unlabelled output feeds `sink`.
        InOutPtr into(avfilter_inout_alloc());
        InOutPtr out_of(avfilter_inout_alloc());
        if (!into || !out_of) throw VideoError("out of memory for the GIF palette filters");
        into->name = av_strdup("in");
        into->filter_ctx = source;
        out_of->name = av_strdup("out");
        out_of->filter_ctx = sink;
        AVFilterInOut* inputs = out_of.release();
        AVFilterInOut* outputs = into.release();
        const int parsed =
            avfilter_graph_parse_ptr(graph.get(), kGifFilters, &inputs, &outputs, nullptr);
        avfilter_inout_free(&inputs);
        avfilter_inout_free(&outputs);
        check(parsed, "cannot build the GIF palette filters");
        check(avfilter_graph_config(graph.get(), nullptr), "cannot build the GIF palette filters");

        const AVCodec* gif = avcodec_find_encoder(AV_CODEC_ID_GIF);
        if (!gif) throw VideoError("this FFmpeg has no GIF encoder");
        open_encoder(gif, AV_PIX_FMT_PAL8, av_buffersink_get_time_base(sink), nullptr);
        filtered = new_frame();
        check(avformat_write_header(output.get(), nullptr), "cannot write '" + path + "'");
    }

    // Sends one frame (null: the end) and writes every packet it frees up.
    void encode(AVFrame* frame) {
        check(avcodec_send_frame(codec.get(), frame), "the video encoder refused a frame");
        for (;;) {
            const int received = avcodec_receive_packet(codec.get(), packet.get());
            if (received == AVERROR(EAGAIN) || received == AVERROR_EOF) return;
            check(received, "the video encoder failed");
            // Each frame lasts one tick of the frame rate. Unsaid, the MP4
            // muxer gives the last frame no length, and its edit list then
            // cuts that frame from playback.
            if (packet->duration == 0) packet->duration = 1;
            av_packet_rescale_ts(packet.get(), codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            check(av_interleaved_write_frame(output.get(), packet.get()),
                  "cannot write '" + path + "'");
        }
    }

    // Encodes every frame the palette filters have ready.
    void drain_filters() {
        for (;;) {
            const int got = av_buffersink_get_frame(sink, filtered.get());
            if (got == AVERROR(EAGAIN) || got == AVERROR_EOF) return;
            check(got, "the GIF palette filters failed");
            filtered->pict_type = AV_PICTURE_TYPE_NONE;
            encode(filtered.get());
            av_frame_unref(filtered.get());
        }
    }
};

VideoEncoder::VideoEncoder() = default;
VideoEncoder::~VideoEncoder() = default;

void VideoEncoder::open(const std::string& path, VideoFormat format, int width, int height,
                        int fps) {
    if (m_state) throw VideoError("the video encoder is already writing '" + m_state->path + "'");
    if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide) {
        throw VideoError("a video's width and height must be 1 to " + std::to_string(kMaxSide) +
                         ", not " + std::to_string(width) + "\u00d7" + std::to_string(height));
    }
    if (fps < 1 || fps > kMaxFps) {
        throw VideoError("the frame rate must be 1 to " + std::to_string(kMaxFps) +
                         " frames per second, not " + std::to_string(fps));
    }
    // x264's statistics and FFmpeg's notes would read as the caller's own
    // output on stderr; every failure comes back as a VideoError instead.
    av_log_set_level(AV_LOG_QUIET);
    auto state = std::make_unique<State>();
    state->path = path;
    state->format = format;
    state->width = width;
    state->height = height;
    if (!state->packet) throw VideoError("out of memory for a video packet");
    // Set before opening, so a failure part-way removes what was written.
    state->part_path = path + ".part";
    if (format == VideoFormat::Mp4) {
        state->open_mp4(fps);
    } else {
        state->open_gif(fps);
    }
    m_state = std::move(state);
}

void VideoEncoder::add_frame(const std::uint8_t* rgba, std::ptrdiff_t stride) {
    if (!m_state || m_state->complete) throw VideoError("no video is open to add a frame to");
    State& s = *m_state;
    const auto stride_int = static_cast<int>(stride);
    if (s.format == VideoFormat::Mp4) {
        check(av_frame_make_writable(s.yuv.get()), "cannot reuse the video frame");
        sws_scale(s.scaler.get(), &rgba, &stride_int, 0, s.height, s.yuv->data, s.yuv->linesize);
        s.yuv->pts = s.frames;
        s.encode(s.yuv.get());
    } else {
        // A fresh buffer each time: the graph keeps a frame until its palette is ready.
        FramePtr frame = frame_of(AV_PIX_FMT_RGBA, s.width, s.height);
        av_image_copy_plane(frame->data[0], frame->linesize[0], rgba, stride_int, s.width * 4,
                            s.height);
        frame->pts = s.frames;
        check(av_buffersrc_add_frame(s.source, frame.get()),
              "the GIF palette filters refused a frame");
        s.drain_filters();
    }
    ++s.frames;
}

void VideoEncoder::finish() {
    if (!m_state || m_state->complete) throw VideoError("no video is open to finish");
    State& s = *m_state;
    if (s.frames == 0) throw VideoError("a video needs at least one frame");
    if (s.format == VideoFormat::Gif) {
        check(av_buffersrc_add_frame(s.source, nullptr), "cannot end the GIF palette filters");
        s.drain_filters();
    }
    s.encode(nullptr);
    check(av_write_trailer(s.output.get()), "cannot finish '" + s.path + "'");
    const int closed = avio_closep(&s.output->pb);
    if (closed < 0) throw VideoError("cannot write '" + s.path + "': " + error_text(closed));
    std::error_code renamed;
    std::filesystem::rename(s.part_path, s.path, renamed);
    if (renamed) throw VideoError("cannot write '" + s.path + "': " + renamed.message());
    s.complete = true;
}

int VideoEncoder::frames_added() const { return m_state ? m_state->frames : 0; }

}  // namespace overlap::video
