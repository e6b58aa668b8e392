#include "ui/timeline/timeline_geometry.hpp"

#include <algorithm>
#include <cmath>

#include "ui/theme/outcome_shape.hpp"
#include "analysis/replay_race.hpp"

namespace overlap::ui {

namespace {

// Round to the nearest whole pixel; std::lround is a library call, and this
// runs for every bar edge.
int snap(double pixel) {
    const double shifted = pixel + 0.5;
    const int truncated = static_cast<int>(shifted);
    return truncated - (shifted < truncated ? 1 : 0);
}

// Appends rectangles to per-colour lists. On dense rows a rectangle that
// touches the previous one of its colour on the same pixel row is merged into
// it: lanes thinner than a pixel draw the same pixels anyway, and a staircase of
// 100,000 tasks collapses to a few rectangles per row.
class RectSink {
public:
    RectSink(std::vector<QRect>* lists, bool merge) : m_lists(lists), m_merge(merge) {}

    void add(std::size_t key, const QRect& rect) {
        if (!m_merge) {
            m_lists[key].push_back(rect);
            return;
        }
        Open& open = m_open[key];
        if (open.valid && open.rect.top() == rect.top() && open.rect.height() == rect.height() &&
            rect.left() <= open.rect.right() + 1 && rect.right() >= open.rect.left() - 1) {
            open.rect.setLeft(std::min(open.rect.left(), rect.left()));
            open.rect.setRight(std::max(open.rect.right(), rect.right()));
            return;
        }
        if (open.valid) m_lists[key].push_back(open.rect);
        open = {rect, true};
    }

