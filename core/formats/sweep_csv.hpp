// A sweep's points as CSV for spreadsheets and pandas: one row per value and
// mode (analysis/sweep_table's cells), RFC 4180.
#pragma once

#include <string>

#include "model/sweep.hpp"

namespace overlap {

// Columns: param,value,mode,runs,makespan_median_s,makespan_min_s,
// makespan_max_s,speed_up,ideal_s,ideal_speed_up,ideal_cap,cores,efficiency,
// failed. Numbers in the shortest form that reads back exactly; an unknown
// one (no ideal, no speed-up) is empty. ideal_cap is the run file's name for
// it: concurrency, cores, gil or event_loop.
std::string sweep_to_csv(const SweepResult& sweep);

}  // namespace overlap
