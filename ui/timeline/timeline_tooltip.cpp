#include "ui/timeline/timeline_tooltip.hpp"

#include <algorithm>

#include "ui/theme/number_format.hpp"
#include "ui/theme/phase_palette.hpp"

namespace overlap::ui {

namespace {

QString swatch(const QColor& colour) {
    return QStringLiteral("<span style=\"color:%1\">\u25a0</span>").arg(colour.name());
}

QString interval(double start_s, double end_s) {
    return QStringLiteral("%1 \u2192 %2").arg(formatSeconds(start_s), formatSeconds(end_s));
}

QString outcomeLine(const TaskRecord& t) {
    if (t.outcome == Outcome::Pending) {
        return t.start_s ? QStringLiteral("running") : QStringLiteral("queued");
    }
    QString line =
        QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
            .arg(hasOutcomeMark(t.outcome) ? outcomeColour(t.outcome).name() : QStringLiteral("inherit"),
                 outcomeLabel(t.outcome));
    if (t.http_status > 0) line += QStringLiteral(", HTTP %1").arg(t.http_status);
    return line;
}

// What a bar's colour means, where its label alone does not say it; empty otherwise.
QString meaning(BarKey key) {
    switch (key) {
        case BarKey::Stalled:
            return QStringLiteral(
                "Stalled: started, but neither on the network nor computing. The client "
                "(libcurl, the event loop) had not got to it: busy with other tasks before "
                "its connection began, or after its response was complete.");
        case BarKey::WorkerBusy:
            return QStringLiteral("Computing: the thread is on the CPU for this task.");
        case BarKey::WorkerIoWait:
            return QStringLiteral(
                "Waiting on I/O: the thread sits inside a blocking transfer. It computes "
                "nothing, yet can run no other task until the server answers.");
        case BarKey::WorkerLockWait:
            return QStringLiteral("Waiting for the emulated GIL held by another thread.");
        case BarKey::WorkerRunning:
            return QStringLiteral(
                "Running callbacks: the loop's thread is on the CPU, starting transfers and "
                "handling their data; every task in flight waits for its turn.");
        case BarKey::WorkerBlocked:
            return QStringLiteral(
                "Blocked: one task holds the loop's thread (CPU work or a blocking call); "
                "no other task moves.");
        case BarKey::WorkerInFlight:
            return QStringLiteral(
                "In flight: the loop holds this task and polls its socket with all the others.");
        default:
            return {};
    }
}

// Which task and how it ended: outcome, error, URL and worker.
QString taskHeader(const RunRecord& run, const TaskRecord& t) {
    QString text = QStringLiteral("<b>Task %1</b> \u00b7 %2").arg(t.id).arg(outcomeLine(t));
    if (!t.error.empty()) {
        text += QStringLiteral("<br>%1").arg(QString::fromStdString(t.error).toHtmlEscaped());
    }
    text +=
        QStringLiteral("<br>%1").arg(t.url.empty() ? QStringLiteral("CPU work only")
                                                   : QString::fromStdString(t.url).toHtmlEscaped());
    if (t.worker >= 0 && static_cast<std::size_t>(t.worker) < run.workers.size()) {
        const std::string& label = run.workers[static_cast<std::size_t>(t.worker)].label;
        text += QStringLiteral("<br>Worker: %1")
                    .arg(label.empty() ? QString::number(t.worker)
                                       : QString::fromStdString(label).toHtmlEscaped());
    } else {
        text += QStringLiteral("<br>Worker: none yet");
    }
    return text;
}

}  // namespace

QString taskTooltip(const RunRecord& run, int task) {
    if (task < 0 || static_cast<std::size_t>(task) >= run.tasks.size()) return {};
    const TaskRecord& t = run.tasks[static_cast<std::size_t>(task)];
    QString text = taskHeader(run, t);
    text += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const PhaseSpan& p : t.phases) {
        text += QStringLiteral("<tr><td>%1 %2</td><td align=\"right\">&nbsp;%3</td></tr>")
                    .arg(swatch(phaseColour(p.kind)), phaseLabel(p.kind),
                         formatSeconds(p.span.duration()));
    }
    text += QStringLiteral("</table>");
    const bool stalled = std::any_of(t.phases.begin(), t.phases.end(),
                                     [](const PhaseSpan& p) { return p.kind == PhaseKind::Stalled; });
    if (stalled) text += QStringLiteral("<i>%1</i><br>").arg(meaning(BarKey::Stalled));
    if (t.end_s) {
        text += QStringLiteral("Total %1 (%2)")
                    .arg(formatSeconds(*t.end_s - t.queued_s), interval(t.queued_s, *t.end_s));
    } else if (t.start_s) {
        text += QStringLiteral("Started at %1").arg(formatSeconds(*t.start_s));
    }
    return text;
}

