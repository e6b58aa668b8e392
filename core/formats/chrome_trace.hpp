// Chrome's Trace Event JSON, the format chrome://tracing, Perfetto and
// VizTracer share: export runs to look at them there, import profiler traces
// to look at them here.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "model/run_record.hpp"

namespace overlap {

// {"displayTimeUnit":"ms","traceEvents":[...]}, times in microseconds.
// Each run is a process named by run_name() ("threads (c=4)"), each worker a
// thread named by its label; each task a slice "task N" with its url,
// outcome, http_status and error in args and its phases nested inside, named
// by kind ("dns", "wait"...). A trace thread can only nest slices, so
// overlapping ones go on lanes, one thread each: an event loop's tasks on
// "event loop", "event loop #2", ..., queued time on "queue", "queue #2", ...
// (a task that never started has only its queued slice, which carries its
// args). Tasks in flight are an "in flight" counter.
std::string run_set_to_chrome_trace(const RunSet& runs);

// Reads "X" slices and "B"/"E" pairs. Each pid becomes a run, each (pid, tid)
// a worker named by its thread_name metadata; threads "LABEL #k" beside a
// thread "LABEL" are lanes of one worker. The outermost slices on a thread are
// the tasks, slices directly inside one its phases, and deeper slices fall
// inside those and add nothing. Times are rebased so the earliest slice starts
// at 0. The workload is left empty (the caller names it, e.g. after the file).
//
// What the export writes reads back as the runs it came from:
// - a process_name that reads as a run_name() gives the run's mode,
//   concurrency and traits, and each of its named threads but the queue is a
//   worker even with no slices; otherwise the run is Sequential with
//   concurrency = its number of workers;
// - a "queue" thread (and its lanes) whose slices are each named like one
//   task on the workers, or carry the args of a task that never started, gives
//   those tasks' Queued phases and queued_s; otherwise it is a worker;
// - a phase named after a phase kind has that kind; any other is Compute (a
//   profile says what ran, not what it waited on);
// - a task slice's args url, outcome, http_status and error fill the task;
//   without them url = the slice's name, outcome Ok. Only "X" slices' args are
//   read; a task without a queued slice has queued_s = its start.
//
// `on_progress` is called now and then with a fraction in [0, 1]; returning
// false cancels with FormatError("import cancelled"). Bad input throws
// FormatError.
RunSet import_chrome_trace(std::string_view json,
                           const std::function<bool(double progress)>& on_progress = {});

}  // namespace overlap
