// Draws runs as text timelines (see ascii_diagram.hpp); the arithmetic stays finite for any times.
#include "formats/ascii_diagram.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

#include "model/run_name.hpp"

namespace overlap {

namespace {

constexpr int kMinBarColumns = 10;
constexpr int kMinTickGap = 8;  // columns from one axis label to the next
constexpr int kMinKeyColumns = 40;

// Locale-independent (the window's locale may use a decimal comma). A value
// too wide for fixed notation (1e100 s) is written in the shortest form,
// which always fits: a failed to_chars leaves the buffer unwritten.
std::string fixed(double value, int decimals) {
    char buffer[64];
    auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (result.ec != std::errc{}) result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string duration_text(double seconds) {
    if (seconds == 0) return "0 s";
    if (seconds >= 1) return fixed(seconds, 2) + " s";
    const double ms = seconds * 1000;
    return fixed(ms, ms >= 10 ? 0 : 1) + " ms";
}

// What a failure was, in a word: a server's answer (HTTP 500) is told
// apart from no answer at all (a refused connection).
std::string outcome_word(const TaskRecord& task) {
    switch (task.outcome) {
        case Outcome::Ok:
            return "done";
        case Outcome::HttpError:
            return "HTTP " + std::to_string(task.http_status);
        case Outcome::Error:
            // libcurl's words for a port nobody listens on, old and new.
            if (task.error.find("refused") != std::string::npos ||
                task.error.find("Couldn't connect") != std::string::npos)
                return "REFUSED";
            return "ERROR";
        case Outcome::Timeout:
            return "TIMEOUT";
        case Outcome::Cancelled:
            return "CANCELLED";
        case Outcome::Pending:
            break;
    }
    return "";
}

// The word shown in a waiting span; nullptr for a running phase.
const char* waiting_word(PhaseKind kind) {
    switch (kind) {
        case PhaseKind::Wait:
            return "wait";
        case PhaseKind::LockWait:
            return "lock";
        case PhaseKind::Stalled:
            return "stall";
        default:
            return nullptr;
    }
}

std::string task_label(const TaskRecord& task) { return "Task " + std::to_string(task.id); }

class Layout {
public:
    Layout(double span_s, int columns) : span_s_(span_s), columns_(columns) {}

    int columns() const { return columns_; }
    int column(double time_s) const {
        if (!(span_s_ > 0)) return 0;
        // Clamped before rounding: a time far outside the span fits no int.
        const double at = time_s / span_s_ * columns_;
        if (!(at > 0)) return 0;
        return static_cast<int>(std::lround(std::min(at, static_cast<double>(columns_))));
    }
    // The time at the middle of a column: what the column shows.
    double time_at(int column) const { return (column + 0.5) * span_s_ / columns_; }
    double span() const { return span_s_; }

private:
    double span_s_;
    int columns_;
};

// Fills bar[first, last) with what the task was doing in each column.
void draw_interior(std::string& bar, int first, int last, const TaskRecord& task,
                   const Layout& layout) {
    std::vector<const char*> words(static_cast<std::size_t>(std::max(last - first, 0)), nullptr);
    std::size_t phase = 0;
    for (int column = first; column < last; ++column) {
        const double time = layout.time_at(column);
        while (phase < task.phases.size() && task.phases[phase].span.end_s <= time) ++phase;
        const bool inside = phase < task.phases.size() && task.phases[phase].span.start_s <= time;
        words[static_cast<std::size_t>(column - first)] =
            inside ? waiting_word(task.phases[phase].kind) : nullptr;
    }
    for (int column = first; column < last;) {
        const char* word = words[static_cast<std::size_t>(column - first)];
        int end = column + 1;
        while (end < last && words[static_cast<std::size_t>(end - first)] == word) ++end;
        const int length = end - column;
        if (!word) {
            bar.replace(static_cast<std::size_t>(column), static_cast<std::size_t>(length),
                        static_cast<std::size_t>(length), '-');
        } else {
            const std::string text = std::string(" ") + word + " ";
            const int room = length - static_cast<int>(text.size());
            if (room >= 0) {
                const std::string filled =
                    std::string(static_cast<std::size_t>(room / 2), '-') + text +
                    std::string(static_cast<std::size_t>(room - room / 2), '-');
                bar.replace(static_cast<std::size_t>(column), filled.size(), filled);
            } else {
                bar.replace(static_cast<std::size_t>(column), static_cast<std::size_t>(length),
                            static_cast<std::size_t>(length), '.');
            }
        }
        column = end;
    }
}

std::string task_line(const TaskRecord& task, const Layout& layout) {
    std::string bar(static_cast<std::size_t>(layout.columns()), ' ');
    int end = layout.column(task.end_s.value_or(task.start_s ? layout.span() : 0));
    if (task.start_s) {
        int start = std::min(layout.column(*task.start_s), layout.columns() - 1);
        end = std::clamp(end, start + 1, layout.columns());
        bar[static_cast<std::size_t>(start)] = '|';
        if (end - start >= 2) {
            bar[static_cast<std::size_t>(end - 1)] = '|';
            draw_interior(bar, start + 1, end - 1, task, layout);
        }
    }
    bar.resize(static_cast<std::size_t>(end));
    if (task.end_s) bar += " " + outcome_word(task);
    return bar;
}

// Labels every `step` seconds, step being 1, 2 or 5 times a power of ten,
// no closer than kMinTickGap columns. A span whose step is below the clock's
// nanosecond or not finite (times near the double's range) gets its "0s"
// label only, and the label count is bounded, so no span can make the loop
// below count forever in steps that round to zero.
std::string axis_line(const Layout& layout, std::size_t max_length) {
    const double wanted = layout.span() / layout.columns() * kMinTickGap;
    if (!(wanted >= 1e-9) || !std::isfinite(wanted)) return "0s";
    const int power = static_cast<int>(std::floor(std::log10(wanted)));
    double step = std::pow(10.0, power);
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * std::pow(10.0, power) >= wanted) {
            step = factor * std::pow(10.0, power);
            break;
        }
    }
    const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
    std::string axis;
    const int max_labels = layout.columns() / kMinTickGap + 1;
    for (int i = 0; i <= max_labels && i * step <= layout.span() * (1 + 1e-9); ++i) {
        const std::string label = fixed(i * step, decimals) + "s";
        const auto column = static_cast<std::size_t>(layout.column(i * step));
        if (column < axis.size() + (axis.empty() ? 0 : 1) || column + label.size() > max_length)
            continue;
        axis.resize(column, ' ');
        axis += label;
    }
    return axis;
}

void append_line(std::string& out, std::string line) {
    line.erase(line.find_last_not_of(' ') + 1);
    out += line;
    out += '\n';
}

double run_end(const RunRecord& run) {
    double end = 0;
    for (const TaskRecord& task : run.tasks) {
        end = std::max({end, task.end_s.value_or(0), task.start_s.value_or(0)});
    }
    return end;
}

// One drawn line: a label and what follows it. A fold line has no label of
// its own and is written in the label's column.
struct Line {
    std::string label;
    std::string body;
    std::size_t tasks = 1;  // how many tasks the line stands for
};

// "Task 3" … "Task 9": consecutive tasks that drew alike fold into one line.
std::string fold_text(std::size_t count, const std::string& how, const TaskRecord& first,
                      const TaskRecord& last) {
    return "… " + std::to_string(count) + " more tasks " + how + " (tasks " +
           std::to_string(first.id) + "–" + std::to_string(last.id) + ")";
}

// Task lines, folded so a thousand tasks stay readable: a task drawn exactly
// like the one before joins its group, and a group shows its first
// kShownPerGroup lines and one line for the rest. If that still leaves more
// than kMaxTaskLines, tasks whose bars have the same shape and outcome (a
// staircase of equal fetches) group too, and what is left beyond the limit
// is counted, not drawn.
constexpr std::size_t kShownPerGroup = 2;
constexpr std::size_t kMaxTaskLines = 40;

std::vector<Line> fold_tasks(const RunRecord& run, const std::vector<std::string>& bodies) {
    const auto group = [&](auto&& key, const char* how) {
        std::vector<Line> lines;
        for (std::size_t i = 0; i < bodies.size();) {
            std::size_t end = i + 1;
            while (end < bodies.size() && key(bodies[end]) == key(bodies[i])) ++end;
            const std::size_t shown = end - i <= kShownPerGroup + 1 ? end - i : kShownPerGroup;
            for (std::size_t k = i; k < i + shown; ++k)
                lines.push_back({task_label(run.tasks[k]), bodies[k]});
            if (i + shown < end) {
                lines.push_back({"", fold_text(end - i - shown, how, run.tasks[i + shown], run.tasks[end - 1]),
                                 end - i - shown});
            }
            i = end;
        }
        return lines;
    };
    std::vector<Line> lines = group([](const std::string& body) { return body; }, "like this");
    if (lines.size() <= kMaxTaskLines) return lines;
    // The same bar moved along: its text without the leading blanks.
    lines = group([](const std::string& body) { return body.substr(std::min(body.find('|'), body.size())); },
                  "like this, each later");
    if (lines.size() <= kMaxTaskLines) return lines;
    lines.resize(kMaxTaskLines - 1);
    std::size_t drawn = 0;
    for (const Line& line : lines) drawn += line.tasks;
    const std::size_t rest = run.tasks.size() - drawn;
    lines.push_back({"", fold_text(rest, "not drawn", run.tasks[drawn], run.tasks.back()), rest});
    return lines;
}

// What a worker's lane shows at a time: its innermost interval there (a
// wait for the GIL inside computing), or nothing when idle.
char state_glyph(WorkerState state) {
    switch (state) {
        case WorkerState::Busy: return '#';
        case WorkerState::Running: return '+';
        case WorkerState::IoWait: return '~';
        case WorkerState::Polling: return '.';
        case WorkerState::LockWait: return '=';
        case WorkerState::Blocked: return '!';
        case WorkerState::Starting: return 's';
    }
    return '?';
}

std::string worker_line(const WorkerRecord& worker, const Layout& layout) {
    std::string bar(static_cast<std::size_t>(layout.columns()), ' ');
    for (const WorkerSpan& span : worker.spans) {  // in start order: inner spans come later
        // Each column shows the span at its middle; one too short to hold a
        // middle still shows in the column it starts in.
        const int first = std::max(0, layout.column(span.span.start_s) - 1);
        const int last = std::min(layout.columns(), layout.column(span.span.end_s) + 1);
        bool shown = false;
        for (int column = first; column < last; ++column) {
            const double time = layout.time_at(column);
            if (span.span.start_s <= time && time < span.span.end_s) {
                bar[static_cast<std::size_t>(column)] = state_glyph(span.state);
                shown = true;
            }
        }
        const int start = std::min(layout.column(span.span.start_s), layout.columns() - 1);
        if (!shown && start >= 0) bar[static_cast<std::size_t>(start)] = state_glyph(span.state);
    }
    return bar;
}

// One line saying what the marks mean, listing only those the drawing uses.
std::string legend(const RunRecord& run, AsciiLanes lanes, bool short_waits) {
    std::vector<std::string> keys;
    if (lanes == AsciiLanes::Worker) {
        bool seen[kWorkerStateCount] = {};
        for (const WorkerRecord& worker : run.workers)
            for (const WorkerSpan& span : worker.spans) seen[static_cast<int>(span.state)] = true;
        const std::pair<WorkerState, const char*> meanings[] = {
            {WorkerState::Busy, "computing"},          {WorkerState::Running, "running callbacks"},
            {WorkerState::IoWait, "waiting on I/O"},   {WorkerState::Polling, "polling sockets"},
            {WorkerState::LockWait, "waiting for the GIL"}, {WorkerState::Blocked, "loop blocked by a task"},
            {WorkerState::Starting, "starting"}};
        for (const auto& [state, meaning] : meanings) {
            if (seen[static_cast<int>(state)]) keys.push_back(std::string(1, state_glyph(state)) + " " + meaning);
        }
        keys.push_back("blank idle");
    } else {
        bool seen[kPhaseKindCount] = {};
        bool queued = false;
        for (const TaskRecord& task : run.tasks) {
            for (const PhaseSpan& phase : task.phases) seen[static_cast<int>(phase.kind)] = true;
            queued |= task.start_s.value_or(0) > task.queued_s;
        }
        keys.push_back("|--| a task from start to end, - working");
        if (seen[static_cast<int>(PhaseKind::Wait)]) keys.push_back("wait: for the server");
        if (seen[static_cast<int>(PhaseKind::LockWait)]) keys.push_back("lock: for the GIL");
        if (seen[static_cast<int>(PhaseKind::Stalled)]) keys.push_back("stall: the client had not got to it");
        if (short_waits) keys.push_back(". a wait too short for its word");
        if (queued) keys.push_back("blank before: queued");
    }
    std::string text = "Key:";
    for (std::size_t i = 0; i < keys.size(); ++i) text += (i == 0 ? " " : ", ") + keys[i];
    return text;
}

// `text` broken at spaces into lines of at most `width` columns (a longer
// word keeps its own line); continuation lines are indented by two.
void append_wrapped(std::string& out, const std::string& text, int width) {
    std::string line;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!line.empty() && static_cast<int>(line.size() + 1 + word.size()) > width) {
            append_line(out, line);
            line = "  ";
        }
        line += (line.empty() || line == "  " ? "" : " ") + word;
        start = end + 1;
    }
    if (!line.empty()) append_line(out, line);
}

