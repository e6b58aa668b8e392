// Where runners record what happened. Each worker owns one EventLog, so
// recording never contends; a single consumer (the engine, or the window's
// timer) drains all logs into batches. Text that varies per task (error
// messages) travels separately: it is only written on the error path.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

#include "engine/event_log.hpp"
#include "model/event.hpp"

namespace overlap {

struct TaskNote {
    std::uint32_t task = kNoTask;
    std::string error;
};

// What one drain returns: new workers, new events and new notes since the last.
struct EventBatch {
    std::vector<std::string> new_workers;  // labels, in worker-id order
    std::vector<Event> events;
    std::vector<TaskNote> notes;
    bool empty() const { return new_workers.empty() && events.empty() && notes.empty(); }
};

class Recorder {
public:
    // Registers a worker and returns its id; call before the worker records.
    std::uint16_t add_worker(std::string label);
    EventLog& log(std::uint16_t worker);

    // Error path only: takes a lock.
    void note_error(std::uint32_t task, std::string error);

    // Single consumer: appends everything new to `batch`.
    void drain(EventBatch& batch);

private:
    struct Worker {
        std::string label;
        EventLog log;
        EventLog::Cursor cursor;
        explicit Worker(std::string text) : label(std::move(text)) {}
    };

    std::mutex mutex_;             // guards the containers below, not the logs' contents
    std::deque<Worker> workers_;   // a deque: references stay valid as workers are added
    std::size_t workers_reported_ = 0;
    std::vector<TaskNote> notes_;
};

}  // namespace overlap
