// What the timeline says about the thing under the mouse: a task with its URL,
// worker, outcome and every phase's duration; a worker interval; a folded block;
// an event loop's moment.
// Rich text for QToolTip.
#pragma once

#include <QString>

#include "model/run_record.hpp"
#include "ui/timeline/timeline_geometry.hpp"
#include "ui/timeline/timeline_model.hpp"

namespace overlap::ui {

QString taskTooltip(const RunRecord& run, int task);
// The bar's own interval (a phase, or a worker state), then its task.
QString barTooltip(const RunRecord& run, const TimelineModel& model, int bar);
// What folded and over which interval; a block of one task (a connection
// refused at once) also says which task it is and how it ended.
QString foldedTooltip(const RunRecord& run, const TimelineModel& model, const FoldedBlock& block);
// What a worker holding several tasks at once (an event loop) was doing at
// time t: blocked by one task, waiting on the sockets of those in flight, or idle.
QString heldTasksTooltip(const TimelineModel& model, int lane, double t);

}  // namespace overlap::ui
