// Runs of one mode told apart by name in every text format: the CLI table,
// ASCII diagrams and trace processes.
#include <gtest/gtest.h>

#include "formats/ascii_diagram.hpp"
#include "formats/summary_table.hpp"
#include "model/run_name.hpp"
#include "sample_runs.hpp"

namespace overlap {
namespace {

RunSet blocking_in_loop() {
    RunSet set;
    for (bool blocking : {false, true}) {
        RunRecord run;
        run.config = {Mode::Async, 5};
        run.behaviour.blocking_in_async = blocking;
        run.tasks.push_back(testing::make_task(0, 0, 0.0, 1.0));
        set.runs.push_back(run);
    }
    return set;
}

TEST(RunName, NamesTheModeItsConcurrencyAndWhatChangedIt) {
    RunRecord run;
    run.config = {Mode::Async, 5};
    EXPECT_EQ(run_name(run), "async (c=5)");
    run.behaviour = {30, true, true, true};
    EXPECT_EQ(run_name(run), "async (c=5, GIL, blocking call, CPU offloaded to a thread)");
    run.config = {Mode::Threads, 4};
    EXPECT_EQ(run_name(run), "threads (c=4, GIL)")
        << "only async has a loop to block or offload from";
}

TEST(RunName, TwoRunsOfOneModeReadDifferentlyInTheTableAndTheDiagrams) {
    const RunSet set = blocking_in_loop();
    const std::string table = summary_table(set);
    EXPECT_NE(table.find("\nasync  "), std::string::npos) << table;
    EXPECT_NE(table.find("\nasync, blocking call  "), std::string::npos) << table;
    EXPECT_NE(ascii_diagram(set.runs[1], 40).find("async (c=5, blocking call)"), std::string::npos);
}

}  // namespace
}  // namespace overlap
