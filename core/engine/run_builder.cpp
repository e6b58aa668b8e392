#include "engine/run_builder.hpp"

#include <algorithm>

#include "engine/clock.hpp"

namespace overlap {

namespace {

template <typename Item>
void insert_in_time_order(std::vector<Item>& items, Item item) {
    // Events mostly arrive in order, so this is an append in practice.
    auto position = items.end();
    while (position != items.begin() && std::prev(position)->span.start_s > item.span.start_s) --position;
    items.insert(position, std::move(item));
}

}  // namespace

RunBuilder::RunBuilder(ModeConfig config, Behaviour behaviour, const std::vector<std::string>& urls,
                       std::int64_t origin_ns)
    : origin_ns_(origin_ns) {
    record_.config = config;
    record_.behaviour = behaviour;
    record_.tasks.resize(urls.size());
    for (std::size_t i = 0; i < urls.size(); ++i) {
        record_.tasks[i].id = static_cast<std::uint32_t>(i);
        record_.tasks[i].url = urls[i];
    }
}

double RunBuilder::seconds(std::int64_t ns) const { return ns_to_s(ns - origin_ns_); }

void RunBuilder::apply(const EventBatch& batch) {
    for (const auto& label : batch.new_workers) {
        WorkerRecord worker;
        worker.id = static_cast<int>(record_.workers.size());
        worker.label = label;
        record_.workers.push_back(std::move(worker));
    }
    for (const Event& event : batch.events) apply(event);
    for (const TaskNote& note : batch.notes) {
        if (note.task < record_.tasks.size()) record_.tasks[note.task].error = note.error;
    }
}

void RunBuilder::apply(const Event& event) {
    if (event.kind == EventKind::WorkerSpan) {
        if (event.worker >= record_.workers.size()) return;
        insert_in_time_order(record_.workers[event.worker].spans,
                             WorkerSpan{static_cast<WorkerState>(event.detail),
                                        {seconds(event.begin_ns), seconds(event.end_ns)},
                                        event.task});
        return;
    }
    if (event.task >= record_.tasks.size()) return;
    TaskRecord& task = record_.tasks[event.task];
    switch (event.kind) {
        case EventKind::TaskStarted:
            task.worker = event.worker;
            task.start_s = seconds(event.begin_ns);
            if (*task.start_s > task.queued_s) {
                insert_in_time_order(task.phases,
                                     PhaseSpan{PhaseKind::Queued, {task.queued_s, *task.start_s}});
            }
            break;
        case EventKind::TaskPhase:
            insert_in_time_order(task.phases, PhaseSpan{static_cast<PhaseKind>(event.detail),
                                                        {seconds(event.begin_ns), seconds(event.end_ns)}});
            break;
        case EventKind::TaskFinished:
            if (task.outcome == Outcome::Pending) ++finished_;
            task.outcome = static_cast<Outcome>(event.detail);
            task.http_status = event.value;
            task.end_s = seconds(event.begin_ns);
            break;
        case EventKind::WorkerSpan:
            break;
    }
}

void RunBuilder::finish(bool cancelled) {
    record_.cancelled = cancelled;
    double last = 0;
    for (const auto& task : record_.tasks) {
        if (task.end_s) last = std::max(last, *task.end_s);
    }
    for (auto& task : record_.tasks) {
        if (task.outcome != Outcome::Pending) continue;
        task.outcome = cancelled ? Outcome::Cancelled : Outcome::Error;
        if (task.error.empty()) task.error = cancelled ? "cancelled before it finished" : "never finished";
        task.end_s = std::max(last, task.start_s.value_or(task.queued_s));
        if (!task.start_s) {
            task.phases.push_back(PhaseSpan{PhaseKind::Queued, {task.queued_s, *task.end_s}});
        }
        ++finished_;
    }
}

}  // namespace overlap
