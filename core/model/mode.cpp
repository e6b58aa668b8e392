#include "model/mode.hpp"

namespace overlap {

const char* to_string(Mode mode) {
    switch (mode) {
        case Mode::Sequential: return "sequential";
        case Mode::Threads: return "threads";
        case Mode::Async: return "async";
        case Mode::Processes: return "processes";
    }
    return "unknown";
}

std::optional<Mode> mode_from_string(std::string_view name) {
    for (Mode mode : kAllModes) {
        if (name == to_string(mode)) return mode;
    }
    return std::nullopt;
}

std::optional<std::vector<Mode>> modes_from_list(std::string_view list, std::string* bad) {
    std::vector<Mode> modes;
    while (!list.empty()) {
        const auto comma = list.find(',');
        const std::string_view name = list.substr(0, comma);
        const auto mode = mode_from_string(name);
        if (!mode) {
            if (bad) *bad = std::string(name);
            return std::nullopt;
        }
        modes.push_back(*mode);
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    if (modes.empty()) {
        if (bad) bad->clear();
        return std::nullopt;
    }
    return modes;
}

}  // namespace overlap
