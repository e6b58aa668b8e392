#include "ui/theme/mode_style.hpp"

#include <algorithm>

#include "model/run_name.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

QString modeName(Mode mode) {
    switch (mode) {
        case Mode::Sequential:
            return QStringLiteral("Sequential");
        case Mode::Threads:
            return QStringLiteral("Thread pool");
        case Mode::Async:
            return QStringLiteral("Async");
        case Mode::Processes:
            return QStringLiteral("Processes");
    }
    return {};
}

QString modeConcurrency(const ModeConfig& config) {
    const int n = config.effective_concurrency();
    switch (config.mode) {
        case Mode::Sequential:
            return QString::number(n);
        case Mode::Threads:
            return QStringLiteral("W=%1").arg(n);
        case Mode::Async:
            return QStringLiteral("C=%1").arg(n);
        case Mode::Processes:
            return QStringLiteral("P=%1").arg(n);
    }
    return {};
}

QString modeLabel(const ModeConfig& config) {
    if (config.mode == Mode::Sequential) return modeName(config.mode);
    return modeName(config.mode) + QStringLiteral(" \u00b7 ") + modeConcurrency(config);
}

QColor modeColour(Mode mode) { return currentTheme().modes[static_cast<std::size_t>(mode)]; }

QStringList runCaptions(const std::vector<PresetRun>& runs) {
    QStringList captions;
    for (const PresetRun& run : runs) {
        QString caption = modeLabel(run.config);
        for (const std::string& trait : run_traits(run.config, run.behaviour))
            caption += QStringLiteral(" \u00b7 ") + QString::fromStdString(trait);
        captions << caption;
    }
    // Same mode, concurrency and traits: only their order tells them apart.
    const QStringList plain = captions;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.count(plain[i]) < 2) continue;
        const auto number = std::count(plain.begin(), plain.begin() + i + 1, plain[i]);
        captions[i] = plain[i] + QStringLiteral(" #%1").arg(number);
    }
    return captions;
}

QStringList runCaptions(const RunPlan& plan) { return runCaptions(plan.runs); }

std::vector<QColor> runColours(const std::vector<PresetRun>& runs) {
    // Steps of HSL lightness apart: wide enough to tell at a glance, few
    // enough runs in one mode (a handful) that the extremes stay saturated.
    constexpr double kStep = 0.14;
    std::vector<QColor> colours;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Mode mode = runs[i].config.mode;
        const auto same = [mode](const PresetRun& run) { return run.config.mode == mode; };
        const auto shades = std::count_if(runs.begin(), runs.end(), same);
        const auto shade =
            std::count_if(runs.begin(), runs.begin() + static_cast<std::ptrdiff_t>(i), same);
        const QColor base = modeColour(mode);
        if (shades < 2) {
            colours.push_back(base);
            continue;
        }
        // Centred on the mode's colour: darker first, lighter last.
        const double offset = (static_cast<double>(shade) - (shades - 1) / 2.0) * kStep;
        const double lightness = std::clamp(base.lightnessF() + offset, 0.12, 0.88);
        // A grey has no hue (-1), which fromHslF does not take.
        colours.push_back(QColor::fromHslF(std::max(0.0F, base.hslHueF()), base.hslSaturationF(),
                                           static_cast<float>(lightness)));
    }
    return colours;
}

std::vector<PresetRun> runIdentities(const std::vector<const RunRecord*>& runs) {
    std::vector<PresetRun> identities;
    for (const RunRecord* run : runs) identities.push_back({run->config, run->behaviour});
    return identities;
}

std::vector<PresetRun> runIdentities(const std::vector<RunRecord>& runs) {
    std::vector<PresetRun> identities;
    for (const RunRecord& run : runs) identities.push_back({run.config, run.behaviour});
    return identities;
}

}  // namespace overlap::ui
