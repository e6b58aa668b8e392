// `overlap export`'s replay videos (--mp4, --gif): the comparison replayed on
// one shared clock, drawn offscreen like the figures and encoded with FFmpeg,
// so only builds with the GUI compile this.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include "export_figures.hpp"
#include "model/run_record.hpp"

namespace overlap::app {

struct VideoFlags {
    VideoFlags();
    QCommandLineOption mp4, gif, fps, speed, duration;

    QList<QCommandLineOption> outputs() const { return {mp4, gif}; }
    QList<QCommandLineOption> all() const { return {mp4, gif, fps, speed, duration}; }
};

// Why the video flags cannot be used ("--fps must be 1 to 60 ..."), or empty.
// The videos take their size from the figures' --width and --height.
QString video_flags_problem(const QCommandLineParser& parser, const VideoFlags& flags,
                            const FigureFlags& size);

// Writes every video asked for; prints why one failed and returns false.
bool save_videos(const QCommandLineParser& parser, const VideoFlags& flags,
                 const FigureFlags& size, const RunSet& runs, bool worker_lanes);

}  // namespace overlap::app
