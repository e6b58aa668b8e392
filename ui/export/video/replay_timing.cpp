#include "ui/export/video/replay_timing.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace overlap::video {

namespace {

// Rounding noise in clock_end_s / speed * fps must not add a frame.
constexpr double kFrameSlack = 1e-6;

int movingFrames(const ReplayTiming& timing) {
    const double race = timing.clock_end_s / timing.speed * timing.fps;
    return static_cast<int>(std::ceil(race - kFrameSlack)) + 1;
}

}  // namespace

double ReplayTiming::speedToFit(double clock_end_s, double duration_s) {
    return clock_end_s > 0 ? clock_end_s / duration_s : 1;
}

int ReplayTiming::frameCount() const {
    return movingFrames(*this) + static_cast<int>(std::lround(hold_s * fps));
}

double ReplayTiming::clockAt(int frame) const { return std::min(clock_end_s, frame * speed / fps); }

std::string ReplayTiming::problem() const {
    if (!(speed > 0) || !std::isfinite(speed)) return "the speed must be above 0";
    if (!(clock_end_s >= 0) || !std::isfinite(clock_end_s))
        return "the runs have no length to replay";
    const double seconds = clock_end_s / speed + hold_s;
    if (seconds > kMaxVideo_s) {
        // Whole seconds by hand: the message must not follow the locale.
        return "that makes a " + std::to_string(std::lround(seconds)) + " s video; " +
               std::to_string(std::lround(kMaxVideo_s)) + " s at most";
    }
    return {};
}

}  // namespace overlap::video
