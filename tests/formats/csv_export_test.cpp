// CSV export: one row per task and per phase, quoted the RFC 4180 way.
#include <gtest/gtest.h>

#include "formats/csv_export.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

using test::sample_task;

constexpr const char* kHeader =
    "mode,concurrency,task,worker,url,kind,start_s,end_s,duration_s,outcome,http_status,error\r\n";

TEST(CsvExport, OneRowForTheTaskThenOneForEachPhase) {
    RunSet runs;
    RunRecord run;
    run.config = {Mode::Sequential, 8};  // sequential always runs one at a time
    run.tasks.push_back(sample_task(0, 0, 0.5, 1.5, Outcome::Ok,
                                  {{PhaseKind::Queued, {0, 0.5}},
                                   {PhaseKind::Wait, {0.5, 1.25}},
                                   {PhaseKind::Receive, {1.25, 1.5}}}));
    run.tasks[0].url = "http://h/a";
    runs.runs.push_back(run);
    EXPECT_EQ(run_set_to_csv(runs),
              std::string(kHeader) +
                  "sequential,1,0,0,http://h/a,task,0.5,1.5,1,ok,200,\r\n"
                  "sequential,1,0,0,http://h/a,queued,0,0.5,0.5,ok,200,\r\n"
                  "sequential,1,0,0,http://h/a,wait,0.5,1.25,0.75,ok,200,\r\n"
                  "sequential,1,0,0,http://h/a,receive,1.25,1.5,0.25,ok,200,\r\n");
}

TEST(CsvExport, QuotesFieldsWithCommasQuotesAndLineBreaks) {
    RunSet runs;
    RunRecord run;
    run.config = {Mode::Threads, 2};
    TaskRecord task = sample_task(3, 1, 0.0, 2.0, Outcome::HttpError);
    task.url = "http://h/q?a=1,b=2";
    task.http_status = 503;
    task.error = "Service \"Unavailable\"\r\nretry";
    run.tasks.push_back(task);
    runs.runs.push_back(run);
    EXPECT_EQ(run_set_to_csv(runs),
              std::string(kHeader) +
                  "threads,2,3,1,\"http://h/q?a=1,b=2\",task,0,2,2,http_error,503,"
                  "\"Service \"\"Unavailable\"\"\r\nretry\"\r\n");
}

TEST(CsvExport, UnknownValuesAreEmpty) {
    RunSet runs;
    RunRecord run;
    run.config = {Mode::Async, 4};
    run.tasks.push_back(
        sample_task(7, -1, std::nullopt, 0.25, Outcome::Cancelled, {{PhaseKind::Queued, {0, 0.25}}}));
    run.tasks[0].url.clear();  // a CPU-only task
    run.tasks[0].error = "cancelled before it finished";
    runs.runs.push_back(run);
    EXPECT_EQ(run_set_to_csv(runs),
              std::string(kHeader) +
                  "async,4,7,,,task,,0.25,,cancelled,0,cancelled before it finished\r\n"
                  "async,4,7,,,queued,0,0.25,0.25,cancelled,0,cancelled before it finished\r\n");
}

TEST(CsvExport, TimesReadBackExactly) {
    RunSet runs;
    RunRecord run;
    run.tasks.push_back(sample_task(0, 0, 0.1 + 0.2, 1.0 / 3.0));
    runs.runs.push_back(run);
    const std::string csv = run_set_to_csv(runs);
    EXPECT_NE(csv.find(",0.30000000000000004,0.3333333333333333,"), std::string::npos) << csv;
}

TEST(CsvExport, EveryRunOfASetHasItsRows) {
    const std::string csv = run_set_to_csv(test::rich_run_set());
    // Header + threads (3 tasks, 7 + 2 + 0 phases) + async (3 tasks, 1 phase); the
    // quoted error holds one line break of its own, repeated on its task's 3 rows.
    std::size_t lines = 0;
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
        ++lines;
    EXPECT_EQ(lines, 1u + 12u + 4u);
    std::size_t bare_breaks = 0;
    for (std::size_t i = 0; i < csv.size(); ++i)
        bare_breaks += csv[i] == '\n' && (i == 0 || csv[i - 1] != '\r');
    EXPECT_EQ(bare_breaks, 3u);
}

}  // namespace
}  // namespace overlap
