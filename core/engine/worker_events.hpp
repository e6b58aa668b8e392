// How a worker records: a thin, allocation-free layer over an EventSink that
// stamps the worker id and fills in the event fields. The sink is the worker's
// own EventLog in-process, or a pipe to the parent in a worker process.
#pragma once

#include <cstdint>
#include <string>

#include "engine/event_log.hpp"
#include "engine/recorder.hpp"
#include "model/event.hpp"

namespace overlap {

class EventSink {
public:
    virtual ~EventSink() = default;
    virtual void record(const Event& event) = 0;
    // Error path only; may allocate.
    virtual void note_error(std::uint32_t task, std::string error) = 0;
};

// The in-process sink: one worker's log, plus the recorder for notes.
class LogSink final : public EventSink {
public:
    LogSink(Recorder& recorder, std::uint16_t worker) : recorder_(recorder), log_(recorder.log(worker)) {}
    void record(const Event& event) override { log_.push(event); }
    void note_error(std::uint32_t task, std::string error) override {
        recorder_.note_error(task, std::move(error));
    }

private:
    Recorder& recorder_;
    EventLog& log_;
};

class WorkerEvents {
public:
    WorkerEvents(EventSink& sink, std::uint16_t worker) : sink_(sink), worker_(worker) {}

    std::uint16_t worker() const { return worker_; }

    void started(std::uint32_t task, std::int64_t at_ns) {
        sink_.record(make(EventKind::TaskStarted, task, at_ns, at_ns, 0));
    }
    void phase(std::uint32_t task, PhaseKind kind, std::int64_t begin_ns, std::int64_t end_ns) {
        sink_.record(make(EventKind::TaskPhase, task, begin_ns, end_ns, static_cast<std::uint8_t>(kind)));
    }
    void finished(std::uint32_t task, Outcome outcome, int http_status, std::int64_t at_ns) {
        Event event = make(EventKind::TaskFinished, task, at_ns, at_ns, static_cast<std::uint8_t>(outcome));
        event.value = http_status;
        sink_.record(event);
    }
    void span(WorkerState state, std::uint32_t task, std::int64_t begin_ns, std::int64_t end_ns) {
        sink_.record(make(EventKind::WorkerSpan, task, begin_ns, end_ns, static_cast<std::uint8_t>(state)));
    }
    void error(std::uint32_t task, std::string message) { sink_.note_error(task, std::move(message)); }

private:
    Event make(EventKind kind, std::uint32_t task, std::int64_t begin_ns, std::int64_t end_ns,
               std::uint8_t detail) const {
        Event event;
        event.begin_ns = begin_ns;
        event.end_ns = end_ns;
        event.task = task;
        event.worker = worker_;
        event.kind = kind;
        event.detail = detail;
        return event;
    }

    EventSink& sink_;
    std::uint16_t worker_;
};

}  // namespace overlap
