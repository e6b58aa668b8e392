// The race replay's clock and what it says about each run at a time t: what
// has happened, where stepping lands, speed and fit-to-duration, places.
#include <gtest/gtest.h>

#include <vector>

#include "analysis/replay_clock.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

using test::sample_run_set;

// A run of one task over [0, end], finished ok.
RunRecord oneTask(double end) {
    RunRecord run;
    run.tasks.push_back(
        test::sample_task(0, 0, 0.0, end, Outcome::Ok, {{PhaseKind::Wait, {0, end}}}));
    run.summary.makespan_s = end;
    return run;
}

struct HappenedCase {
    const char* name;
    Span span;
    double t;
    std::optional<Span> drawn;
};

class HappenedBy : public testing::TestWithParam<HappenedCase> {};

TEST_P(HappenedBy, DrawsASpanUpToTheClock) {
    const HappenedCase& c = GetParam();
    const std::optional<Span> drawn = happened_by(c.span, c.t);
    ASSERT_EQ(drawn.has_value(), c.drawn.has_value());
    if (drawn) {
        EXPECT_EQ(drawn->start_s, c.drawn->start_s);
        EXPECT_EQ(drawn->end_s, c.drawn->end_s);
    }
}

INSTANTIATE_TEST_SUITE_P(Table, HappenedBy,
                         testing::Values(HappenedCase{"NotStarted", {2, 4}, 1, std::nullopt},
                                         HappenedCase{"StartsNow", {2, 4}, 2, Span{2, 2}},
                                         HappenedCase{"Growing", {2, 4}, 3, Span{2, 3}},
                                         HappenedCase{"EndsNow", {2, 4}, 4, Span{2, 4}},
                                         HappenedCase{"Over", {2, 4}, 9, Span{2, 4}}),
                         [](const auto& row) { return std::string(row.param.name); });

TEST(ReplayRace, CountsTasksDoneAndInFlightAtATime) {
    // Threads c=2: task 1 runs 0.5-6, task 0 1-5, task 2 5-7 (fails).
    const ReplayRace race(sample_run_set().runs);
    ASSERT_EQ(race.runCount(), 2u);
    struct Expect {
        double t;
        int done;
        int in_flight;
    };
    for (const Expect e : {Expect{0, 0, 0}, Expect{0.5, 0, 1}, Expect{1, 0, 2}, Expect{5, 1, 2},
                           Expect{5.5, 1, 2}, Expect{6, 2, 1}, Expect{7, 3, 0}, Expect{9, 3, 0}}) {
        const RunProgress p = race.progress(1, e.t);
        EXPECT_EQ(p.done, e.done) << "t = " << e.t;
        EXPECT_EQ(p.in_flight, e.in_flight) << "t = " << e.t;
        EXPECT_EQ(p.total, 3);
    }
}

TEST(ReplayRace, ElapsedStopsAndTheRunIsFlaggedAtItsMakespan) {
    const ReplayRace race(sample_run_set().runs);
    EXPECT_EQ(race.duration(), 7.5);  // the sequential run, the longest
    const RunProgress running = race.progress(1, 6.5);
    EXPECT_FALSE(running.finished);
    EXPECT_EQ(running.elapsed_s, 6.5);
    const RunProgress over = race.progress(1, 7.25);
    EXPECT_TRUE(over.finished);
    EXPECT_EQ(over.elapsed_s, 7);
    EXPECT_EQ(over.makespan_s, 7);
    EXPECT_FALSE(race.progress(0, 7.25).finished);
    EXPECT_TRUE(race.progress(0, 7.5).finished);
}

TEST(ReplayRace, PlacesFollowMakespanAndTiesShareOne) {
    std::vector<RunRecord> runs{oneTask(3), oneTask(1), oneTask(2), oneTask(1 + kPlaceTie_s / 2),
                                oneTask(0.5)};
    runs[4].cancelled = true;  // stopped early: no place, however fast
    const ReplayRace race(runs);
    const int expected[] = {4, 1, 3, 1, 0};
    for (std::size_t i = 0; i < runs.size(); ++i)
        EXPECT_EQ(race.progress(i, 10).place, expected[i]) << "run " << i;
}

TEST(ReplayRace, ACancelledTaskLeavesFlightWhenItsRunStopped) {
    RunRecord run = oneTask(2);
    run.tasks.push_back(test::sample_task(1, 0, 0.5, std::nullopt, Outcome::Cancelled));
    run.tasks.push_back(test::sample_task(2, -1, std::nullopt, 1.0, Outcome::Cancelled));
    run.cancelled = true;
    const ReplayRace race({run});
    EXPECT_EQ(race.progress(0, 1).in_flight, 2);  // task 2 ended queued: never in flight
    EXPECT_EQ(race.progress(0, 1).done, 1);
    EXPECT_EQ(race.progress(0, 2).in_flight, 0);
}

