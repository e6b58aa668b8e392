#include "support/synthetic_run.hpp"

#include <functional>
#include <queue>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace overlap::test {

RunRecord syntheticRun(int tasks, Spread spread, int concurrency, std::uint32_t seed) {
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> connect(0.0005, 0.002);
    std::uniform_real_distribution<double> wait(0.1, 0.3);
    std::uniform_real_distribution<double> receive(0.001, 0.005);
    std::uniform_int_distribution<int> fate(0, 299);

    RunRecord run;
    run.config = {spread == Spread::Async ? Mode::Async : Mode::Threads, concurrency};
    const int workers = spread == Spread::Async ? 1 : concurrency;
    for (int w = 0; w < workers; ++w) {
        run.workers.push_back(
            {w, spread == Spread::Async ? "event loop" : "thread " + std::to_string(w), {}});
    }

    // Slots ordered by when they are free next: a task starts on the earliest.
    using Slot = std::pair<double, int>;
    std::priority_queue<Slot, std::vector<Slot>, std::greater<>> slots;
    for (int s = 0; s < concurrency; ++s) slots.push({0.0, s});

    run.tasks.resize(static_cast<std::size_t>(tasks));
    for (int i = 0; i < tasks; ++i) {
        auto [free, slot] = slots.top();
        slots.pop();
        TaskRecord& t = run.tasks[static_cast<std::size_t>(i)];
        t.id = static_cast<std::uint32_t>(i);
        t.url = "http://127.0.0.1:8080/delay/0.2?i=" + std::to_string(i);
        t.worker = spread == Spread::Async ? 0 : slot;
        t.start_s = free;
        if (free > 0) t.phases.push_back({PhaseKind::Queued, {0, free}});
        double now = free;
        for (const auto& [kind, length] : {std::pair{PhaseKind::Connect, connect(random)},
                                           std::pair{PhaseKind::Wait, wait(random)},
                                           std::pair{PhaseKind::Receive, receive(random)}}) {
            t.phases.push_back({kind, {now, now + length}});
            now += length;
        }
        t.end_s = now;
        switch (fate(random)) {
            case 0:
                t.outcome = Outcome::Error;
                t.error = "Connection reset by peer";
                break;
            case 1:
                t.outcome = Outcome::Timeout;
                t.error = "timed out";
                break;
            case 2:
                t.outcome = Outcome::HttpError;
                t.http_status = 500;
                break;
            default:
                t.outcome = Outcome::Ok;
                t.http_status = 200;
                break;
        }
        if (spread == Spread::Threads) {
            run.workers[static_cast<std::size_t>(slot)].spans.push_back(
                {WorkerState::Busy, {free, now}, t.id});
        }
        slots.push({now, slot});
    }
    return run;
}

}  // namespace overlap::test
