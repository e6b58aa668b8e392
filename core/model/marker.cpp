// Markers: the replay's query and the caption rule.
#include "model/marker.hpp"

#include <algorithm>

namespace overlap {

std::vector<Marker> markers_until(const std::vector<Marker>& markers, double time_s,
                                  std::uint32_t run) {
    std::vector<Marker> passed;
    for (const Marker& marker : markers) {
        if (marker.time_s <= time_s && (marker.run == kAllRuns || marker.run == run))
            passed.push_back(marker);
    }
    std::stable_sort(passed.begin(), passed.end(),
                     [](const Marker& a, const Marker& b) { return a.time_s < b.time_s; });
    return passed;
}

std::optional<std::string> caption_problem(const std::string& caption) {
    if (caption.empty()) return "is empty";
    // Characters, not bytes: UTF-8 continuation bytes do not count.
    const auto characters = std::count_if(caption.begin(), caption.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    if (static_cast<std::size_t>(characters) > kMaxCaptionChars)
        return "is longer than " + std::to_string(kMaxCaptionChars) + " characters";
    return std::nullopt;
}

const char* to_string(CaptionAnchor anchor) {
    switch (anchor) {
        case CaptionAnchor::Time:
            return "time";
        case CaptionAnchor::Fraction:
            return "fraction";
        case CaptionAnchor::TaskStart:
            return "task_start";
        case CaptionAnchor::TaskEnd:
            return "task_end";
    }
    return "?";
}

}  // namespace overlap
