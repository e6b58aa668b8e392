// Draws runs as text timelines (see ascii_diagram.hpp); the arithmetic stays finite for any times.
#include "formats/ascii_diagram.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

#include "model/run_name.hpp"

namespace overlap {

namespace {

constexpr int kMinBarColumns = 10;
constexpr int kMinTickGap = 8;  // columns from one axis label to the next

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

const char* outcome_word(Outcome outcome) {
    switch (outcome) {
        case Outcome::Ok:
            return "done";
        case Outcome::HttpError:
        case Outcome::Error:
            return "FAIL";
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
    if (task.end_s) bar += std::string(" ") + outcome_word(task.outcome);
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

}  // namespace

std::string ascii_diagram(const RunRecord& run, int width, bool markdown_fence,
                          double time_span_s) {
    const double end = run_end(run);
    const double span = std::max(end, time_span_s);
    std::size_t label_width = 0;
    std::size_t suffix_width = 0;
    for (const TaskRecord& task : run.tasks) {
        label_width = std::max(label_width, task_label(task).size());
        if (task.end_s)
            suffix_width =
                std::max(suffix_width, 1 + std::string_view(outcome_word(task.outcome)).size());
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
    for (const TaskRecord& task : run.tasks) {
        std::string label = task_label(task);
        label.resize(label_width, ' ');
        append_line(out, label + " " + task_line(task, layout));
    }
    // Axis labels may use the outcome words' room, so the axis is never wider than the lines.
    append_line(out, indent + axis_line(layout, static_cast<std::size_t>(columns) + suffix_width));
    if (markdown_fence) out += "```\n";
    return out;
}

std::string ascii_diagrams(const RunSet& runs, int width, bool markdown_fence) {
    double longest = 0;
    for (const RunRecord& run : runs.runs) longest = std::max(longest, run_end(run));
    std::string out;
    for (const RunRecord& run : runs.runs) {
        if (!out.empty()) out += '\n';
        out += ascii_diagram(run, width, markdown_fence, longest);
    }
    return out;
}

}  // namespace overlap
