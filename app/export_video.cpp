// `overlap export --mp4/--gif`: the video flags read, and the replay's frames
// drawn and encoded with them (see export_video.hpp).
#include "export_video.hpp"

#include <cmath>
#include <cstdio>
#include <memory>

#include "ui/export/figure_export.hpp"
#include "ui/export/video/replay_video.hpp"

namespace overlap::app {

namespace {

constexpr int kDefaultWidth = 1280;  // a 16:9 slide
constexpr int kDefaultHeight = 720;
constexpr int kDefaultFps = 30;
constexpr int kMaxFps = 60;

// What the flags ask for, or why they cannot be had. Pacing waits for the
// runs: "fit to S seconds" needs the longest makespan.
struct Reading {
    QSize size{kDefaultWidth, kDefaultHeight};
    int fps = kDefaultFps;
    double speed = 0;  // 0: fit to the duration
    double duration_s = video::ReplayTiming::kDefaultDuration_s;
    QString problem;
};

Reading read_video(const QCommandLineParser& parser, const VideoFlags& flags,
                   const FigureFlags& figure) {
    Reading reading;
    const auto bad = [&](const QString& problem) {
        reading.problem = problem;
        return reading;
    };
    const auto side = [&](const QCommandLineOption& option, int* value) {
        if (!parser.isSet(option)) return true;
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok;
    };
    int width = kDefaultWidth;
    int height = kDefaultHeight;
    if (!side(figure.width, &width) || !side(figure.height, &height)) {
        return bad(QStringLiteral("--width and --height must be whole numbers (got '%1' and '%2')")
                       .arg(parser.value(figure.width), parser.value(figure.height)));
    }
    reading.size = QSize(width, height);
    if (parser.isSet(flags.mp4) && (width % 2 != 0 || height % 2 != 0)) {
        return bad(QStringLiteral("--mp4 needs an even --width and --height (got %1\u00d7%2)")
                       .arg(width)
                       .arg(height));
    }
    ui::FigureSize frame;
    frame.pixels = reading.size;
    if (const QString problem = frame.problem(); !problem.isEmpty())
        return bad(QStringLiteral("--width and --height: %1").arg(problem));

    if (parser.isSet(flags.fps)) {
        bool ok = false;
        reading.fps = parser.value(flags.fps).toInt(&ok);
        if (!ok || reading.fps < 1 || reading.fps > kMaxFps) {
            return bad(QStringLiteral("--fps must be a whole number from 1 to %1 (got '%2')")
                           .arg(kMaxFps)
                           .arg(parser.value(flags.fps)));
        }
    }
    if (parser.isSet(flags.speed) && parser.isSet(flags.duration))
        return bad(QStringLiteral("--speed and --duration both set the pace: give one"));
    const auto positive = [&](const QCommandLineOption& option, double* value) {
        bool ok = false;
        *value = parser.value(option).toDouble(&ok);
        return ok && std::isfinite(*value) && *value > 0;
    };
    if (parser.isSet(flags.speed) && !positive(flags.speed, &reading.speed)) {
        return bad(QStringLiteral("--speed must be a number above 0 (got '%1')")
                       .arg(parser.value(flags.speed)));
    }
    if (parser.isSet(flags.duration) && !positive(flags.duration, &reading.duration_s)) {
        return bad(QStringLiteral("--duration must be a number of seconds above 0 (got '%1')")
                       .arg(parser.value(flags.duration)));
    }
    return reading;
}

bool any_video(const QCommandLineParser& parser, const VideoFlags& flags) {
    return parser.isSet(flags.mp4) || parser.isSet(flags.gif);
}

}  // namespace

VideoFlags::VideoFlags()
    : mp4(QStringLiteral("mp4"),
          QStringLiteral("Replay the runs side by side on one clock as an MP4 (H.264) video."),
          QStringLiteral("FILE")),
      gif(QStringLiteral("gif"), QStringLiteral("The same replay as an animated GIF."),
          QStringLiteral("FILE")),
      fps(QStringLiteral("fps"),
          QStringLiteral("Frames per second of --mp4 and --gif (default %1).").arg(kDefaultFps),
          QStringLiteral("N")),
      speed(QStringLiteral("speed"),
            QStringLiteral("Replay speed: run seconds per video second (0.5 is slow motion). "
                           "Default: fit the longest run into --duration."),
            QStringLiteral("X")),
      duration(QStringLiteral("duration"),
               QStringLiteral("Seconds the replay takes, whatever the runs' length (default "
                              "%1; the last frame is then held for %2 s). Videos are %3\u00d7%4 "
                              "unless --width and --height say otherwise.")
                   .arg(video::ReplayTiming::kDefaultDuration_s)
                   .arg(video::ReplayTiming::kDefaultHold_s)
                   .arg(kDefaultWidth)
                   .arg(kDefaultHeight),
               QStringLiteral("S")) {}

QString video_flags_problem(const QCommandLineParser& parser, const VideoFlags& flags,
                            const FigureFlags& size) {
    const bool pacing =
        parser.isSet(flags.fps) || parser.isSet(flags.speed) || parser.isSet(flags.duration);
    if (!any_video(parser, flags)) {
        return pacing ? QStringLiteral("--fps, --speed and --duration are for --mp4 and --gif")
                      : QString();
    }
    return read_video(parser, flags, size).problem;
}

bool save_videos(const QCommandLineParser& parser, const VideoFlags& flags, const FigureFlags& size,
                 const RunSet& runs, bool worker_lanes) {
    if (!any_video(parser, flags)) return true;
    const Reading reading = read_video(parser, flags, size);
    video::ReplayTiming timing;
    auto race = std::make_shared<const ui::ReplayFrames>(
        runs, worker_lanes ? ui::LaneMode::PerWorker : ui::LaneMode::PerTask);
    timing.clock_end_s = race->duration();
    timing.fps = reading.fps;
    timing.speed = reading.speed > 0
                       ? reading.speed
                       : video::ReplayTiming::speedToFit(timing.clock_end_s, reading.duration_s);
    const ui::ReplayFrameSource frames = ui::raceFrames(std::move(race), reading.size);
    bool ok = true;
    for (const auto& [option, format] : {std::pair{&flags.mp4, video::VideoFormat::Mp4},
                                         std::pair{&flags.gif, video::VideoFormat::Gif}}) {
        if (!parser.isSet(*option)) continue;
        const ui::ReplayVideo video{parser.value(*option), format, reading.size, timing};
        const ui::ExportResult result = ui::writeReplayVideo(frames, video);
        if (result.ok()) continue;
        std::fprintf(stderr, "overlap export: --%s: %s\n", qPrintable(option->names().first()),
                     qPrintable(result.error()));
        ok = false;
    }
    return ok;
}

}  // namespace overlap::app
