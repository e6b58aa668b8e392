// A comparison seen as a race: every run started at t = 0 together, as if they
// had run side by side. What each run has done by time t (tasks done, in
// flight, elapsed), where it finished (its place by makespan) and every time
// something starts or ends, so a replay can step from one to the next.
// Built once per comparison; each question then costs a binary search.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "model/run_record.hpp"

namespace overlap {

// What of `span` has happened by time t: from its start up to t, nothing if
// it starts after t. The one rule a replay draws by.
inline std::optional<Span> happened_by(const Span& span, double t) {
    if (span.start_s > t) return std::nullopt;
    return Span{span.start_s, span.end_s < t ? span.end_s : t};
}

// Makespans closer than this share a place: a microsecond is finer than any
// time Overlap shows, so two runs that read the same are not ranked apart.
inline constexpr double kPlaceTie_s = 1e-6;

struct RunProgress {
    int total = 0;
    int done = 0;       // tasks ended by t, whatever their outcome
    int in_flight = 0;  // started by t and not ended
    double elapsed_s = 0;
    bool finished = false;  // t has reached the run's makespan
    double makespan_s = 0;
    int place = 0;  // 1 for the fastest; ties share one; 0 for a cancelled run
};

class ReplayRace {
public:
    // The runs are read here and not kept.
    explicit ReplayRace(const std::vector<const RunRecord*>& runs);
    explicit ReplayRace(const std::vector<RunRecord>& runs);

    std::size_t runCount() const { return m_runs.size(); }
    // The longest makespan: the race is over then.
    double duration() const { return m_duration; }
    RunProgress progress(std::size_t run, double t) const;

    // Every phase start and end, task start and end and run end, once each,
    // in order.
    const std::vector<double>& events() const { return m_events; }
    // The first event after t, the last before it; none past either end.
    std::optional<double> nextEvent(double t) const;
    std::optional<double> previousEvent(double t) const;

private:
    struct Run {
        std::vector<double> starts;  // sorted task start times
        std::vector<double> ends;    // sorted task end times
        int never_ended = 0;         // started, no end: held until the run stopped
        int total = 0;
        double makespan_s = 0;
        int place = 0;
    };
    std::vector<Run> m_runs;
    std::vector<double> m_events;
    double m_duration = 0;
};

}  // namespace overlap
