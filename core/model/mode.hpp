// The four ways Overlap runs a workload, and how much concurrency each gets.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace overlap {

enum class Mode { Sequential, Threads, Async, Processes };
inline constexpr Mode kAllModes[] = {Mode::Sequential, Mode::Threads, Mode::Async, Mode::Processes};

const char* to_string(Mode mode);
std::optional<Mode> mode_from_string(std::string_view name);
// Parses "sequential,threads,async"; nullopt names the first bad entry in `bad`.
std::optional<std::vector<Mode>> modes_from_list(std::string_view list, std::string* bad = nullptr);

// How one mode is run. `concurrency` is W threads, C in-flight transfers or P
// processes; sequential always uses 1.
struct ModeConfig {
    Mode mode = Mode::Sequential;
    int concurrency = 1;

    int effective_concurrency() const { return mode == Mode::Sequential ? 1 : concurrency; }
};

}  // namespace overlap
