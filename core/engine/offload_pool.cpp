#include "engine/offload_pool.hpp"

#include <unistd.h>

#include <utility>

#include "engine/clock.hpp"

namespace overlap {

OffloadPool::OffloadPool(Recorder& recorder, ResourceMeter& meter, std::uint16_t worker,
                         const TaskSettings& settings, int wake_fd)
    : settings_(settings), wake_fd_(wake_fd), thread_([this, worker, &recorder, &meter] {
          const CountedThread counted(meter);
          work(worker, recorder);
      }) {}

OffloadPool::~OffloadPool() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    has_work_.notify_one();
}

void OffloadPool::submit(const ResolvedTask& task, TransferResult fetched,
                         std::int64_t started_ns) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back({&task, std::move(fetched), started_ns, now_ns()});
    }
    has_work_.notify_one();
}

std::size_t OffloadPool::take_finished() {
    std::lock_guard lock(mutex_);
    return std::exchange(finished_, 0);
}

void OffloadPool::work(std::uint16_t worker, Recorder& recorder) {
    LogSink sink(recorder, worker);
    WorkerEvents events(sink, worker);
    for (;;) {
        Job job{};
        {
            std::unique_lock lock(mutex_);
            has_work_.wait(lock, [&] { return closing_ || !jobs_.empty(); });
            if (jobs_.empty()) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        const std::int64_t began = now_ns();
        events.phase(job.task->id, PhaseKind::Queued, job.submitted_ns, began);
        const TransferResult result =
            run_task_compute(*job.task, std::move(job.fetched), job.started_ns, settings_, events);
        events.span(WorkerState::Busy, job.task->id, began, now_ns());
        record_task_end(job.task->id, result, events);
        {
            std::lock_guard lock(mutex_);
            ++finished_;
        }
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(wake_fd_, &one, sizeof one);
    }
}

}  // namespace overlap
