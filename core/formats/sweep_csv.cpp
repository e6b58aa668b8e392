#include "formats/sweep_csv.hpp"

#include "analysis/sweep_table.hpp"
#include "formats/csv_writer.hpp"

namespace overlap {

std::string sweep_to_csv(const SweepResult& sweep) {
    CsvWriter csv;
    for (const char* column : {"param", "value", "mode", "runs", "makespan_median_s", "makespan_min_s",
                               "makespan_max_s", "speed_up", "ideal_s", "ideal_speed_up", "ideal_cap",
                               "cores", "efficiency", "failed"})
        csv.field(column);
    csv.end_row();
    for (const SweepCell& cell : sweep_cells(sweep)) {
        const bool measured = cell.makespan_median_s > 0;
        csv.field(to_string(sweep.spec.param));
        csv.number(cell.value);
        csv.field(to_string(cell.mode));
        csv.number(cell.runs.size());
        for (double seconds : {cell.makespan_median_s, cell.makespan_min_s, cell.makespan_max_s})
            csv.optional_number(measured ? std::optional(seconds) : std::nullopt);
        csv.optional_number(cell.speed_up);
        csv.optional_number(cell.ideal_s);
        csv.optional_number(cell.ideal_speed_up);
        csv.field(cell.ideal_s ? to_string(cell.ideal_cap) : "");
        csv.number(cell.cores);
        csv.optional_number(cell.efficiency);
        csv.number(cell.failed);
        csv.end_row();
    }
    return csv.take();
}

}  // namespace overlap
