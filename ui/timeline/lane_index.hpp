// Intervals grouped by lane, sorted by start within each lane, with a running
// maximum of their ends: the intervals of a lane that overlap [t0, t1] are then
// found with two binary searches, as in Qt Creator's tracing model, however many
// there are. Plain C++ so the model's culling is testable without a widget.
#pragma once

#include <algorithm>
#include <cassert>
#include <vector>

namespace overlap::ui {

// Item needs `double start, end` and `int lane`.
template <typename Item>
class LaneIndex {
public:
    // Lanes must lie in [0, lane_count). Input that is already in lane-then-start
    // order (what the model produces) is taken as is.
    void assign(std::vector<Item> items, int lane_count) {
        m_items = std::move(items);
        const auto before = [](const Item& a, const Item& b) {
            return a.lane != b.lane ? a.lane < b.lane : a.start < b.start;
        };
        if (!std::is_sorted(m_items.begin(), m_items.end(), before)) {
            std::stable_sort(m_items.begin(), m_items.end(), before);
        }
        m_laneOffsets.assign(static_cast<std::size_t>(lane_count) + 1, 0);
        m_maxEnd.resize(m_items.size());
        int lane = -1;
        double running = 0;
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            const Item& item = m_items[i];
            assert(item.lane >= 0 && item.lane < lane_count);
            if (item.lane != lane) {
                lane = item.lane;
                running = item.end;
            }
            running = std::max(running, item.end);
            m_maxEnd[i] = running;
            ++m_laneOffsets[static_cast<std::size_t>(item.lane) + 1];
        }
        for (std::size_t l = 1; l < m_laneOffsets.size(); ++l)
            m_laneOffsets[l] += m_laneOffsets[l - 1];
    }

    void clear() { assign({}, 0); }

    // Hands the items' storage back (emptied), so a rebuild reuses it instead
    // of allocating and faulting in fresh memory thirty times a second.
    std::vector<Item> takeStorage() {
        std::vector<Item> storage = std::move(m_items);
        storage.clear();
        m_items.clear();
        return storage;
    }

    int size() const { return static_cast<int>(m_items.size()); }
    int laneCount() const { return static_cast<int>(m_laneOffsets.size()) - 1; }
    const Item& operator[](int i) const { return m_items[static_cast<std::size_t>(i)]; }
    const std::vector<Item>& items() const { return m_items; }

    int laneBegin(int lane) const { return m_laneOffsets[static_cast<std::size_t>(lane)]; }
    int laneEnd(int lane) const { return m_laneOffsets[static_cast<std::size_t>(lane) + 1]; }

    // First item of `lane` that can overlap [t0, ...): every earlier one ends before t0.
    int firstIndex(int lane, double t0) const {
        const auto begin = m_maxEnd.begin() + laneBegin(lane);
        const auto end = m_maxEnd.begin() + laneEnd(lane);
        return static_cast<int>(std::lower_bound(begin, end, t0) - m_maxEnd.begin());
    }

    // Last item of `lane` starting at or before t1; laneBegin(lane) - 1 when none does.
    int lastIndex(int lane, double t1) const {
        const auto begin = m_items.begin() + laneBegin(lane);
        const auto end = m_items.begin() + laneEnd(lane);
        const auto after = std::upper_bound(
            begin, end, t1, [](double t, const Item& item) { return t < item.start; });
        return static_cast<int>(after - m_items.begin()) - 1;
    }

    // Calls f(index) for every item of `lane` overlapping the closed range [t0, t1],
    // in start order. Between the two bounds only items nested inside a longer
    // earlier one can miss the range, hence the check.
    template <typename F>
    void forEachOverlapping(int lane, double t0, double t1, F&& f) const {
        if (lane < 0 || lane >= laneCount()) return;
        const int last = lastIndex(lane, t1);
        for (int i = firstIndex(lane, t0); i <= last; ++i) {
            if (m_items[static_cast<std::size_t>(i)].end >= t0) f(i);
        }
    }

private:
    std::vector<Item> m_items;
    std::vector<double> m_maxEnd;  // per lane, running maximum of end
    std::vector<int> m_laneOffsets{0};
};

}  // namespace overlap::ui
