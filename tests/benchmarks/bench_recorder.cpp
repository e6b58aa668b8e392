// How much recording costs a worker: ns and bytes per event, single producer
// and with every core producing at once (Google Benchmark).
#include <benchmark/benchmark.h>

#include "engine/recorder.hpp"
#include "engine/worker_events.hpp"

namespace overlap {
namespace {

void BM_RecordPhaseEvent(benchmark::State& state) {
    // One recorder per benchmark thread: each worker owns its log, as in a run.
    Recorder recorder;
    const std::uint16_t worker = recorder.add_worker("bench");
    LogSink sink(recorder, worker);
    WorkerEvents events(sink, worker);
    std::uint32_t task = 0;
    std::int64_t t = 0;
    for (auto _ : state) {
        events.phase(task++, PhaseKind::Wait, t, t + 1000);
        t += 1000;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["bytes/event"] = benchmark::Counter(sizeof(Event), benchmark::Counter::kAvgThreads);
}
BENCHMARK(BM_RecordPhaseEvent)->Threads(1)->Threads(2);

void BM_EventLogPush(benchmark::State& state) {
    // The bare append, without the worker's convenience layer.
    EventLog log;
    Event event;
    event.kind = EventKind::TaskPhase;
    for (auto _ : state) {
        ++event.begin_ns;
        log.push(event);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EventLogPush);

void BM_DrainWhileRecording(benchmark::State& state) {
    // The consumer's side: folding 1,000 new events per drain, as a live view does.
    Recorder recorder;
    const std::uint16_t worker = recorder.add_worker("bench");
    EventLog& log = recorder.log(worker);
    EventBatch batch;
    Event event;
    event.kind = EventKind::TaskPhase;
    for (auto _ : state) {
        for (int i = 0; i < 1000; ++i) log.push(event);
        batch.events.clear();
        recorder.drain(batch);
        benchmark::DoNotOptimize(batch.events.data());
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_DrainWhileRecording);

}  // namespace
}  // namespace overlap

BENCHMARK_MAIN();
