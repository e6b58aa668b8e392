// The recorder's contract: events from many concurrent producers all arrive,
// in each producer's order, across chunk boundaries, while a consumer drains.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "engine/recorder.hpp"

namespace overlap {
namespace {

Event numbered(std::uint16_t worker, std::uint32_t n) {
    Event event;
    event.worker = worker;
    event.task = n;
    event.kind = EventKind::TaskPhase;
    event.begin_ns = n;
    event.end_ns = n + 1;
    return event;
}

TEST(EventLog, ReadsEverythingAcrossChunksInOrder) {
    EventLog log;
    EventLog::Cursor cursor;
    std::vector<std::uint32_t> seen;
    for (std::uint32_t n = 0; n < 100'000; ++n) {
        log.push(numbered(0, n));
        if (n % 777 == 0) log.read(cursor, [&](const Event& e) { seen.push_back(e.task); });
    }
    log.read(cursor, [&](const Event& e) { seen.push_back(e.task); });
    ASSERT_EQ(seen.size(), 100'000u);
    for (std::uint32_t n = 0; n < seen.size(); ++n) ASSERT_EQ(seen[n], n);
    EXPECT_EQ(log.read(cursor, [](const Event&) {}), 0u);
}

TEST(Recorder, ConcurrentProducersAndOneConsumerLoseNothing) {
    Recorder recorder;
    constexpr int kWorkers = 8;
    constexpr std::uint32_t kPerWorker = 50'000;
    std::vector<std::uint16_t> ids;
    for (int w = 0; w < kWorkers; ++w) ids.push_back(recorder.add_worker("thread " + std::to_string(w)));

    std::atomic<int> running{kWorkers};
    std::vector<std::thread> producers;
    for (std::uint16_t id : ids) {
        producers.emplace_back([&, id] {
            EventLog& log = recorder.log(id);
            for (std::uint32_t n = 0; n < kPerWorker; ++n) log.push(numbered(id, n));
            running.fetch_sub(1);
        });
    }
    std::vector<std::uint32_t> next(kWorkers, 0);
    EventBatch total;
    auto consume = [&] {
        EventBatch batch;
        recorder.drain(batch);
        for (const Event& e : batch.events) {
            ASSERT_EQ(e.task, next[e.worker]) << "worker " << e.worker << " out of order";
            ++next[e.worker];
        }
        total.new_workers.insert(total.new_workers.end(), batch.new_workers.begin(), batch.new_workers.end());
    };
    while (running.load() > 0) consume();
    for (auto& producer : producers) producer.join();
    consume();
    for (int w = 0; w < kWorkers; ++w) EXPECT_EQ(next[w], kPerWorker);
    ASSERT_EQ(total.new_workers.size(), static_cast<std::size_t>(kWorkers));
    EXPECT_EQ(total.new_workers[3], "thread 3");
}

TEST(Recorder, NotesTravelWithTheNextDrainOnce) {
    Recorder recorder;
    recorder.add_worker("loop");
    recorder.note_error(4, "Connection refused");
    EventBatch first;
    recorder.drain(first);
    ASSERT_EQ(first.notes.size(), 1u);
    EXPECT_EQ(first.notes[0].task, 4u);
    EXPECT_EQ(first.notes[0].error, "Connection refused");
    EventBatch second;
    recorder.drain(second);
    EXPECT_TRUE(second.empty());
}

}  // namespace
}  // namespace overlap
