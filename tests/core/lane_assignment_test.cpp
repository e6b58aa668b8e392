// The lane rule shared by the window's event-loop sub-lanes and the Chrome
// trace's threads: lowest free lane, a lane freed at its span's end.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/lane_assignment.hpp"

namespace overlap {
namespace {

struct LaneCase {
    std::string name;
    std::vector<Span> spans;  // in start order
    std::vector<int> lanes;
};

class AssignLanes : public testing::TestWithParam<LaneCase> {};

TEST_P(AssignLanes, GivesEachSpanTheLowestFreeLane) {
    EXPECT_EQ(assign_lanes(GetParam().spans), GetParam().lanes);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AssignLanes,
    testing::Values(
        LaneCase{"Nothing", {}, {}}, LaneCase{"OneSpan", {{0, 1}}, {0}},
        LaneCase{"InSequence", {{0, 1}, {1, 2}, {2, 3}}, {0, 0, 0}},
        LaneCase{"AllAtOnce", {{0, 1}, {0, 1}, {0, 1}}, {0, 1, 2}},
        LaneCase{"NestedStillNeedsALane", {{0, 10}, {1, 2}}, {0, 1}},
        // Lane 0 frees first but lane 1 is lower than a new one: lowest wins.
        LaneCase{"LowestFreedLaneIsReused", {{0, 3}, {0, 1}, {0, 2}, {1.5, 4}}, {0, 1, 2, 1}},
        LaneCase{"LowestOfSeveralFreedLanes", {{0, 2}, {0, 1}, {0, 1}, {3, 4}}, {0, 1, 2, 0}},
        LaneCase{"ZeroLengthSpansShareALane", {{1, 1}, {1, 1}, {1, 2}}, {0, 0, 0}},
        LaneCase{"TwoWaves", {{0, 1}, {0, 1}, {1, 2}, {1, 2}}, {0, 1, 0, 1}}),
    [](const testing::TestParamInfo<LaneCase>& row) { return row.param.name; });

}  // namespace
}  // namespace overlap
