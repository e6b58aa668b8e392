#include "formats/csv_export.hpp"

#include <optional>
#include <string_view>

#include "formats/csv_writer.hpp"

namespace overlap {

namespace {

void write_row(CsvWriter& csv, const RunRecord& run, const TaskRecord& task, std::string_view kind,
               std::optional<double> start, std::optional<double> end) {
    csv.field(to_string(run.config.mode));
    csv.number(run.config.effective_concurrency());
    csv.number(task.id);
    if (task.worker >= 0) {
        csv.number(task.worker);
    } else {
        csv.field({});
    }
    csv.field(task.url);
    csv.field(kind);
    csv.optional_number(start);
    csv.optional_number(end);
    csv.optional_number(start && end ? std::optional(*end - *start) : std::nullopt);
    csv.field(to_string(task.outcome));
    csv.number(task.http_status);
    csv.field(task.error);
    csv.end_row();
}

}  // namespace

std::string run_set_to_csv(const RunSet& runs) {
    CsvWriter csv;
    for (const char* name : {"mode", "concurrency", "task", "worker", "url", "kind", "start_s",
                             "end_s", "duration_s", "outcome", "http_status", "error"}) {
        csv.field(name);
    }
    csv.end_row();
    for (const RunRecord& run : runs.runs) {
        for (const TaskRecord& task : run.tasks) {
            write_row(csv, run, task, "task", task.start_s, task.end_s);
            for (const PhaseSpan& phase : task.phases) {
                write_row(csv, run, task, to_string(phase.kind), phase.span.start_s,
                          phase.span.end_s);
            }
        }
    }
    return csv.take();
}

}  // namespace overlap
