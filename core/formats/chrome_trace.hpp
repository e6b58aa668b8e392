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
// Each run is a process ("threads (c=4)"), each worker a thread named by its
// label; each task a slice "task N" with its phases nested inside. A worker
// that overlaps tasks (the async event loop) gets one thread per concurrent
// lane ("event loop", "event loop #2", ...) because a trace thread can only
// nest slices. Queued time is on a "queue" thread, tasks in flight on an
// "in flight" counter.
std::string run_set_to_chrome_trace(const RunSet& runs);

// Reads "X" slices and "B"/"E" pairs. Each pid becomes a run (mode Sequential,
// concurrency = its number of threads with slices), each (pid, tid) a worker
// named by its thread_name metadata. The outermost slices on a thread are the
// tasks (url = slice name, outcome ok, no queueing); slices directly inside
// one are its phases, all of kind Compute (a profile says what ran, not what
// it waited on), and deeper slices fall inside those and add nothing. Times
// are rebased so the earliest slice starts at 0. The workload is left empty
// (the caller names it, e.g. after the file).
//
// `on_progress` is called now and then with a fraction in [0, 1]; returning
// false cancels with FormatError("import cancelled"). Bad input throws
// FormatError.
RunSet import_chrome_trace(std::string_view json,
                           const std::function<bool(double progress)>& on_progress = {});

}  // namespace overlap
