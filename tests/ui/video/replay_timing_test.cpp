// The replay clock's frames: how many, at which clock times, and which
// requests cannot be made into a video.
#include <gtest/gtest.h>

#include "ui/export/video/replay_timing.hpp"

using overlap::video::ReplayTiming;

namespace {

ReplayTiming timing(double end_s, double speed, int fps, double hold_s = 0) {
    ReplayTiming made;
    made.clock_end_s = end_s;
    made.speed = speed;
    made.fps = fps;
    made.hold_s = hold_s;
    return made;
}

}  // namespace

TEST(ReplayTiming, FramesCoverTheClockThenHoldTheEnd) {
    struct Row {
        double end_s, speed;
        int fps;
        double hold_s;
        int frames;
    };
    for (const Row& row : {
             Row{1.0, 1.0, 30, 0, 31},    // start, then one per 1/30 s to the end
             Row{1.0, 1.0, 30, 1.0, 61},  // and a second of the result
             Row{10.0, 2.0, 10, 0, 51},   // twice as fast: 5 s of video
             Row{0.5, 0.1, 10, 0, 51},    // slow motion: 5 s
             Row{1.05, 1.0, 10, 0, 12},   // a part frame still reaches the end
             Row{0.0, 1.0, 30, 0, 1},     // nothing to replay: one picture
         }) {
        SCOPED_TRACE(testing::Message() << row.end_s << " s at " << row.speed << "x, " << row.fps
                                        << " fps, hold " << row.hold_s);
        EXPECT_EQ(timing(row.end_s, row.speed, row.fps, row.hold_s).frameCount(), row.frames);
    }
}

TEST(ReplayTiming, ClockAdvancesBySpeedPerFrameAndStopsAtTheEnd) {
    const ReplayTiming t = timing(1.05, 0.5, 10, 1.0);
    EXPECT_DOUBLE_EQ(t.clockAt(0), 0.0);
    EXPECT_DOUBLE_EQ(t.clockAt(1), 0.05);
    EXPECT_DOUBLE_EQ(t.clockAt(20), 1.0);
    EXPECT_DOUBLE_EQ(t.clockAt(21), 1.05);
    EXPECT_DOUBLE_EQ(t.clockAt(t.frameCount() - 1), 1.05);
}

TEST(ReplayTiming, FitToADurationPicksTheSpeed) {
    // A 10 s sequential run beside 1 s runs, watchable in 8 s.
    EXPECT_DOUBLE_EQ(ReplayTiming::speedToFit(10.0, 8.0), 1.25);
    EXPECT_DOUBLE_EQ(timing(10.0, ReplayTiming::speedToFit(10.0, 8.0), 30).videoSeconds(),
                     241.0 / 30);
    EXPECT_DOUBLE_EQ(ReplayTiming::speedToFit(0.0, 8.0), 1.0);
}

TEST(ReplayTiming, TooLongOrNoSpeedIsAProblem) {
    EXPECT_EQ(timing(1.0, 1.0, 30).problem(), "");
    EXPECT_EQ(timing(1.0, 0.0, 30).problem(), "the speed must be above 0");
    EXPECT_EQ(timing(10.0, 0.01, 30, 1.0).problem(), "that makes a 1001 s video; 600 s at most");
}
