// The open document: the comparison the window shows, recorded here or read
// from a file, and the run file it came from or was saved to. The
// RunController records into it; the views and the File menu read it.
#pragma once

#include <QString>

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "model/run_plan.hpp"
#include "model/run_record.hpp"

namespace overlap::ui {

class ComparisonDocument {
public:
    // A new recording of `plan` against `server`, started at `recordedAt`
    // (ISO 8601, UTC): no runs yet, and no file.
    void begin(RunPlan plan, std::string server, std::string recordedAt);
    // The next finished run of the recording; the record stays at this
    // address until the next begin() or open().
    const RunRecord* addRun(RunRecord run);
    // A comparison read from `path`; `path` empty when it is not a run file
    // (an imported trace), so saving asks where.
    void open(RunSet runs, const QString& path);
    void savedTo(const QString& path) {
        m_filePath = path;
        m_modified = false;
    }

    // The preset the runs came from, with its verdicts, and its captions as
    // markers; kept with the runs when they are saved.
    void setPreset(const Preset& preset, std::vector<CheckResult> verdicts);
    const std::optional<PresetRecord>& preset() const { return m_preset; }

    // Markers in the order they were added; each change marks the document modified.
    const std::vector<Marker>& markers() const { return m_markers; }
    void addMarker(Marker marker);
    void replaceMarker(std::size_t index, Marker marker);
    void removeMarker(std::size_t index);
    // Changed since it was recorded, opened or saved (only markers change it).
    bool isModified() const { return m_modified; }

    // What was planned: for an opened file, each run's mode and behaviour.
    const RunPlan& plan() const { return m_plan; }
    const Workload& workload() const { return m_plan.workload; }
    // Finished runs, in plan order.
    const std::deque<RunRecord>& runs() const { return m_runs; }
    // The run file it was opened from or last saved to; empty when never saved.
    const QString& filePath() const { return m_filePath; }
    // The comparison as one file's worth.
    RunSet runSet() const;

private:
    RunPlan m_plan;
    std::deque<RunRecord> m_runs;
    std::string m_server;
    std::string m_recordedAt;
    QString m_filePath;
    std::vector<Marker> m_markers;
    std::optional<PresetRecord> m_preset;
    bool m_modified = false;
};

}  // namespace overlap::ui
