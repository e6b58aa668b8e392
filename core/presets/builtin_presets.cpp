#include "presets/builtin_presets.hpp"

#include <algorithm>
#include <string>

#include "presets/embedded_preset_files.hpp"
#include "formats/format_error.hpp"
#include "formats/preset_file.hpp"

namespace overlap {

const std::vector<Preset>& builtin_presets() {
    // A file that does not read is a defect of the build, which the preset
    // tests catch; the message says which file.
    static const std::vector<Preset> presets = [] {
        std::vector<Preset> read;
        for (const EmbeddedFile& file : embedded_preset_files()) {
            try {
                read.push_back(preset_from_json(file.text));
            } catch (const FormatError& error) {
                throw FormatError("built-in preset " + std::string(file.name) + ": " +
                                  error.what());
            }
        }
        return read;
    }();
    return presets;
}

const Preset* find_preset(std::string_view name) {
    const auto& presets = builtin_presets();
    const auto found = std::find_if(presets.begin(), presets.end(),
                                    [&](const Preset& preset) { return preset.name == name; });
    return found == presets.end() ? nullptr : &*found;
}

}  // namespace overlap
