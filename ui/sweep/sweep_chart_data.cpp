#include "ui/sweep/sweep_chart_data.hpp"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include "analysis/emulation_notes.hpp"
#include "analysis/statistics.hpp"
#include "ui/theme/mode_style.hpp"

namespace overlap::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("overlap::ui::SweepChart", text);
}

// ideal_cap_text() reads the cap from a Summary; a cell carries the same two fields.
QString capText(const SweepCell& cell) {
    Summary summary;
    summary.ideal_cap = cell.ideal_cap;
    summary.cores = cell.cores;
    return QString::fromStdString(ideal_cap_text(summary));
}

}  // namespace

std::vector<SweepSeries> sweepSeries(const std::vector<SweepCell>& cells) {
    std::vector<SweepSeries> series;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        auto line = std::find_if(series.begin(), series.end(),
                                 [&](const SweepSeries& s) { return s.mode == cells[i].mode; });
        if (line == series.end())
            line = series.insert(series.end(), SweepSeries{cells[i].mode, {}});
        line->cells.push_back(i);
    }
    for (SweepSeries& line : series) {
        std::stable_sort(line.cells.begin(), line.cells.end(), [&](std::size_t a, std::size_t b) {
            return cells[a].value < cells[b].value;
        });
    }
    return series;
}

bool isGeometric(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    if (values.size() < 3 || values.front() <= 0) return false;
    const double factor = values[1] / values[0];
    for (std::size_t i = 2; i < values.size(); ++i) {
        // Relative, so 0.125, 0.25, 0.5 counts as well as 1, 2, 4.
        if (std::abs(values[i] / values[i - 1] - factor) > 1e-6 * factor) return false;
    }
    return true;
}

QString parameterAxisLabel(SweepParam param) {
    switch (param) {
        case SweepParam::Concurrency:
            return tr("concurrency (W, C, P)");
        case SweepParam::Tasks:
            return tr("tasks");
        case SweepParam::Delay:
            return tr("server delay per task (s)");
        case SweepParam::CpuMs:
            return tr("CPU work per task (ms)");
    }
    return {};
}

QString parameterValueText(SweepParam param, double value) {
    const QString number = QString::number(value, 'g', 6);
    switch (param) {
        case SweepParam::Delay:
            return tr("%1 s").arg(number);
        case SweepParam::CpuMs:
            return tr("%1 ms").arg(number);
        case SweepParam::Concurrency:
        case SweepParam::Tasks:
            return number;
    }
    return number;
}

QString sweepTitle(const SweepResult& sweep) {
    if (!sweep.title.empty()) return QString::fromStdString(sweep.title);
    QString kind;
    switch (sweep.spec.param) {
        case SweepParam::Concurrency:
            kind = tr("Concurrency sweep");
            break;
        case SweepParam::Tasks:
            kind = tr("Task count sweep");
            break;
        case SweepParam::Delay:
            kind = tr("Delay sweep");
            break;
        case SweepParam::CpuMs:
            kind = tr("CPU work sweep");
            break;
    }
    const QString workload = QString::fromStdString(sweep.spec.workload.title);
    return workload.isEmpty() ? kind : kind + QStringLiteral(" \u00b7 ") + workload;
}

std::optional<std::pair<double, double>> speedUpSpread(const SweepCell& cell) {
    if (!cell.speed_up || cell.makespan_min_s <= 0 || cell.makespan_max_s <= 0) return std::nullopt;
    // speed_up = first median / this median, so first median = speed_up · median.
    const double first = *cell.speed_up * cell.makespan_median_s;
    return std::pair{first / cell.makespan_max_s, first / cell.makespan_min_s};
}

QString idealCapCaption(SweepParam param, const std::vector<SweepCell>& cells) {
    QStringList parts;
    for (const SweepSeries& line : sweepSeries(cells)) {
        // Each cap the mode met, with the first value it held at; the value is
        // left out when the cap held at every value.
        QStringList seen;
        for (std::size_t index : line.cells) {
            const QString cap = capText(cells[index]);
            if (cap.isEmpty() || seen.contains(cap)) continue;
            seen << cap;
            const bool everywhere =
                std::all_of(line.cells.begin(), line.cells.end(),
                            [&](std::size_t i) { return capText(cells[i]) == cap; });
            QString part = tr("%1: ideal capped by %2").arg(modeName(line.mode), cap);
            if (!everywhere)
                part += tr(" from %1").arg(parameterValueText(param, cells[index].value));
            parts << part;
        }
    }
    if (parts.isEmpty())
        return tr(
            "Ideal (dashed): each mode's tasks spread over its workers; no core or lock cap "
            "applied");
    return tr("Ideal (dashed): ") + parts.join(QStringLiteral(" \u00b7 "));
}

QString sweepEmulationNote(const SweepSpec& spec) {
    return QString::fromStdString(emulation_notes(spec));
}

QString sweepCaption(SweepParam param, const std::vector<SweepCell>& cells,
                     const QString& emulationNote) {
    if (cells.empty()) return {};
    const QString caps = idealCapCaption(param, cells);
    return emulationNote.isEmpty() ? caps : caps + QLatin1Char('\n') + emulationNote;
}

}  // namespace overlap::ui
