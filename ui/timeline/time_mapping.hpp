// Time/pixel and lane/pixel maths for the timeline, as pure functions so the
// plottable, the hit test, the axis tickers and the tests share one definition.
// Lanes are centred on integer values and grow downwards (lane 0 at the top).
#pragma once

#include <QString>

namespace overlap::ui {

// The visible time range spread over a horizontal pixel span.
struct TimeWindow {
    double lower_s = 0;
    double upper_s = 1;
    double left_px = 0;
    double width_px = 1;
};

double timeToPixel(const TimeWindow& window, double seconds);
double pixelToTime(const TimeWindow& window, double x);
double secondsPerPixel(const TimeWindow& window);

// Axis labels switch to milliseconds when less than this much time is visible,
// so ticks never read "0.001 s, 0.002 s".
inline constexpr double kMillisecondSpanLimit_s = 2.0;

enum class AxisUnit { Milliseconds, Seconds };

AxisUnit chooseUnit(double span_s);
double unitScale(AxisUnit unit);    // seconds → unit
QString unitSymbol(AxisUnit unit);  // "ms", "s"
// Enough decimals to tell neighbouring ticks `step_s` apart, and no more.
int tickDecimals(double step_s, AxisUnit unit);
// "250", "1.5": the number only; the axis label carries the unit.
QString formatTick(double seconds, double step_s, AxisUnit unit);

// The visible lane values spread over a vertical pixel span, lane values
// increasing downwards.
struct LaneWindow {
    double lower = -0.5;
    double upper = 0.5;
    double top_px = 0;
    double height_px = 1;
};

double laneToPixel(const LaneWindow& window, double lane_value);
double pixelToLane(const LaneWindow& window, double y);
double pixelsPerLane(const LaneWindow& window);
// The lane whose band [lane - 0.5, lane + 0.5) holds pixel row `y`; -1 when
// outside every lane of `lane_count`.
int laneAt(const LaneWindow& window, double y, int lane_count);
// First and last lane (clamped to [0, lane_count)) with any part visible;
// last < first when none is.
int firstVisibleLane(const LaneWindow& window, int lane_count);
int lastVisibleLane(const LaneWindow& window, int lane_count);

// A band of lane values, `top` < `bottom` (above it on screen).
struct LaneBand {
    double top = 0;
    double bottom = 0;
};
// A worker that holds several tasks at once (an event loop) splits its bar
// band, `fill` of the lane centred on it, into `count` equal sub-lanes with
// sub-lane 0 on top.
LaneBand subLaneBand(int lane, int sub_lane, int count, double fill);
// The sub-lane of `lane` at lane value `value`, clamped to [0, count).
int subLaneAt(double value, int lane, int count, double fill);

// Whether the label of a vertical marker at `x_px`, `width_px` wide, goes on
// the line's left: when on its right it would cross the plot's `right_px`
// and the left has room down to `left_px` (or at least more room).
bool labelLeftOfMarker(double x_px, double width_px, double left_px, double right_px);

// Step between labelled lanes, 1, 2, 5, 10, 20..., the smallest that leaves a
// label's height between labels: every lane while lanes are as tall as a label.
int laneLabelStep(double lane_height_px, double label_height_px);

}  // namespace overlap::ui
