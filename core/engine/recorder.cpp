#include "engine/recorder.hpp"

#include <stdexcept>

namespace overlap {

std::uint16_t Recorder::add_worker(std::string label) {
    std::lock_guard lock(mutex_);
    if (workers_.size() >= 0xFFFF) throw std::length_error("too many workers for one run");
    workers_.emplace_back(std::move(label));
    return static_cast<std::uint16_t>(workers_.size() - 1);
}

EventLog& Recorder::log(std::uint16_t worker) {
    std::lock_guard lock(mutex_);
    return workers_.at(worker).log;
}

void Recorder::note_error(std::uint32_t task, std::string error) {
    std::lock_guard lock(mutex_);
    notes_.push_back({task, std::move(error)});
}

void Recorder::drain(EventBatch& batch) {
    std::vector<Worker*> workers;
    {
        std::lock_guard lock(mutex_);
        workers.reserve(workers_.size());
        for (Worker& worker : workers_) workers.push_back(&worker);
        for (; workers_reported_ < workers_.size(); ++workers_reported_) {
            batch.new_workers.push_back(workers_[workers_reported_].label);
        }
        for (auto& note : notes_) batch.notes.push_back(std::move(note));
        notes_.clear();
    }
    // Reading a log needs no lock: a deque's elements never move and each log
    // is safe for one reader alongside its writer.
    for (Worker* worker : workers) {
        worker->log.read(worker->cursor, [&](const Event& event) { batch.events.push_back(event); });
    }
}

}  // namespace overlap
