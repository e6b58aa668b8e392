// Runs of one mode told apart by name in every text format: the CLI table,
// ASCII diagrams and trace processes; and those names read back.
#include <gtest/gtest.h>

#include "formats/ascii_diagram.hpp"
#include "analysis/summary_table.hpp"
#include "model/run_name.hpp"
#include "support/sample_runs.hpp"

namespace overlap {
namespace {

RunSet blocking_in_loop() {
    RunSet set;
    for (bool blocking : {false, true}) {
        RunRecord run;
        run.config = {Mode::Async, 5};
        run.behaviour.blocking_in_async = blocking;
        run.tasks.push_back(test::sample_task(0, 0, 0.0, 1.0));
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

// Every mode, a few concurrencies and every set of traits: the name reads back
// as the run it came from, as far as the name shows it.
TEST(RunName, EveryNameReadsBack) {
    for (Mode mode : kAllModes) {
        for (int concurrency : {1, 5, 10000}) {
            for (int traits = 0; traits < 8; ++traits) {
                RunRecord run;
                run.config = {mode, concurrency};
                run.behaviour.gil = traits & 1;
                run.behaviour.blocking_in_async = traits & 2;
                run.behaviour.offload = traits & 4;
                const std::string name = run_name(run);
                SCOPED_TRACE(name);
                const std::optional<RunRecord> read = run_from_name(name);
                ASSERT_TRUE(read);
                EXPECT_EQ(read->config.mode, mode);
                EXPECT_EQ(read->config.effective_concurrency(), run.config.effective_concurrency());
                EXPECT_EQ(run_traits(*read), run_traits(run));
                EXPECT_EQ(run_name(*read), name);
            }
        }
    }
}

TEST(RunName, OtherTextIsNotARunName) {
    for (const char* name :
         {"", "python3", "threads", "threads (c=4", "threads c=4)", "warp (c=4)", "threads (c=)",
          "threads (c=0)", "threads (c=-2)", "threads (c=4x)", "threads (c=4,GIL)",
          "threads (c=4, GIL, GIL)", "threads (c=4, blocking call)", "async (c=4, GIL, )",
          "async (c=4, blocking call, GIL)", "sequential (c=4)", " async (c=4)"}) {
        EXPECT_FALSE(run_from_name(name)) << name;
    }
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
