#include "ui/workload/preset_form.hpp"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace overlap::ui {

namespace {

// The panel's server fields for a "{server}/delay/1"-style URL, when they
// write exactly that URL back; any other URL stays a URL.
std::optional<ServerShape> server_shape(const std::string& url) {
    const QString text = QString::fromStdString(url);
    const QString server = QLatin1String(kServerPlaceholder);
    if (!text.startsWith(server)) return std::nullopt;
    const QUrl parsed(QStringLiteral("http://server") + text.mid(server.size()));
    const QStringList path = parsed.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (path.size() != 2) return std::nullopt;
    bool ok = false;
    const double value = path[1].toDouble(&ok);  // C locale, as the URL is written
    if (!ok) return std::nullopt;
    ServerShape shape;
    if (path[0] == QStringLiteral("delay")) {
        shape.delay_s = value;
        shape.jitter_s = QUrlQuery(parsed).queryItemValue(QStringLiteral("jitter")).toDouble();
    } else if (path[0] == QStringLiteral("bytes")) {
        shape.bytes = static_cast<long>(value);
    } else if (path[0] == QStringLiteral("status")) {
        shape.status = static_cast<int>(value);
    } else {
        return std::nullopt;
    }
    if (shape.url() != url) return std::nullopt;
    return shape;
}

// Task i of a URL-list form fetches urls[i % size]: the shortest list that
// gives every task its own URL.
std::vector<std::string> url_cycle(const Workload& workload) {
    std::vector<std::string> urls;
    for (const TaskSpec& task : workload.tasks) urls.push_back(task.url);
    std::size_t period = 1;
    const auto repeats = [&](std::size_t length) {
        for (std::size_t i = length; i < urls.size(); ++i) {
            if (urls[i] != urls[i % length]) return false;
        }
        return true;
    };
    while (period < urls.size() && !repeats(period)) ++period;
    urls.resize(std::min(period, urls.size()));
    // CPU-only tasks have no URL, which a URL list cannot say.
    std::erase(urls, std::string());
    return urls;
}

}  // namespace

WorkloadForm preset_form(const Preset& preset) {
    const Workload& workload = preset.workload;
    WorkloadForm form;
    form.tasks = static_cast<int>(workload.tasks.size());
    if (!workload.tasks.empty()) {
        const TaskSpec& first = workload.tasks.front();
        form.cpu_ms = first.cpu_ms;
        const bool uniform =
            std::all_of(workload.tasks.begin(), workload.tasks.end(),
                        [&](const TaskSpec& task) { return task.url == first.url; });
        const auto shape = uniform ? server_shape(first.url) : std::nullopt;
        if (shape) {
            form.shape = *shape;
        } else {
            form.target = TargetKind::UrlList;
            form.urls = url_cycle(workload);
        }
    }
    form.timeout_s = workload.behaviour.timeout_s;
    form.gil = workload.behaviour.gil;
    form.interpreter_ms = workload.behaviour.interpreter_ms;
    form.offload = workload.behaviour.offload;
    form.blocking_in_async = workload.behaviour.blocking_in_async;
    for (Mode mode : kAllModes) {
        const auto run = std::find_if(preset.runs.begin(), preset.runs.end(),
                                      [&](const PresetRun& r) { return r.config.mode == mode; });
        form.mode(mode).enabled = run != preset.runs.end();
        if (run != preset.runs.end() && mode != Mode::Sequential)
            form.mode(mode).concurrency = run->config.concurrency;
    }
    return form;
}

}  // namespace overlap::ui
