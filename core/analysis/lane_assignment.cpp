// Lowest-free-lane assignment, with two heaps so a run of 100,000 tasks costs
// O(n log n) rather than a scan of every lane per span.
#include "analysis/lane_assignment.hpp"

#include <algorithm>
#include <functional>
#include <utility>

namespace overlap {

std::vector<int> assign_lanes(std::span<const Span> spans) {
    std::vector<int> lanes;
    lanes.reserve(spans.size());
    std::vector<int> free;                      // min-heap of lanes given back
    std::vector<std::pair<double, int>> taken;  // min-heap of (end, lane)
    const std::greater<> later;
    int count = 0;
    for (const Span& span : spans) {
        while (!taken.empty() && taken.front().first <= span.start_s) {
            std::pop_heap(taken.begin(), taken.end(), later);
            free.push_back(taken.back().second);
            std::push_heap(free.begin(), free.end(), later);
            taken.pop_back();
        }
        int lane = count;
        if (free.empty()) {
            ++count;
        } else {
            std::pop_heap(free.begin(), free.end(), later);
            lane = free.back();
            free.pop_back();
        }
        taken.emplace_back(span.end_s, lane);
        std::push_heap(taken.begin(), taken.end(), later);
        lanes.push_back(lane);
    }
    return lanes;
}

}  // namespace overlap
