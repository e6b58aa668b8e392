// Runs as plain-text timelines, in the style of the diagrams in Python
// concurrency tutorials, for terminals, READMEs and bug reports:
//
//   sequential (c=1) — makespan 3.02 s
//   Task 0 |--- wait ---| done
//   Task 1               |--- wait ---| done
//          0s       1s        2s       3s
//
// One line per task, the time axis scaled so each line fits `width` columns
// (never fewer than 10 for the bars). A task's bar runs from its start to its
// end between two `|`: `-` while it runs (dns, connect, tls, send, receive,
// compute), a waiting span (waiting for the server, or for the emulated GIL)
// shows the word `wait` or `lock` centred in it when it fits, else `.`.
// Queued time is left blank, like the time before a task starts: every task
// counts as queued from 0, so marking it would fill every line. After the bar
// comes `done`, `FAIL` (HTTP or transport error), `TIMEOUT` or `CANCELLED`.
#pragma once

#include <string>

#include "model/run_record.hpp"

namespace overlap {

// `time_span_s` is the time the width stands for; 0 means the run's own end.
std::string ascii_diagram(const RunRecord& run, int width, bool markdown_fence = false,
                          double time_span_s = 0);

// Every run, one after another, separated by a blank line, on one time scale
// (the longest run's), so that 10 s of sequential and 1 s of async look ten
// times apart, as they do in the tutorials.
std::string ascii_diagrams(const RunSet& runs, int width, bool markdown_fence);

}  // namespace overlap
