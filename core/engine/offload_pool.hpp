// The async mode's helper thread for CPU work (asyncio.to_thread): the loop
// hands it a task whose fetch is done; the helper computes, records the task's
// end, and tells the loop through an eventfd that a concurrency slot is free.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/task_execution.hpp"
#include "system/resource_usage.hpp"

namespace overlap {

class OffloadPool {
public:
    // `wake_fd` is the loop's eventfd; the helper records as worker `worker`
    // and counts its CPU time in `meter`.
    OffloadPool(Recorder& recorder, ResourceMeter& meter, std::uint16_t worker,
                const TaskSettings& settings, int wake_fd);
    ~OffloadPool();  // finishes queued jobs (they stop early when cancelled) and joins

    void submit(const ResolvedTask& task, TransferResult fetched, std::int64_t started_ns);
    // Tasks that ended since the last call.
    std::size_t take_finished();

private:
    struct Job {
        const ResolvedTask* task;
        TransferResult fetched;
        std::int64_t started_ns;
        std::int64_t submitted_ns;  // from here until the helper takes it, the task is queued
    };
    void work(std::uint16_t worker, Recorder& recorder);

    TaskSettings settings_;
    int wake_fd_;
    std::mutex mutex_;
    std::condition_variable has_work_;
    std::deque<Job> jobs_;
    std::size_t finished_ = 0;
    bool closing_ = false;
    std::jthread thread_;
};

}  // namespace overlap
