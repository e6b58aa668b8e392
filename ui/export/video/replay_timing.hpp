// How a replay's clock maps onto video frames. Plain maths, no Qt: the
// command line, the dialog and the tests share it.
//
// A replay runs its shared clock from 0 to the longest run's makespan. Played
// at `speed` (clock seconds per video second) that takes makespan / speed;
// "fit to S seconds" is the speed that makes it S. One frame shows the start,
// then one every 1/fps of video until the clock reaches the end, and the last
// picture is held so a looping GIF rests on the result before it restarts.
#pragma once

#include <string>

namespace overlap::video {

struct ReplayTiming {
    static constexpr double kDefaultDuration_s = 10;
    static constexpr double kDefaultHold_s = 1;
    static constexpr double kMaxVideo_s = 600;  // ten minutes of frames at most

    double clock_end_s = 0;  // the longest run's makespan
    double speed = 1;        // clock seconds per video second
    int fps = 30;
    double hold_s = kDefaultHold_s;

    // The speed that plays clock_end_s in duration_s (one video second per
    // clock second for an empty comparison).
    static double speedToFit(double clock_end_s, double duration_s);

    int frameCount() const;           // the moving frames and the held ones
    double clockAt(int frame) const;  // clamped to clock_end_s
    double videoSeconds() const { return frameCount() / static_cast<double>(fps); }
    // Empty when these frames can be made, else why not ("--speed 0.001 makes
    // a 10000 s video; 600 s at most").
    std::string problem() const;
};

}  // namespace overlap::video
