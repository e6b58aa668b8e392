// The window's open comparison and where it is saved.
#include "ui/document/comparison_document.hpp"

#include <iterator>

#include "analysis/preset_captions.hpp"

namespace overlap::ui {

void ComparisonDocument::begin(RunPlan plan, std::string server, std::string recordedAt) {
    m_plan = std::move(plan);
    m_runs.clear();
    m_server = std::move(server);
    m_recordedAt = std::move(recordedAt);
    m_filePath.clear();
    m_markers.clear();
    m_preset.reset();
    m_modified = false;
}

const RunRecord* ComparisonDocument::addRun(RunRecord run) {
    m_runs.push_back(std::move(run));
    return &m_runs.back();
}

void ComparisonDocument::open(RunSet runs, const QString& path) {
    m_plan.workload = std::move(runs.workload);
    m_plan.runs.clear();
    for (const RunRecord& run : runs.runs) m_plan.runs.push_back({run.config, run.behaviour});
    m_runs.assign(std::make_move_iterator(runs.runs.begin()),
                  std::make_move_iterator(runs.runs.end()));
    m_server = std::move(runs.server);
    m_recordedAt = std::move(runs.recorded_at);
    m_filePath = path;
    m_markers = std::move(runs.markers);
    m_preset = std::move(runs.preset);
    m_modified = false;
}

void ComparisonDocument::setPreset(const Preset& preset, std::vector<CheckResult> verdicts) {
    RunSet runs = runSet();
    attach_preset(runs, preset, std::move(verdicts));
    m_markers = std::move(runs.markers);
    m_preset = std::move(runs.preset);
}

void ComparisonDocument::addMarker(Marker marker) {
    m_markers.push_back(std::move(marker));
    m_modified = true;
}

void ComparisonDocument::replaceMarker(std::size_t index, Marker marker) {
    m_markers.at(index) = std::move(marker);
    m_modified = true;
}

void ComparisonDocument::removeMarker(std::size_t index) {
    m_markers.erase(m_markers.begin() + static_cast<std::ptrdiff_t>(index));
    m_modified = true;
}

RunSet ComparisonDocument::runSet() const {
    RunSet runs;
    runs.workload = m_plan.workload;
    runs.server = m_server;
    runs.recorded_at = m_recordedAt;
    runs.runs.assign(m_runs.begin(), m_runs.end());
    runs.markers = m_markers;
    runs.preset = m_preset;
    return runs;
}

}  // namespace overlap::ui