    void flush() {
        for (std::size_t key = 0; key < m_open.size(); ++key) {
            if (m_open[key].valid) m_lists[key].push_back(m_open[key].rect);
            m_open[key].valid = false;
        }
    }

private:
    struct Open {
        QRect rect;
        bool valid = false;
    };
    std::vector<QRect>* m_lists;
    bool m_merge;
    std::array<Open, kBarKeyCount> m_open{};
};

// Consecutive narrow bars of one lane on their way to becoming a folded block.
// Only the index range is kept: most groups hold one bar and are drawn as is,
// so colours and task counts are worked out when a real block is flushed.
struct FoldGroup {
    bool active = false;
    double x0 = 0;
    double x1 = 0;
    int first = 0;
    int last = 0;
    int bars = 0;
};

}  // namespace

bool TimelineViewport::operator==(const TimelineViewport& other) const {
    return time.lower_s == other.time.lower_s && time.upper_s == other.time.upper_s &&
           time.left_px == other.time.left_px && time.width_px == other.time.width_px &&
           lanes.lower == other.lanes.lower && lanes.upper == other.lanes.upper &&
           lanes.top_px == other.lanes.top_px && lanes.height_px == other.lanes.height_px &&
           pixel_ratio == other.pixel_ratio && until_s == other.until_s;
}

void TimelineGeometry::build(const TimelineModel& model, const TimelineViewport& viewport) {
    for (auto& list : m_bars) list.clear();
    for (auto& list : m_folded) list.clear();
    for (auto& list : m_outlines) list.clear();
    for (auto& list : m_glyphs) list.clear();
    m_hatched.clear();
    m_blocks.clear();

    const TimeWindow& time = viewport.time;
    const LaneWindow& lanes = viewport.lanes;
    if (!(time.width_px > 0) || !(time.upper_s > time.lower_s) || !(lanes.height_px > 0) ||
        !(lanes.upper > lanes.lower)) {
        return;
    }
    const double ratio = viewport.pixel_ratio;
    const double foldWidth = kFoldWidthPx * ratio;
    const double joinGap = kFoldJoinGapPx * ratio;
    const int hatchMinHeight = snap(kHatchMinHeightPx * ratio);
    const int outlineWidth = std::max(1, snap(kOutlineWidthPx * ratio));
    m_glyphWidth = 2 * ratio;

    // Off-screen ends are clamped just outside the rect so no coordinate is huge.
    const double clipLeft = time.left_px - 2 * ratio;
    const double clipRight = time.left_px + time.width_px + 2 * ratio;
    const double t0 = pixelToTime(time, clipLeft);
    // Past the replay's clock nothing has started yet: culled like the off-screen right.
    const double until = viewport.until_s;
    const double t1 = std::min(pixelToTime(time, clipRight), until);
    const auto shownEnd = [until](const TimelineBar& bar) {
        return happened_by(Span{bar.start, bar.end}, until)->end_s;
    };
    const double scale = time.width_px / (time.upper_s - time.lower_s);
    const auto toX = [&](double seconds) {
        return std::clamp(time.left_px + (seconds - time.lower_s) * scale, clipLeft, clipRight);
    };

    m_dense = pixelsPerLane(lanes) < kDenseLanePx * ratio;
    // A worker's consecutive tasks share a colour; a one-pixel gap keeps them
    // apart. A task's phases differ in colour and need none.
    const bool gapBetweenBars = model.laneMode() == LaneMode::PerWorker;
    constexpr int kGapMinWidth = 3;
    RectSink barSink(m_bars.data(), m_dense);
    RectSink foldSink(m_folded.data(), m_dense);
    FoldGroup group;
    const auto& bars = model.bars();

    const int firstLane = firstVisibleLane(lanes, model.laneCount());
    const int lastLane = lastVisibleLane(lanes, model.laneCount());
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        int top = 0;
        int height = 1;
        if (m_dense) {
            // Whole rows covering the lane's band, so no row between lanes is left blank.
            top = static_cast<int>(std::floor(laneToPixel(lanes, lane - 0.5)));
            height =
                std::max(1, static_cast<int>(std::floor(laneToPixel(lanes, lane + 0.5))) - top);
        } else {
            top = snap(laneToPixel(lanes, lane - kBarFill / 2));
            height = std::max(1, snap(laneToPixel(lanes, lane + kBarFill / 2)) - top);
        }

        // A worker holding many tasks (an event loop) draws each on its own
        // sub-lane, never folded: thinner than a pixel row, they pile up into
        // a height that reads as how many were in flight.
        const int subLanes = m_dense ? 0 : model.subLaneCount(lane);
        const auto onSubLane = [&](const TimelineBar& bar) {
            return subLanes > 0 && bar.sub_lane != kWholeLane;
        };

        const auto flush = [&] {
            if (!group.active) return;
            group.active = false;
            const int x0 = snap(group.x0);
            if (group.bars == 1) {
                const int x1 = std::max(x0 + 1, snap(group.x1));
                barSink.add(index(bars[group.first].key), QRect(x0, top, x1 - x0, height));
                return;
            }
            const int x1 = std::max(x0 + snap(foldWidth), snap(group.x1));
            FoldedBlock block{lane, x0, x1, bars[group.first].start, 0, 0, 0, BarKey::Queued};
            std::array<double, kBarKeyCount> weight{};
            std::uint32_t lastTask = kNoTask;
            for (int i = group.first; i <= group.last; ++i) {
                const TimelineBar& bar = bars[i];
                // Before t0: skipped by the culling too; on a sub-lane: drawn apart.
                if (bar.end < t0 || onSubLane(bar)) continue;
                if (bar.task != lastTask || block.bars == 0) ++block.tasks;
                lastTask = bar.task;
                const double end = shownEnd(bar);
                block.end_s = std::max(block.end_s, end);
                // Zero-length bars still count, so a block of instants has a colour.
                double& w = weight[index(bar.key)];
                w += (end - bar.start) + 1e-12;
                if (block.bars++ == 0 || w > weight[index(block.dominant)])
                    block.dominant = bar.key;
            }
            if (block.tasks == 1 && lastTask != kNoTask) block.task = static_cast<int>(lastTask);
            const QRect rect(x0, top, x1 - x0, height);
            foldSink.add(index(block.dominant), rect);
            if (height >= hatchMinHeight) m_hatched.push_back(rect);
            m_blocks.push_back(block);
        };

        bars.forEachOverlapping(lane, t0, t1, [&](int i) {
            const TimelineBar& bar = bars[i];
            const double left = toX(bar.start);
            const double right = toX(shownEnd(bar));
            if (onSubLane(bar)) {
                const LaneBand band =
                    subLaneBand(lane, static_cast<int>(bar.sub_lane), subLanes, kBarFill);
                const int x0 = snap(left);
                const int y0 = snap(laneToPixel(lanes, band.top));
                int width = std::max(1, snap(right) - x0);
                int rowHeight = std::max(1, snap(laneToPixel(lanes, band.bottom)) - y0);
                // Apart from the next task on its sub-lane, and from the next sub-lane.
                if (width >= kGapMinWidth) --width;
                if (rowHeight >= kGapMinWidth) --rowHeight;
                barSink.add(index(bar.key), QRect(x0, y0, width, rowHeight));
            } else if (right - left >= foldWidth) {
                flush();
                const int x0 = snap(left);
                int width = std::max(1, snap(right) - x0);
                if (gapBetweenBars && width >= kGapMinWidth) --width;
                barSink.add(index(bar.key), QRect(x0, top, width, height));
            } else if (group.active && left <= group.x1 + joinGap) {
                group.x1 = std::max(group.x1, right);
                group.last = i;
                ++group.bars;
            } else {
                flush();
                group = {true, left, right, i, i, 1};
            }
        });
        flush();

        const double glyph = std::clamp(height / 2.0, 2 * ratio, kGlyphRadiusPx * ratio);
        const double middle = top + height / 2.0;
        model.marks().forEachOverlapping(lane, t0, t1, [&](int i) {
            const TimelineMark& mark = model.marks()[i];
            if (mark.end > until) return;  // the task has not failed yet
            auto& outlines = m_outlines[index(mark.outcome)];
            const int x0 = snap(toX(mark.start));
            const int x1 = snap(toX(mark.end));
            if (x1 > x0) {
                if (height <= 2 * outlineWidth) {
                    outlines.emplace_back(x0, top, x1 - x0, height);
                } else {
                    outlines.emplace_back(x0, top, x1 - x0, outlineWidth);
                    outlines.emplace_back(x0, top + height - outlineWidth, x1 - x0, outlineWidth);
                    outlines.emplace_back(x0, top, outlineWidth, height);
                    outlines.emplace_back(x1 - outlineWidth, top, outlineWidth, height);
                }
            }
            // On dense rows a cross would cover dozens of neighbouring lanes and
            // make a 1% failure rate look like all of them; the outline row stays.
            if (!m_dense && mark.end <= t1) {
                const double x = toX(mark.end);
                appendOutcomeShape(mark.outcome, {x, middle}, glyph, m_glyphs[index(mark.outcome)]);
            }
        });
    }
    barSink.flush();
    foldSink.flush();
}

LaneBand barBand(const TimelineModel& model, int bar) {
    const TimelineBar& b = model.bar(bar);
    const int subLanes = model.subLaneCount(b.lane);
    if (subLanes > 0 && b.sub_lane != kWholeLane)
        return subLaneBand(b.lane, static_cast<int>(b.sub_lane), subLanes, kBarFill);
    return {b.lane - kBarFill / 2, b.lane + kBarFill / 2};
}

const FoldedBlock* TimelineGeometry::blockAt(int lane, double x, double tolerance_px) const {
    const auto found = std::lower_bound(
        m_blocks.begin(), m_blocks.end(), std::pair(lane, x - tolerance_px),
        [](const FoldedBlock& block, const std::pair<int, double>& key) {
            return block.lane != key.first ? block.lane < key.first : block.x1 < key.second;
        });
    if (found == m_blocks.end() || found->lane != lane || found->x0 - tolerance_px > x)
        return nullptr;
    return &*found;
}

std::size_t TimelineGeometry::rectCount() const {
    std::size_t count = 0;
    for (const auto& list : m_bars) count += list.size();
    for (const auto& list : m_folded) count += list.size();
    return count;
}

}  // namespace overlap::ui
