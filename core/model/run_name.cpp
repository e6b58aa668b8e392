#include "model/run_name.hpp"

#include <algorithm>
#include <charconv>

namespace overlap {

namespace {

// One table for writing and reading the traits, so the two cannot drift.
struct Trait {
    std::string_view name;
    bool Behaviour::*flag;
    bool async_only;  // only an event loop can block or offload
};

// In the order run_name() lists them.
constexpr Trait kTraits[] = {
    {"GIL", &Behaviour::gil, false},
    {"blocking call", &Behaviour::blocking_in_async, true},
    {"CPU offloaded to a thread", &Behaviour::offload, true},
};

}  // namespace

std::vector<std::string> run_traits(ModeConfig config, const Behaviour& behaviour) {
    std::vector<std::string> traits;
    for (const Trait& trait : kTraits) {
        if (behaviour.*trait.flag && (!trait.async_only || config.mode == Mode::Async))
            traits.emplace_back(trait.name);
    }
    return traits;
}

std::vector<std::string> run_traits(const RunRecord& run) { return run_traits(run.config, run.behaviour); }

std::string run_name(const RunRecord& run) {
    std::string name = std::string(to_string(run.config.mode)) +
                       " (c=" + std::to_string(run.config.effective_concurrency());
    for (const std::string& trait : run_traits(run)) name += ", " + trait;
    return name + ")";
}

std::optional<RunRecord> run_from_name(std::string_view name) {
    constexpr std::string_view kOpen = " (c=";
    const auto open = name.find(kOpen);
    if (open == std::string_view::npos || !name.ends_with(')')) return std::nullopt;
    RunRecord run;
    const auto mode = mode_from_string(name.substr(0, open));
    if (!mode) return std::nullopt;
    run.config.mode = *mode;

    std::string_view rest = name.substr(open + kOpen.size());
    rest.remove_suffix(1);  // the ")"
    const auto [digits_end, error] =
        std::from_chars(rest.data(), rest.data() + rest.size(), run.config.concurrency);
    if (error != std::errc{} || run.config.concurrency < 1) return std::nullopt;
    rest.remove_prefix(static_cast<std::size_t>(digits_end - rest.data()));
    constexpr std::string_view kComma = ", ";
    while (!rest.empty()) {
        if (!rest.starts_with(kComma)) return std::nullopt;
        rest.remove_prefix(kComma.size());
        const std::string_view word = rest.substr(0, rest.find(kComma));
        const auto trait = std::find_if(std::begin(kTraits), std::end(kTraits),
                                        [&](const Trait& t) { return t.name == word; });
        if (trait == std::end(kTraits)) return std::nullopt;
        run.behaviour.*trait->flag = true;
        rest.remove_prefix(word.size());
    }
    // Traits out of order, repeated or not shown for the mode, or a sequential
    // run with c > 1: not what run_name() writes, so not one of its names.
    if (run_name(run) != name) return std::nullopt;
    return run;
}

}  // namespace overlap
