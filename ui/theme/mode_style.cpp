#include "ui/theme/mode_style.hpp"

#include "model/run_name.hpp"

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

QColor modeColour(Mode mode) {
    // Distinct from each other and from the phase palette's hues, readable on white.
    switch (mode) {
        case Mode::Sequential:
            return QColor(0x55, 0x5f, 0x6d);
        case Mode::Threads:
            return QColor(0x1f, 0x77, 0xb4);
        case Mode::Async:
            return QColor(0xd6, 0x27, 0x28);
        case Mode::Processes:
            return QColor(0x9a, 0x6f, 0x00);
    }
    return Qt::black;
}

QStringList runCaptions(const RunPlan& plan) {
    QStringList captions;
    for (const PresetRun& run : plan.runs) {
        QString caption = modeLabel(run.config);
        for (const std::string& trait : run_traits(run.config, run.behaviour))
            caption += QStringLiteral(" \u00b7 ") + QString::fromStdString(trait);
        captions << caption;
    }
    return captions;
}

}  // namespace overlap::ui
