#include "model/run_name.hpp"

namespace overlap {

std::vector<std::string> run_traits(const RunRecord& run) {
    std::vector<std::string> traits;
    if (run.behaviour.gil) traits.emplace_back("GIL");
    if (run.config.mode == Mode::Async) {
        if (run.behaviour.blocking_in_async) traits.emplace_back("blocking call");
        if (run.behaviour.offload) traits.emplace_back("CPU offloaded to a thread");
    }
    return traits;
}

std::string run_name(const RunRecord& run) {
    std::string name = std::string(to_string(run.config.mode)) +
                       " (c=" + std::to_string(run.config.effective_concurrency());
    for (const std::string& trait : run_traits(run)) name += ", " + trait;
    return name + ")";
}

}  // namespace overlap
