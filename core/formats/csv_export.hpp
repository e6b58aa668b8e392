// Runs as a flat table for spreadsheets and pandas: one row per task and one
// per phase, RFC 4180 (CRLF line ends, fields quoted when they need it).
#pragma once

#include <string>

#include "model/run_record.hpp"

namespace overlap {

// Columns: mode,concurrency,task,worker,url,kind,start_s,end_s,duration_s,
// outcome,http_status,error. `kind` is "task" for the task's whole span or a
// phase name; outcome, http_status and error are the task's, on every row so
// that any row can be filtered on its own. Times are seconds since the run's
// start, written in the shortest form that reads back exactly; unknown values
// are empty.
std::string run_set_to_csv(const RunSet& runs);

}  // namespace overlap
