#include "analysis/preset_captions.hpp"

#include <optional>

namespace overlap {

namespace {

std::optional<double> time_in(const PresetCaption& caption, const RunRecord& run) {
    switch (caption.at) {
        case CaptionAnchor::Time:
            return caption.value;
        case CaptionAnchor::Fraction:
            return caption.value * run.summary.makespan_s;
        case CaptionAnchor::TaskStart:
        case CaptionAnchor::TaskEnd:
            for (const TaskRecord& task : run.tasks) {
                if (task.id != caption.task) continue;
                return caption.at == CaptionAnchor::TaskStart ? task.start_s : task.end_s;
            }
            return std::nullopt;
    }
    return std::nullopt;
}

bool about_a_task(const PresetCaption& caption) {
    return caption.at == CaptionAnchor::TaskStart || caption.at == CaptionAnchor::TaskEnd;
}

}  // namespace

std::vector<Marker> resolve_captions(const Preset& preset, const RunSet& runs) {
    std::vector<Marker> markers;
    for (const PresetCaption& caption : preset.captions) {
        for (std::size_t i = 0; i < runs.runs.size(); ++i) {
            if (caption.run && *caption.run != i) continue;
            const auto time = time_in(caption, runs.runs[i]);
            if (!time) continue;
            markers.push_back({*time, static_cast<std::uint32_t>(i),
                               about_a_task(caption) ? caption.task : kNoTask, caption.text});
        }
    }
    return markers;
}

void attach_preset(RunSet& runs, const Preset& preset, std::vector<CheckResult> verdicts) {
    for (Marker& marker : resolve_captions(preset, runs)) runs.markers.push_back(std::move(marker));
    runs.preset = PresetRecord{preset, std::move(verdicts)};
}

}  // namespace overlap
