#include "engine/pool_runner.hpp"

#include <atomic>
#include <thread>

#include "engine/gil.hpp"

namespace overlap {

void PoolRunner::run(RunContext& context) {
    const int workers = sequential_ ? 1 : std::max(1, context.concurrency);
    std::atomic<std::size_t> next_task{0};  // the queue: tasks are taken in order
    Gil gil;  // the one lock of the emulated interpreter all the pool's threads share
    const TaskSettings settings{context.timeout_ms(),
                                context.max_body_bytes,
                                context.iterations_per_ms,
                                context.behaviour.gil ? &gil : nullptr,
                                &context.cancel,
                                context.interpreter_iterations(),
                                &gil};

    auto work = [&](std::uint16_t worker) {
        LogSink sink(context.recorder, worker);
        WorkerEvents events(sink, worker);
        BlockingFetcher fetcher(&context.cancel);
        for (;;) {
            if (context.cancel.cancelled()) return;
            const std::size_t index = next_task.fetch_add(1, std::memory_order_relaxed);
            if (index >= context.tasks.size()) return;
            run_task_blocking(context.tasks[index], fetcher, settings, events);
        }
    };

    if (sequential_) {
        work(context.recorder.add_worker("main thread"));
        return;
    }
    std::vector<std::uint16_t> ids;
    for (int w = 0; w < workers; ++w)
        ids.push_back(context.recorder.add_worker("thread " + std::to_string(w + 1)));
    std::vector<std::jthread> threads;
    threads.reserve(ids.size());
    for (std::uint16_t id : ids) {
        threads.emplace_back([&work, &context, id] {
            const CountedThread counted(context.meter);
            work(id);
        });
    }
}

}  // namespace overlap
