// How an event loop's turns become worker intervals: long waits are polling,
// the time between them running, a task's hold blocked, and turns too short
// to see fold into their neighbours.
#include <gtest/gtest.h>

#include <vector>

#include "engine/loop_states.hpp"

namespace overlap {
namespace {

class Collect final : public EventSink {
public:
    void record(const Event& event) override { events.push_back(event); }
    void note_error(std::uint32_t, std::string) override {}
    std::vector<Event> events;
};

constexpr std::int64_t kMs = 1'000'000;

struct Interval {
    WorkerState state;
    std::int64_t begin;
    std::int64_t end;
    bool operator==(const Interval&) const = default;
};

std::vector<Interval> intervals(const Collect& sink) {
    std::vector<Interval> found;
    for (const Event& e : sink.events)
        found.push_back({static_cast<WorkerState>(e.detail), e.begin_ns, e.end_ns});
    return found;
}

TEST(LoopStates, LongWaitsPollAndTheTimeBetweenRuns) {
    Collect sink;
    WorkerEvents events(sink, 0);
    LoopStates states(events, 0);
    states.polled(2 * kMs, 10 * kMs);
    states.blocked(7, 12 * kMs, 15 * kMs);
    states.finish(20 * kMs);
    EXPECT_EQ(intervals(sink), (std::vector<Interval>{{WorkerState::Running, 0, 2 * kMs},
                                                      {WorkerState::Polling, 2 * kMs, 10 * kMs},
                                                      {WorkerState::Running, 10 * kMs, 12 * kMs},
                                                      {WorkerState::Blocked, 12 * kMs, 15 * kMs},
                                                      {WorkerState::Running, 15 * kMs, 20 * kMs}}));
    EXPECT_EQ(sink.events[3].task, 7u);
}

TEST(LoopStates, ShortTurnsFoldIntoTheirNeighbours) {
    Collect sink;
    WorkerEvents events(sink, 0);
    LoopStates states(events, 0);
    const std::int64_t quick = kMinLoopIntervalNs / 4;
    states.polled(1 * kMs, 1 * kMs + quick);  // a busy loop's poll: part of running
    states.polled(3 * kMs, 9 * kMs);
    states.polled(9 * kMs + quick, 14 * kMs);  // one quick callback between two waits
    states.finish(14 * kMs + quick);           // a last turn too short to show
    EXPECT_EQ(intervals(sink), (std::vector<Interval>{{WorkerState::Running, 0, 3 * kMs},
                                                      {WorkerState::Polling, 3 * kMs, 14 * kMs}}));
}

}  // namespace
}  // namespace overlap