QString barTooltip(const RunRecord& run, const TimelineModel& model, int bar) {
    const TimelineBar& b = model.bar(bar);
    QString text = QStringLiteral("%1 <b>%2</b> %3 (%4)")
                       .arg(swatch(barColour(b.key)), barLabel(b.key),
                            formatSeconds(b.end - b.start), interval(b.start, b.end));
    if (model.laneMode() == LaneMode::PerWorker) {
        text = model.laneLabel(b.lane).toHtmlEscaped() + QStringLiteral(": ") + text;
        if (const QString why = meaning(b.key); !why.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(why);
    }
    const int task = model.task(bar);
    if (task >= 0) text += QStringLiteral("<hr>") + taskTooltip(run, task);
    return text;
}

QString foldedTooltip(const RunRecord& run, const TimelineModel& model, const FoldedBlock& block) {
    const QString what =
        block.tasks > 1 ? QStringLiteral("%1 tasks (%2 intervals)").arg(block.tasks).arg(block.bars)
                        : QStringLiteral("%1 intervals").arg(block.bars);
    QString text = QStringLiteral("<b>%1</b>: %2 folded, mostly %3 %4<br>%5")
                       .arg(model.laneLabel(block.lane).toHtmlEscaped(), what,
                            swatch(barColour(block.dominant)), barLabel(block.dominant),
                            interval(block.start_s, block.end_s));
    // One task folds when all of it took a few pixels: a refused connection, a
    // cache hit. Its outcome and error are what the user hovers it for.
    if (block.task >= 0 && static_cast<std::size_t>(block.task) < run.tasks.size()) {
        text += QStringLiteral("<hr>") +
                taskHeader(run, run.tasks[static_cast<std::size_t>(block.task)]);
    }
    return text + QStringLiteral("<br><i>Zoom in to see them.</i>");
}

QString heldTasksTooltip(const TimelineModel& model, int lane, double t) {
    int blockedBy = -1;
    bool running = false;
    model.bars().forEachOverlapping(lane, t, t, [&](int i) {
        const TimelineBar& b = model.bar(i);
        if (b.start > t || t >= b.end) return;
        if (b.key == BarKey::WorkerBlocked) blockedBy = model.task(i);
        if (b.key == BarKey::WorkerRunning) running = true;
    });
    const int held = model.inFlightAt(lane, t);
    const QString tasks =
        held == 1 ? QStringLiteral("1 task") : QStringLiteral("%1 tasks").arg(held);
    QString text = QStringLiteral("<b>%1</b> at %2: ")
                       .arg(model.laneLabel(lane).toHtmlEscaped(), formatSeconds(t));
    if (blockedBy >= 0) {
        text += QStringLiteral(
                    "%1 <b>blocked</b> by task %2: CPU work or a blocking call on "
                    "the loop's own thread")
                    .arg(swatch(barColour(BarKey::WorkerBlocked)))
                    .arg(blockedBy);
        if (held > 1) {
            text += QStringLiteral("; the %1 other tasks in flight cannot move meanwhile")
                        .arg(held - 1);
        }
    } else if (running) {
        text += QStringLiteral(
                    "%1 <b>running callbacks</b> with %2 in flight: the loop is on the CPU, "
                    "starting transfers and handling their data, and each task waits its turn")
                    .arg(swatch(barColour(BarKey::WorkerRunning)), tasks);
    } else if (held > 0) {
        text += QStringLiteral(
                    "%1 <b>polling %2</b>: waiting in epoll on %3 in flight; it runs a task only "
                    "in short callbacks when its data arrives")
                    .arg(swatch(barColour(BarKey::WorkerInFlight)),
                         held == 1 ? QStringLiteral("1 socket")
                                   : QStringLiteral("%1 sockets").arg(held),
                         tasks);
    } else {
        text += QStringLiteral("<b>idle</b>: nothing in flight");
    }
    return text;
}

}  // namespace overlap::ui
