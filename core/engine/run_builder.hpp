// Folds recorded events into a RunRecord. The same code serves the live view
// (apply a batch every frame) and the finished run (apply the last batch, then
// finish), so what is drawn during a run is what is saved after it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/recorder.hpp"
#include "model/run_record.hpp"

namespace overlap {

class RunBuilder {
public:
    // `urls` are the resolved URLs, one per task; `origin_ns` is the run's t = 0.
    RunBuilder(ModeConfig config, Behaviour behaviour, const std::vector<std::string>& urls,
               std::int64_t origin_ns);

    // The run's t = 0; set when the run starts, before any event is applied.
    void set_origin(std::int64_t origin_ns) { origin_ns_ = origin_ns; }

    void apply(const EventBatch& batch);
    // Tasks that never finished become cancelled (if the run was) or errors.
    void finish(bool cancelled);

    const RunRecord& record() const { return record_; }
    RunRecord& record() { return record_; }
    std::size_t finished_tasks() const { return finished_; }

private:
    void apply(const Event& event);
    double seconds(std::int64_t ns) const;

    RunRecord record_;
    std::int64_t origin_ns_;
    std::size_t finished_ = 0;
};

}  // namespace overlap
