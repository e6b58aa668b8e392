#include "ui/timeline/timeline_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <tuple>
#include <utility>

#include "analysis/lane_assignment.hpp"

namespace overlap::ui {

namespace {

// A live run has more bars every frame. Growing the reused storage
// geometrically, not to the exact count, keeps a refresh from faulting in a
// fresh block of megabytes thirty times a second.
template <typename T>
void reserveGrowing(std::vector<T>& items, std::size_t count) {
    if (count > items.capacity()) items.reserve(std::max(count, items.capacity() * 2));
}

}  // namespace

void TimelineModel::clear() {
    m_bars.clear();
    m_marks.clear();
    m_taskIds.clear();
    m_taskWorkers.clear();
    m_workerLabels.clear();
    m_subLanes.clear();
    m_startTime = m_endTime = 0;
    ++m_revision;
}

void TimelineModel::build(const RunRecord& run, LaneMode mode, double now_s) {
    m_mode = mode;
    std::vector<TimelineBar> bars = m_bars.takeStorage();
    std::vector<TimelineMark> marks = m_marks.takeStorage();
    int lanes = 0;
    m_taskIds.clear();
    m_taskWorkers.clear();
    m_workerLabels.clear();
    m_subLanes.clear();
    if (mode == LaneMode::PerTask) {
        buildPerTask(run, now_s, bars, marks);
        lanes = static_cast<int>(run.tasks.size());
    } else {
        buildPerWorker(run, now_s, bars, marks);
        lanes = static_cast<int>(run.workers.size());
    }

    double first = std::numeric_limits<double>::infinity();
    double last = -first;
    for (const TimelineBar& b : bars) {
        first = std::min(first, b.start);
        last = std::max(last, b.end);
    }
    for (const TimelineMark& m : marks) {
        first = std::min(first, m.start);
        last = std::max(last, m.end);
    }
    m_startTime = std::isfinite(first) ? first : 0;
    m_endTime = std::isfinite(last) ? last : 0;

    m_bars.assign(std::move(bars), lanes);
    m_marks.assign(std::move(marks), lanes);
    ++m_revision;
}

void TimelineModel::buildPerTask(const RunRecord& run, double now_s, std::vector<TimelineBar>& bars,
                                 std::vector<TimelineMark>& marks) {
    std::size_t phases = 0;
    for (const TaskRecord& t : run.tasks) phases += t.phases.size() + 1;
    reserveGrowing(bars, phases);
    m_taskIds.reserve(run.tasks.size());

    for (std::size_t i = 0; i < run.tasks.size(); ++i) {
        const TaskRecord& t = run.tasks[i];
        const int lane = static_cast<int>(i);
        const auto task = static_cast<std::uint32_t>(i);
        m_taskIds.push_back(t.id);
        double reached = t.queued_s;
        for (const PhaseSpan& p : t.phases) {
            bars.push_back({p.span.start_s, p.span.end_s, lane, task, barKey(p.kind)});
            reached = std::max(reached, p.span.end_s);
        }
        if (now_s >= 0 && !t.end_s) {
            // Still going: queued until a worker takes it, then "running" from
            // the last reported phase to now.
            const BarKey key = t.start_s ? BarKey::Running : BarKey::Queued;
            const double from = t.start_s ? std::max(*t.start_s, reached) : t.queued_s;
            if (now_s > from) bars.push_back({from, now_s, lane, task, key});
        }
        if (hasOutcomeMark(t.outcome)) {
            const double from = t.start_s.value_or(t.queued_s);
            marks.push_back({from, std::max(from, t.end_s.value_or(from)), lane, task, t.outcome});
        }
    }
}

void TimelineModel::buildPerWorker(const RunRecord& run, double now_s,
                                   std::vector<TimelineBar>& bars,
                                   std::vector<TimelineMark>& marks) {
    const int workers = static_cast<int>(run.workers.size());
    // An event loop reports no busy interval for the tasks it holds: it runs
    // them only in short callbacks, and otherwise waits on all their sockets at
    // once. What it holds is drawn instead, each task on a sub-lane of the loop.
    const bool multiplexed = run.config.mode == Mode::Async;
    m_held.clear();
    if (multiplexed) collectInFlight(run, now_s);
    std::size_t spans = m_held.size();
    for (const WorkerRecord& w : run.workers) spans += w.spans.size();
    reserveGrowing(bars, spans);
    m_workerLabels.reserve(run.workers.size());
    m_subLanes.assign(run.workers.size(), 0);

    // Where each task held its worker (waiting on I/O, computing...), to
    // outline a failed one there and to know what a live one reported.
    struct Busy {
        double start = 0;
        double end = -1;
    };
    std::vector<Busy> busy(run.tasks.size());
    for (int lane = 0; lane < workers; ++lane) {
        const WorkerRecord& w = run.workers[static_cast<std::size_t>(lane)];
        m_workerLabels.push_back(w.label.empty() ? QStringLiteral("Worker %1").arg(w.id)
                                                 : QString::fromStdString(w.label));
        const std::size_t laneBegin = bars.size();
        for (const WorkerSpan& s : w.spans) {
            // A loop's waits are drawn as the tasks it waits on, on sub-lanes.
            if (multiplexed && s.state == WorkerState::Polling) continue;
            bars.push_back({s.span.start_s, s.span.end_s, lane, s.task, barKey(s.state)});
            // An offload helper is busy with a task too; the outline belongs on the
            // worker that owns it.
            if (s.task < busy.size() && run.tasks[s.task].worker == lane) {
                Busy& b = busy[s.task];
                b = b.end < b.start ? Busy{s.span.start_s, s.span.end_s}
                                    : Busy{std::min(b.start, s.span.start_s),
                                           std::max(b.end, s.span.end_s)};
            }
        }
        if (multiplexed) {
            const std::size_t held = bars.size();
            addInFlight(lane, bars);
            // Both runs are in start order; the lane must be too.
            std::inplace_merge(
                bars.begin() + static_cast<std::ptrdiff_t>(laneBegin),
                bars.begin() + static_cast<std::ptrdiff_t>(held), bars.end(),
                [](const TimelineBar& a, const TimelineBar& b) { return a.start < b.start; });
        }
    }

    m_taskWorkers.assign(run.tasks.size(), -1);
    for (std::size_t i = 0; i < run.tasks.size(); ++i) {
        const TaskRecord& t = run.tasks[i];
        if (t.worker < 0 || t.worker >= workers) continue;
        m_taskWorkers[i] = t.worker;
        const auto task = static_cast<std::uint32_t>(i);
        // A worker reports its wait on I/O when the fetch ends and its
        // computing when the task ends; until then the task's own start (or
        // its fetch's end) stands in. Not on an event loop, which interleaves
        // many tasks and reports its own states as it goes.
        const Busy& reported = busy[i];
        const bool fetched = reported.end >= reported.start || t.url.empty();
        const double from = reported.end >= reported.start ? reported.end : t.start_s.value_or(0);
        if (now_s >= 0 && t.start_s && !t.end_s && run.config.mode != Mode::Async &&
            now_s > from) {
            bars.push_back({from, now_s, t.worker, task,
                            fetched ? BarKey::WorkerBusy : BarKey::WorkerIoWait});
        }
        if (hasOutcomeMark(t.outcome) && t.end_s) {
            const Busy& b = busy[i];
            const bool outlined = b.end >= b.start;
            marks.push_back({outlined ? b.start : *t.end_s, outlined ? b.end : *t.end_s, t.worker,
                             task, t.outcome});
        }
    }
}

void TimelineModel::collectInFlight(const RunRecord& run, double now_s) {
    const int workers = static_cast<int>(run.workers.size());
    for (std::size_t i = 0; i < run.tasks.size(); ++i) {
        const TaskRecord& t = run.tasks[i];
        if (!t.start_s || t.worker < 0 || t.worker >= workers) continue;
        // Live, a task still going is held until now.
        const double end = t.end_s ? *t.end_s : std::max(*t.start_s, now_s);
        m_held.push_back({t.worker, *t.start_s, end, static_cast<std::uint32_t>(i)});
    }
    const auto before = [](const Held& a, const Held& b) {
        return std::tie(a.lane, a.start, a.task) < std::tie(b.lane, b.start, b.task);
    };
    if (!std::is_sorted(m_held.begin(), m_held.end(), before))
        std::sort(m_held.begin(), m_held.end(), before);
}

void TimelineModel::addInFlight(int lane, std::vector<TimelineBar>& bars) {
    const auto first = std::partition_point(m_held.begin(), m_held.end(),
                                            [lane](const Held& h) { return h.lane < lane; });
    const auto last =
        std::partition_point(first, m_held.end(), [lane](const Held& h) { return h.lane == lane; });
    // Each task takes the lowest sub-lane free when it starts (assign_lanes), so
    // the filled height of the lane reads as how much the loop is waiting on.
    std::vector<Span> spans;
    spans.reserve(static_cast<std::size_t>(last - first));
    for (auto h = first; h != last; ++h) spans.push_back({h->start, h->end});
    const std::vector<int> subLanes = assign_lanes(spans);
    int count = 0;
    for (std::size_t i = 0; i < subLanes.size(); ++i) {
        const Held& h = first[static_cast<std::ptrdiff_t>(i)];
        bars.push_back({h.start, h.end, lane, h.task, BarKey::WorkerInFlight,
                        static_cast<std::uint32_t>(subLanes[i])});
        count = std::max(count, subLanes[i] + 1);
    }
    m_subLanes[static_cast<std::size_t>(lane)] = count;
}

int TimelineModel::subLaneCount(int lane) const {
    if (lane < 0 || static_cast<std::size_t>(lane) >= m_subLanes.size()) return 0;
    return m_subLanes[static_cast<std::size_t>(lane)];
}

int TimelineModel::inFlightAt(int lane, double t) const {
    if (subLaneCount(lane) == 0) return 0;
    int count = 0;
    m_bars.forEachOverlapping(lane, t, t, [&](int i) {
        const TimelineBar& b = m_bars[i];
        if (b.sub_lane != kWholeLane && b.start <= t && t < b.end) ++count;
    });
    return count;
}

QString TimelineModel::laneLabel(int lane) const {
    if (m_mode == LaneMode::PerWorker) return m_workerLabels[static_cast<std::size_t>(lane)];
    return QStringLiteral("Task %1").arg(m_taskIds[static_cast<std::size_t>(lane)]);
}

int TimelineModel::task(int i) const {
    const std::uint32_t t = m_bars[i].task;
    return t == kNoTask ? -1 : static_cast<int>(t);
}

int TimelineModel::barAt(int lane, double t, double tolerance_s, int first_sub_lane,
                         int last_sub_lane) const {
    int best = -1;
    std::tuple<double, bool, double> bestRank;  // distance, under another bar, length
    m_bars.forEachOverlapping(lane, t - tolerance_s, t + tolerance_s, [&](int i) {
        const TimelineBar& b = m_bars[i];
        const bool whole = b.sub_lane == kWholeLane;
        if (!whole && (b.sub_lane < static_cast<std::uint32_t>(first_sub_lane) ||
                       b.sub_lane > static_cast<std::uint32_t>(last_sub_lane))) {
            return;
        }
        const double distance = t < b.start ? b.start - t : (t > b.end ? t - b.end : 0);
        const std::tuple rank(distance, !whole, b.end - b.start);
        if (best < 0 || rank < bestRank) {
            best = i;
            bestRank = rank;
        }
    });
    return best;
}

int TimelineModel::laneOfTask(int task) const {
    if (task < 0) return -1;
    const auto t = static_cast<std::size_t>(task);
    if (m_mode == LaneMode::PerTask) return t < m_taskIds.size() ? task : -1;
    return t < m_taskWorkers.size() ? m_taskWorkers[t] : -1;
}

std::vector<int> TimelineModel::barsOfTask(int task) const {
    std::vector<int> result;
    const int lane = laneOfTask(task);
    if (lane < 0) return result;
    // A task's worker intervals may sit on other lanes too (an offload helper),
    // so per worker every bar is looked at; this runs on a click, not per frame.
    const bool perTask = m_mode == LaneMode::PerTask;
    const int first = perTask ? m_bars.laneBegin(lane) : 0;
    const int last = perTask ? m_bars.laneEnd(lane) : m_bars.size();
    for (int i = first; i < last; ++i) {
        if (m_bars[i].task == static_cast<std::uint32_t>(task)) result.push_back(i);
    }
    return result;
}

}  // namespace overlap::ui
