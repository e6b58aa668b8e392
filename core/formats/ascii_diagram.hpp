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
// compute), a waiting span (for the server, the emulated GIL, or a client
// that had not got to it) shows the word `wait`, `lock` or `stall` centred
// in it when it fits, else `.`. Queued time is left blank, like the time
// before a task starts: every task counts as queued from 0, so marking it
// would fill every line. After the bar comes `done`, `HTTP 500` (the server
// answered with an error), `REFUSED` or `ERROR` (no answer), `TIMEOUT` or
// `CANCELLED`. Tasks drawn alike fold into "… 990 more tasks like this".
//
// With worker lanes, one line per thread, process or event loop, a mark per
// column for what it was doing: `#` computing, `~` waiting on I/O, `=`
// waiting for the GIL, `+` running callbacks, `.` polling, `!` blocked by
// a task, `s` starting, blank idle. A key line under the axis says what the
// marks in the drawing mean.
#pragma once

#include <string>

#include "model/run_record.hpp"

namespace overlap {

enum class AsciiLanes { Task, Worker };

// `time_span_s` is the time the width stands for; 0 means the run's own end.
std::string ascii_diagram(const RunRecord& run, int width, bool markdown_fence = false,
                          double time_span_s = 0, AsciiLanes lanes = AsciiLanes::Task);

// Every run, one after another, separated by a blank line, on one time scale
// (the longest run's), so that 10 s of sequential and 1 s of async look ten
// times apart, as they do in the tutorials.
std::string ascii_diagrams(const RunSet& runs, int width, bool markdown_fence,
                           AsciiLanes lanes = AsciiLanes::Task);

}  // namespace overlap
