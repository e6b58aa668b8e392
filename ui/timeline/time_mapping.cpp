#include "ui/timeline/time_mapping.hpp"

#include <algorithm>
#include <cmath>

namespace overlap::ui {

double timeToPixel(const TimeWindow& window, double seconds) {
    return window.left_px +
           (seconds - window.lower_s) / (window.upper_s - window.lower_s) * window.width_px;
}

double pixelToTime(const TimeWindow& window, double x) {
    return window.lower_s +
           (x - window.left_px) / window.width_px * (window.upper_s - window.lower_s);
}

double secondsPerPixel(const TimeWindow& window) {
    return (window.upper_s - window.lower_s) / window.width_px;
}

AxisUnit chooseUnit(double span_s) {
    return std::abs(span_s) < kMillisecondSpanLimit_s ? AxisUnit::Milliseconds : AxisUnit::Seconds;
}

double unitScale(AxisUnit unit) { return unit == AxisUnit::Milliseconds ? 1e3 : 1.0; }

QString unitSymbol(AxisUnit unit) {
    return unit == AxisUnit::Milliseconds ? QStringLiteral("ms") : QStringLiteral("s");
}

int tickDecimals(double step_s, AxisUnit unit) {
    const double step = std::abs(step_s) * unitScale(unit);
    if (!(step > 0) || !std::isfinite(step)) return 0;
    constexpr int kMaxDecimals = 9;
    double scaled = step;
    for (int decimals = 0; decimals < kMaxDecimals; ++decimals) {
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * scaled) return decimals;
        scaled *= 10;
    }
    return kMaxDecimals;
}

QString formatTick(double seconds, double step_s, AxisUnit unit) {
    double value = seconds * unitScale(unit);
    // Ticks computed as lower + k·step land a hair off zero; never print "-0".
    if (std::abs(value) < 1e-9 * std::max(1.0, std::abs(step_s * unitScale(unit)))) value = 0;
    return QString::number(value, 'f', tickDecimals(step_s, unit));
}

double laneToPixel(const LaneWindow& window, double lane_value) {
    return window.top_px +
           (lane_value - window.lower) / (window.upper - window.lower) * window.height_px;
}

double pixelToLane(const LaneWindow& window, double y) {
    return window.lower + (y - window.top_px) / window.height_px * (window.upper - window.lower);
}

double pixelsPerLane(const LaneWindow& window) {
    return window.height_px / (window.upper - window.lower);
}

int laneAt(const LaneWindow& window, double y, int lane_count) {
    const double lane = std::floor(pixelToLane(window, y) + 0.5);
    if (lane < 0 || lane >= lane_count) return -1;
    return static_cast<int>(lane);
}

int firstVisibleLane(const LaneWindow& window, int lane_count) {
    // Lane L shows when its band [L - 0.5, L + 0.5] overlaps the window by more than an edge.
    const double first = std::floor(window.lower - 0.5) + 1;
    return static_cast<int>(std::clamp(first, 0.0, static_cast<double>(lane_count)));
}

int lastVisibleLane(const LaneWindow& window, int lane_count) {
    const double last = std::ceil(window.upper + 0.5) - 1;
    return static_cast<int>(std::clamp(last, -1.0, static_cast<double>(lane_count - 1)));
}

LaneBand subLaneBand(int lane, int sub_lane, int count, double fill) {
    const double top = lane - fill / 2;
    const double height = fill / std::max(1, count);
    return {top + sub_lane * height, top + (sub_lane + 1) * height};
}

int subLaneAt(double value, int lane, int count, double fill) {
    const double offset = (value - (lane - fill / 2)) / fill * count;
    return static_cast<int>(std::clamp(std::floor(offset), 0.0, std::max(0.0, count - 1.0)));
}

bool labelLeftOfMarker(double x_px, double width_px, double left_px, double right_px) {
    if (x_px + width_px <= right_px) return false;
    return x_px - width_px >= left_px || x_px - left_px > right_px - x_px;
}

int laneLabelStep(double lane_height_px, double label_height_px) {
    // No room at all (a plot not laid out yet): one label, not one per lane.
    constexpr double kMaxStep = 1e9;
    const double raw = lane_height_px > 0 ? label_height_px / lane_height_px : kMaxStep;
    if (raw <= 1) return 1;
    if (raw >= kMaxStep) return static_cast<int>(kMaxStep);
    double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (;;) {
        for (const double mantissa : {1.0, 2.0, 5.0}) {
            if (mantissa * magnitude >= raw) return static_cast<int>(mantissa * magnitude);
        }
        magnitude *= 10;
    }
}

}  // namespace overlap::ui