std::string worker_label(const WorkerRecord& worker) {
    return worker.label.empty() ? "worker " + std::to_string(worker.id) : worker.label;
}

}  // namespace

std::string ascii_diagram(const RunRecord& run, int width, bool markdown_fence,
                          double time_span_s, AsciiLanes lanes) {
    const double end = run_end(run);
    const double span = std::max(end, time_span_s);
    std::size_t label_width = 0;
    std::size_t suffix_width = 0;
    if (lanes == AsciiLanes::Worker) {
        for (const WorkerRecord& worker : run.workers) label_width = std::max(label_width, worker_label(worker).size());
    } else {
        for (const TaskRecord& task : run.tasks) {
            label_width = std::max(label_width, task_label(task).size());
            if (task.end_s) suffix_width = std::max(suffix_width, 1 + outcome_word(task).size());
        }
    }
    const int columns =
        std::max(kMinBarColumns, width - static_cast<int>(label_width + 1 + suffix_width));
    const Layout layout(span, columns);
    const std::string indent(label_width + 1, ' ');

    std::string out;
    if (markdown_fence) out += "```\n";
    std::string title = run_name(run) + " — makespan " + duration_text(end);
    if (run.cancelled) title += " (cancelled)";
    append_line(out, title);
    std::vector<Line> lines;
    bool short_waits = false;
    if (lanes == AsciiLanes::Worker) {
        for (const WorkerRecord& worker : run.workers) lines.push_back({worker_label(worker), worker_line(worker, layout)});
    } else {
        std::vector<std::string> bodies;
        bodies.reserve(run.tasks.size());
        for (const TaskRecord& task : run.tasks) bodies.push_back(task_line(task, layout));
        lines = fold_tasks(run, bodies);
        for (const Line& line : lines) short_waits |= !line.label.empty() && line.body.find('.') != std::string::npos;
    }
    for (Line& line : lines) {
        if (line.label.empty()) {
            append_line(out, line.body);
            continue;
        }
        line.label.resize(label_width, ' ');
        append_line(out, line.label + " " + line.body);
    }
    // Axis labels may use the outcome words' room, so the axis is never wider than the lines.
    append_line(out, indent + axis_line(layout, static_cast<std::size_t>(columns) + suffix_width));
    // The key is no wider than the drawing, but never squeezed below 40 columns.
    const int drawn = static_cast<int>(indent.size() + suffix_width) + columns;
    append_wrapped(out, legend(run, lanes, short_waits), std::max(drawn, kMinKeyColumns));
    if (markdown_fence) out += "```\n";
    return out;
}

std::string ascii_diagrams(const RunSet& runs, int width, bool markdown_fence, AsciiLanes lanes) {
    double longest = 0;
    for (const RunRecord& run : runs.runs) longest = std::max(longest, run_end(run));
    std::string out;
    for (const RunRecord& run : runs.runs) {
        if (!out.empty()) out += '\n';
        out += ascii_diagram(run, width, markdown_fence, longest, lanes);
    }
    return out;
}

}  // namespace overlap
