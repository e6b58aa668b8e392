// The timeline's draw list for one viewport: rectangles batched by colour, runs
// of sub-pixel bars folded into marked blocks with a count (Tracy's folding),
// failure outlines and glyphs. Built from the model by binary-search culling per
// lane, in device pixels snapped to whole pixels (crisp at any pixel ratio, and
// integer rectangles are what the raster engine fills fastest), then replayed
// until the viewport or the model changes.
#pragma once

#include <QLineF>
#include <QRect>

#include <array>
#include <limits>
#include <vector>

#include "ui/timeline/bar_key.hpp"
#include "ui/timeline/time_mapping.hpp"
#include "ui/timeline/timeline_model.hpp"

namespace overlap::ui {

// Sizes in logical pixels; the geometry scales them by the pixel ratio.
// Bars narrower than this join their neighbours into a folded block.
inline constexpr double kFoldWidthPx = 2.0;
// A narrow bar joins the block before it when the gap between them is at most this.
inline constexpr double kFoldJoinGapPx = 1.0;
// Below this many pixels per lane, lanes share pixel rows and same-colour
// rectangles on a row are merged before drawing.
inline constexpr double kDenseLanePx = 2.0;
// Folded blocks at least this tall are hatched; thinner ones could not show it.
inline constexpr double kHatchMinHeightPx = 4.0;
inline constexpr double kOutlineWidthPx = 1.5;
inline constexpr double kGlyphRadiusPx = 4.0;
// Share of a lane's height its bars fill; the rest separates lanes.
inline constexpr double kBarFill = 0.8;

// The lane values a bar's rectangle spans: its lane's bar band, or its
// sub-lane's (dense lanes draw every bar over the whole lane).
LaneBand barBand(const TimelineModel& model, int bar);

// What is visible, in device pixels: the windows' pixel spans are already
// multiplied by `pixel_ratio` (device pixels per logical pixel).
struct TimelineViewport {
    TimeWindow time;
    LaneWindow lanes;
    double pixel_ratio = 1;
    // A replay's clock: only what has happened by then is drawn, each bar up
    // to this time at most (happened_by), a failure once its task has ended.
    double until_s = std::numeric_limits<double>::infinity();

    bool operator==(const TimelineViewport& other) const;
};

// Several bars too narrow to draw apart, shown as one hatched block.
struct FoldedBlock {
    int lane = 0;
    int x0 = 0;  // device pixels, [x0, x1)
    int x1 = 0;
    double start_s = 0;
    double end_s = 0;
    int bars = 0;
    int tasks = 0;                     // distinct tasks among the bars
    BarKey dominant = BarKey::Queued;  // the colour most of its time is
    int task = -1;                     // the one task, when all its bars are one task's
};

class TimelineGeometry {
public:
    void build(const TimelineModel& model, const TimelineViewport& viewport);

    const std::vector<QRect>& bars(BarKey key) const { return m_bars[index(key)]; }
    const std::vector<QRect>& folded(BarKey key) const { return m_folded[index(key)]; }
    // The folded blocks tall enough to carry the hatch.
    const std::vector<QRect>& hatched() const { return m_hatched; }
    // Four edges per failed task, filled rather than stroked (much cheaper).
    const std::vector<QRect>& outlines(Outcome outcome) const { return m_outlines[index(outcome)]; }
    const std::vector<QLineF>& glyphs(Outcome outcome) const { return m_glyphs[index(outcome)]; }
    double glyphWidth() const { return m_glyphWidth; }
    // Every folded block in lane, then x, order.
    const std::vector<FoldedBlock>& blocks() const { return m_blocks; }
    // The folded block of `lane` within tolerance_px (device pixels) of x, or nullptr.
    const FoldedBlock* blockAt(int lane, double x, double tolerance_px) const;

    bool dense() const { return m_dense; }
    // Rectangles to fill (bars and folded blocks, after merging), for tests and benchmarks.
    std::size_t rectCount() const;

private:
    template <typename Enum>
    static std::size_t index(Enum e) {
        return static_cast<std::size_t>(e);
    }

    std::array<std::vector<QRect>, kBarKeyCount> m_bars;
    std::array<std::vector<QRect>, kBarKeyCount> m_folded;
    std::vector<QRect> m_hatched;
    std::array<std::vector<QRect>, kOutcomeCount> m_outlines;
    std::array<std::vector<QLineF>, kOutcomeCount> m_glyphs;
    std::vector<FoldedBlock> m_blocks;
    double m_glyphWidth = 2;
    bool m_dense = false;
};

}  // namespace overlap::ui
