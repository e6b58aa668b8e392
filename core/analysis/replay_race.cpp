#include "analysis/replay_race.hpp"

#include <algorithm>
#include <numeric>

namespace overlap {

namespace {

int countUpTo(const std::vector<double>& sorted, double t) {
    return static_cast<int>(std::upper_bound(sorted.begin(), sorted.end(), t) - sorted.begin());
}

// The summary's makespan; a record without one (hand-made, imported) ends
// with its last task, which is how the summary defines it.
double makespanOf(const RunRecord& run) {
    double end = run.summary.makespan_s;
    for (const TaskRecord& task : run.tasks) end = std::max(end, task.end_s.value_or(0));
    return end;
}

}  // namespace

namespace {

std::vector<const RunRecord*> pointersTo(const std::vector<RunRecord>& runs) {
    std::vector<const RunRecord*> pointers;
    for (const RunRecord& run : runs) pointers.push_back(&run);
    return pointers;
}

}  // namespace

ReplayRace::ReplayRace(const std::vector<RunRecord>& runs) : ReplayRace(pointersTo(runs)) {}

ReplayRace::ReplayRace(const std::vector<const RunRecord*>& runs) {
    m_runs.resize(runs.size());
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const RunRecord& record = *runs[i];
        Run& run = m_runs[i];
        run.total = static_cast<int>(record.tasks.size());
        run.makespan_s = makespanOf(record);
        for (const TaskRecord& task : record.tasks) {
            // A task that ended without starting (failed while queued) was
            // never in flight: it starts and ends in the same instant.
            if (const std::optional<double> start = task.start_s ? task.start_s : task.end_s) {
                run.starts.push_back(*start);
                m_events.push_back(*start);
            }
            if (task.end_s) {
                run.ends.push_back(*task.end_s);
                m_events.push_back(*task.end_s);
            } else if (task.start_s) {
                ++run.never_ended;
            }
            for (const PhaseSpan& phase : task.phases) {
                m_events.push_back(phase.span.start_s);
                m_events.push_back(phase.span.end_s);
            }
        }
        std::sort(run.starts.begin(), run.starts.end());
        std::sort(run.ends.begin(), run.ends.end());
        m_events.push_back(run.makespan_s);
        m_duration = std::max(m_duration, run.makespan_s);
    }
    m_events.push_back(0);
    std::sort(m_events.begin(), m_events.end());
    m_events.erase(std::unique(m_events.begin(), m_events.end()), m_events.end());

    // Competition ranking ("1, 2, 2, 4"): a run's place is one more than the
    // number of finished runs strictly faster than it.
    std::vector<std::size_t> order(runs.size());
    std::iota(order.begin(), order.end(), 0);
    std::erase_if(order, [&](std::size_t i) { return runs[i]->cancelled; });
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return m_runs[a].makespan_s < m_runs[b].makespan_s;
    });
    for (std::size_t k = 0; k < order.size(); ++k) {
        Run& run = m_runs[order[k]];
        const Run* ahead = k > 0 ? &m_runs[order[k - 1]] : nullptr;
        run.place = ahead && run.makespan_s - ahead->makespan_s <= kPlaceTie_s
                        ? ahead->place
                        : static_cast<int>(k) + 1;
    }
}

RunProgress ReplayRace::progress(std::size_t index, double t) const {
    const Run& run = m_runs[index];
    RunProgress p;
    p.total = run.total;
    p.makespan_s = run.makespan_s;
    p.place = run.place;
    p.finished = t >= run.makespan_s;
    p.elapsed_s = std::clamp(t, 0.0, run.makespan_s);
    p.done = countUpTo(run.ends, t);
    // A task cut off by a cancel has no end; it stops being in flight when its
    // run stopped.
    const int stopped = p.finished ? run.never_ended : 0;
    p.in_flight = countUpTo(run.starts, t) - p.done - stopped;
    return p;
}

std::optional<double> ReplayRace::nextEvent(double t) const {
    const auto after = std::upper_bound(m_events.begin(), m_events.end(), t);
    if (after == m_events.end()) return std::nullopt;
    return *after;
}

std::optional<double> ReplayRace::previousEvent(double t) const {
    const auto at = std::lower_bound(m_events.begin(), m_events.end(), t);
    if (at == m_events.begin()) return std::nullopt;
    return *(at - 1);
}

}  // namespace overlap
