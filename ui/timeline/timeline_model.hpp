// The timeline as flat, index-based data built from a RunRecord: one bar per
// task phase (or per worker interval), grouped by lane and sorted by start, plus
// one mark per failed task. An event loop's lane also shows the tasks it holds
// in flight, each on a sub-lane of its own. Views cull and hit-test it by binary
// search and never walk the RunRecord while drawing.
#pragma once

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

#include "model/run_record.hpp"
#include "ui/timeline/bar_key.hpp"
#include "ui/timeline/lane_index.hpp"

namespace overlap::ui {

// One lane per task (its phases), or one lane per worker (its states).
enum class LaneMode { PerTask, PerWorker };

// A bar on no sub-lane covers its lane's whole band.
inline constexpr std::uint32_t kWholeLane = 0xFFFFFFFFu;

struct TimelineBar {
    double start = 0;
    double end = 0;
    int lane = 0;
    std::uint32_t task = kNoTask;  // index in RunRecord::tasks (== TaskRecord::id)
    BarKey key = BarKey::Queued;
    std::uint32_t sub_lane = kWholeLane;
};

// A task that did not end well: outlined over [start, end] and a glyph at end
// (start == end: glyph only, when the lane has no interval of its own).
struct TimelineMark {
    double start = 0;
    double end = 0;
    int lane = 0;
    std::uint32_t task = kNoTask;
    Outcome outcome = Outcome::Error;
};

class TimelineModel {
public:
    // `now_s` >= 0 draws what is still going up to now: the growing queued bar
    // of a task not started yet and the "running" tail of one not finished.
    void build(const RunRecord& run, LaneMode mode, double now_s = -1);
    void clear();

    LaneMode laneMode() const { return m_mode; }
    // Changes with every build, so caches of derived geometry know when to go.
    std::uint64_t revision() const { return m_revision; }

    int count() const { return m_bars.size(); }
    int laneCount() const { return m_bars.laneCount(); }
    QString laneLabel(int lane) const;

    const TimelineBar& bar(int i) const { return m_bars[i]; }
    double start(int i) const { return m_bars[i].start; }
    double end(int i) const { return m_bars[i].end; }
    int lane(int i) const { return m_bars[i].lane; }
    BarKey key(int i) const { return m_bars[i].key; }
    int task(int i) const;  // -1 when the bar belongs to no task

    const LaneIndex<TimelineBar>& bars() const { return m_bars; }
    const LaneIndex<TimelineMark>& marks() const { return m_marks; }

    int firstIndex(int lane, double t0) const { return m_bars.firstIndex(lane, t0); }
    int lastIndex(int lane, double t1) const { return m_bars.lastIndex(lane, t1); }

    // The bar of `lane` under time t: one containing t (whole-lane bars, drawn
    // on top, before sub-lane ones; then the innermost if they nest), else the
    // nearest within tolerance_s; -1 if none. Sub-lane bars count only on
    // sub-lanes [first_sub_lane, last_sub_lane].
    int barAt(int lane, double t, double tolerance_s, int first_sub_lane = 0,
              int last_sub_lane = std::numeric_limits<int>::max()) const;

    // PerWorker: how many sub-lanes `lane` is split into (the most tasks its
    // worker held in flight at once), 0 for a lane without them.
    int subLaneCount(int lane) const;
    // PerWorker: how many tasks `lane`'s worker held in flight at time t.
    int inFlightAt(int lane, double t) const;

    // Extent of everything drawn; 0..0 when empty.
    double startTime() const { return m_startTime; }
    double endTime() const { return m_endTime; }

    // The lane a task's bars are on (-1 if it has none yet) and the bars themselves.
    int laneOfTask(int task) const;
    std::vector<int> barsOfTask(int task) const;

private:
    void buildPerTask(const RunRecord& run, double now_s, std::vector<TimelineBar>& bars,
                      std::vector<TimelineMark>& marks);
    void buildPerWorker(const RunRecord& run, double now_s, std::vector<TimelineBar>& bars,
                        std::vector<TimelineMark>& marks);
    void collectInFlight(const RunRecord& run, double now_s);
    void addInFlight(int lane, std::vector<TimelineBar>& bars);

    LaneMode m_mode = LaneMode::PerTask;
    std::uint64_t m_revision = 0;
    LaneIndex<TimelineBar> m_bars;
    LaneIndex<TimelineMark> m_marks;
    std::vector<std::uint32_t> m_taskIds;  // PerTask: lane → task id
    std::vector<int> m_taskWorkers;        // PerWorker: task → worker lane
    std::vector<QString> m_workerLabels;   // PerWorker: lane → label
    std::vector<int> m_subLanes;           // PerWorker: lane → sub-lane count
    // PerWorker, async: the loop's tasks by lane and start, kept to reuse its memory.
    struct Held {
        int lane = 0;
        double start = 0;
        double end = 0;
        std::uint32_t task = kNoTask;
    };
    std::vector<Held> m_held;
    double m_startTime = 0;
    double m_endTime = 0;
};

}  // namespace overlap::ui
