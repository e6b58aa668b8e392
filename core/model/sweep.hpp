// A parameter sweep as data: one workload run again and again while one
// parameter steps through a list of values, every chosen mode at each value,
// `repeat` times each. A value's runs are a RunSet of their own, so any point
// of a sweep opens as an ordinary comparison.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/mode.hpp"
#include "model/preset.hpp"
#include "model/run_plan.hpp"
#include "model/run_record.hpp"
#include "model/sweep_param.hpp"
#include "model/workload.hpp"

namespace overlap {

struct SweepSpec {
    SweepParam param = SweepParam::Concurrency;
    std::vector<double> values;  // in the order they run; the first is the speed-up baseline
    std::vector<Mode> modes;
    int repeat = 1;  // runs of each mode at each value
    // The base: its tasks and behaviour before the parameter is applied.
    Workload workload;
    int concurrency = 4;  // every mode's concurrency when the sweep varies something else
};

// "1,2,4,8" or the geometric range "1..64x2" (1, 2, 4, ... up to 64) into
// values, or nullopt with `error` saying what is wrong with the text, for a
// one-line message that names the flag.
std::optional<std::vector<double>> parse_sweep_values(std::string_view text, std::string* error);

// Why the spec cannot run (no values, a value outside the workload limits for
// its parameter, no modes, repeat < 1), or nullopt when it can.
std::optional<std::string> sweep_problem(const SweepSpec& spec);

// What runs at `value`: the base workload with the parameter applied, and
// every mode `repeat` times, mode-major in spec.modes order.
RunPlan sweep_point_plan(const SweepSpec& spec, double value);

// A preset's sweep (Preset::sweep, which must be set) over its workload.
SweepSpec preset_sweep_spec(const Preset& preset);

struct SweepPoint {
    double value = 0;
    RunSet runs;  // as sweep_point_plan planned them; fewer when cancelled
};

struct SweepResult {
    SweepSpec spec;
    std::string title;        // the preset's, or empty
    std::string recorded_at;  // ISO 8601, UTC
    std::vector<SweepPoint> points;  // in spec.values order; only the values that ran
    bool cancelled = false;
};

}  // namespace overlap