TEST(ReplayRace, EventsAreEveryStartAndEndOnceInOrder) {
    const ReplayRace race(sample_run_set().runs);
    // Sequential: 0, 0.5, 2, 2.5, 3, 4.5, 5, 5.5, 7, 7.5; threads: 0.5, 1, 2,
    // 3, 4, 5, 5.5, 6, 7.
    const std::vector<double> expected{0, 0.5, 1, 2, 2.5, 3, 4, 4.5, 5, 5.5, 6, 7, 7.5};
    EXPECT_EQ(race.events(), expected);
}

TEST(ReplayClock, StepsLandExactlyOnEventTimes) {
    ReplayClock clock(sample_run_set().runs);
    const std::vector<double>& events = clock.race().events();
    for (std::size_t i = 1; i < events.size(); ++i) {
        clock.stepForward();
        EXPECT_EQ(clock.time(), events[i]);
    }
    clock.stepForward();  // nothing after the end
    EXPECT_EQ(clock.time(), 7.5);
    for (std::size_t i = events.size() - 1; i-- > 0;) {
        clock.stepBack();
        EXPECT_EQ(clock.time(), events[i]);
    }
    clock.stepBack();
    EXPECT_EQ(clock.time(), 0);
    // Between events, a step goes to the neighbour on that side.
    clock.seek(2.2);
    clock.stepForward();
    EXPECT_EQ(clock.time(), 2.5);
    clock.seek(2.2);
    clock.stepBack();
    EXPECT_EQ(clock.time(), 2);
}

TEST(ReplayClock, AStepPauses) {
    ReplayClock clock(sample_run_set().runs);
    clock.play();
    clock.stepForward();
    EXPECT_FALSE(clock.playing());
}

TEST(ReplayClock, PlaysAtItsSpeedAndStopsAtTheEnd) {
    ReplayClock clock(sample_run_set().runs);
    clock.advance(1);  // paused: no move
    EXPECT_EQ(clock.time(), 0);
    clock.play();
    clock.setSpeed(2);
    clock.advance(0.5);
    EXPECT_DOUBLE_EQ(clock.time(), 1);
    clock.setSpeed(0.25);
    clock.advance(2);
    EXPECT_DOUBLE_EQ(clock.time(), 1.5);
    clock.advance(1000);
    EXPECT_EQ(clock.time(), 7.5);
    EXPECT_FALSE(clock.playing());
    EXPECT_TRUE(clock.atEnd());
    clock.play();  // from the end: again from the start
    EXPECT_EQ(clock.time(), 0);
    EXPECT_TRUE(clock.playing());
}

TEST(ReplayClock, SpeedStaysWithinTheChoosableRange) {
    ReplayClock clock(sample_run_set().runs);
    clock.setSpeed(0.01);
    EXPECT_EQ(clock.speed(), kMinReplaySpeed);
    clock.setSpeed(50);
    EXPECT_EQ(clock.speed(), kMaxReplaySpeed);
}

TEST(ReplayClock, FitsTheLongestRunIntoAWallDuration) {
    // A 10 s sequential run beside 1 s runs, watched in 8 s: 1.25x.
    ReplayClock clock({oneTask(10), oneTask(1), oneTask(1), oneTask(1)});
    EXPECT_DOUBLE_EQ(clock.fitTo(8), 1.25);
    clock.play();
    for (int frame = 0; frame < 8 * 60; ++frame) clock.advance(1.0 / 60);
    EXPECT_NEAR(clock.time(), 10, 1e-9);
    // A 20 ms run over 8 s is slower than any speed offered: fitting may.
    ReplayClock fast({oneTask(0.02)});
    EXPECT_DOUBLE_EQ(fast.fitTo(8), 0.0025);
    // Nothing to fit: the speed stays.
    ReplayClock empty(std::vector<RunRecord>{});
    EXPECT_EQ(empty.fitTo(8), 1);
}

TEST(ReplayClock, SeekIsClampedToTheRace) {
    ReplayClock clock(sample_run_set().runs);
    clock.seek(-3);
    EXPECT_EQ(clock.time(), 0);
    clock.seek(99);
    EXPECT_EQ(clock.time(), 7.5);
    clock.toStart();
    EXPECT_EQ(clock.time(), 0);
    clock.toEnd();
    EXPECT_EQ(clock.time(), 7.5);
}

}  // namespace
}  // namespace overlap
