// `overlap presets`: lists the built-in presets, each with its title and the
// claim it checks, so a person can pick one for `overlap run --preset NAME`.
#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "analysis/emulation_notes.hpp"
#include "presets/builtin_presets.hpp"
#include "command_help.hpp"
#include "commands.hpp"

namespace overlap::app {

namespace {

constexpr std::size_t kLineWidth = 80;

// `text` broken at spaces into lines of at most `width`, each after `indent`.
std::string wrapped(std::string_view text, std::size_t indent, std::size_t width) {
    std::string lines;
    std::size_t column = 0;
    while (!text.empty()) {
        const auto space = text.find(' ');
        const std::string_view word = text.substr(0, space);
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
        if (column > 0 && column + 1 + word.size() > width) {
            lines += '\n';
            column = 0;
        }
        if (column == 0) {
            lines.append(indent, ' ');
        } else {
            lines += ' ';
            ++column;
        }
        lines += word;
        column += word.size();
    }
    return lines + '\n';
}

// "Sweep: concurrency 1, 2, 4, 8, 16 on threads ('overlap sweep --preset pool-waves')."
std::string sweep_line(const Preset& preset) {
    const PresetSweep& sweep = *preset.sweep;
    std::string line = std::string("Sweep: ") + to_string(sweep.param);
    for (std::size_t i = 0; i < sweep.values.size(); ++i) {
        char value[32];
        std::snprintf(value, sizeof value, "%g", sweep.values[i]);
        line += (i == 0 ? " " : ", ") + std::string(value);
    }
    for (std::size_t i = 0; i < sweep.modes.size(); ++i)
        line += (i == 0 ? " on " : i + 1 == sweep.modes.size() ? " and " : ", ") + std::string(to_string(sweep.modes[i]));
    return line + " ('overlap sweep --preset " + preset.name + "').";
}

}  // namespace

int presets_command(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the built-in presets: examples from concurrency tutorials, each with "
                       "the claim it checks.\nRun one with 'overlap run --preset NAME', and a preset's sweep with\n'overlap sweep --preset NAME'."));
    const QCommandLineOption help = add_help_option(parser);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "overlap presets: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(help)) show_command_help(parser, arguments);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "overlap presets: unexpected argument '%s'\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const auto& presets = builtin_presets();
    std::size_t name_width = 0;
    for (const Preset& preset : presets) name_width = std::max(name_width, preset.name.size());
    const std::size_t indent = name_width + 2;
    std::string listing;
    for (const Preset& preset : presets) {
        listing +=
            preset.name + std::string(indent - preset.name.size(), ' ') + preset.title + '\n';
        if (!preset.source.empty())
            listing += wrapped("From the tutorial \"" + preset.source + "\".", indent, kLineWidth - indent);
        listing += wrapped(preset.claim, indent, kLineWidth - indent);
        if (!preset.figures.empty())
            listing += wrapped("Its figures: " + preset.figures, indent, kLineWidth - indent);
        if (preset.sweep) listing += wrapped(sweep_line(preset), indent, kLineWidth - indent);
        listing += wrapped(emulation_notes(preset.plan()), indent, kLineWidth - indent) + '\n';
    }
    listing += "Run one with 'overlap run --preset NAME', and a preset's sweep with 'overlap sweep --preset NAME'.\n";
    std::fputs(listing.c_str(), stdout);
    return 0;
}

}  // namespace overlap::app
