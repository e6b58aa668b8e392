// The sentences a diff states before its numbers when the two workloads
// differ: one per way tasks differ (tasks that differ alike share one),
// capped, then the behaviours.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/workload_differences.hpp"

namespace overlap {
namespace {

using Sentences = std::vector<std::string>;

Workload delays(int tasks, double delay) {
    ServerShape shape;
    shape.delay_s = delay;
    return uniform_workload(tasks, shape.url(), 0, shape.expected_s());
}

TEST(WorkloadDifferences, NoneForTheSameWorkload) {
    EXPECT_TRUE(workload_differences(delays(16, 0.25), delays(16, 0.25)).empty());
}

TEST(WorkloadDifferences, TaskCountAndTheTasksBothRun) {
    EXPECT_EQ(workload_differences(delays(10, 1), delays(16, 1)),
              (Sentences{"A runs 10 tasks, B runs 16"}));
    EXPECT_EQ(workload_differences(delays(10, 1), delays(16, 2)),
              (Sentences{"A runs 10 tasks, B runs 16",
                         "Tasks 0–9 fetch /delay/1 in A and /delay/2 in B"}));
}

TEST(WorkloadDifferences, TasksThatDifferAlikeShareOneSentence) {
    EXPECT_EQ(workload_differences(delays(16, 1), delays(16, 2)),
              (Sentences{"Every task fetches /delay/1 in A and /delay/2 in B"}));

    Workload before = delays(12, 1);
    Workload after = before;
    after.tasks[3].url = "{server}/delay/2";
    for (std::size_t i : {5u, 6u, 7u, 9u}) after.tasks[i].cpu_ms = 50;
    after.tasks[11].url.clear();  // CPU work only
    EXPECT_EQ(workload_differences(before, after),
              (Sentences{"Task 3 fetches /delay/1 in A and /delay/2 in B",
                         "Tasks 5–7 and 9 compute for 0 ms in A and 50 ms in B",
                         "Task 11 fetches /delay/1 in A and nothing in B"}));
}

TEST(WorkloadDifferences, AnExpectedTimeIsMentionedOnlyWhenTheUrlIsTheSame) {
    Workload before = uniform_workload(2, "https://example.org/", 0, std::nullopt);
    Workload after = before;
    after.tasks[0].expected_s = 1.5;
    EXPECT_EQ(workload_differences(before, after),
              (Sentences{"Task 0 is expected to take an unknown time in A and 1.5 s in B"}));
}

TEST(WorkloadDifferences, LongListsOfIdsAndOfSentencesAreCut) {
    Workload before = delays(40, 1);
    Workload after = before;
    // Every other task: too many pieces to list.
    for (std::size_t i = 0; i < 20; i += 2) after.tasks[i].cpu_ms = 10;
    // Eight tasks each fetching something of its own: eight sentences.
    for (std::size_t i = 20; i < 28; ++i)
        after.tasks[i].url = "{server}/delay/" + std::to_string(i);
    const Sentences sentences = workload_differences(before, after);
    ASSERT_EQ(sentences.size(), kShownTaskDifferences + 1);
    EXPECT_EQ(sentences[0], "Tasks 0, 2, 4, 6 and 6 others compute for 0 ms in A and 10 ms in B");
    EXPECT_EQ(sentences[1], "Task 20 fetches /delay/1 in A and /delay/20 in B");
    EXPECT_EQ(sentences.back(), "…and 4 more tasks differ");
}

TEST(WorkloadDifferences, HostileUrlsAreShownOnOneSafeLine) {
    Workload before = uniform_workload(1, "{server}/get", 0, std::nullopt);
    Workload after = uniform_workload(1, "http://x/\x1b[2J\nnext", 0, std::nullopt);
    const Sentences sentences = workload_differences(before, after);
    ASSERT_EQ(sentences.size(), 1u);
    EXPECT_EQ(sentences[0].find('\x1b'), std::string::npos) << sentences[0];
    EXPECT_EQ(sentences[0].find('\n'), std::string::npos) << sentences[0];
}

TEST(WorkloadDifferences, Behaviours) {
    Workload before = delays(4, 1);
    Workload after = before;
    after.behaviour.gil = true;
    after.behaviour.interpreter_ms = 2.5;
    after.behaviour.timeout_s = 5;
    after.behaviour.offload = true;
    after.behaviour.blocking_in_async = true;
    EXPECT_EQ(workload_differences(before, after),
              (Sentences{"Emulated GIL: off in A, on in B",
                         "Emulated interpreter work per request: none in A, 2.5 ms in B",
                         "Task timeout: 30 s in A, 5 s in B",
                         "Async CPU work on a helper thread: no in A, yes in B",
                         "Async fetches with a blocking call: no in A, yes in B"}));
}

}  // namespace
}  // namespace overlap
