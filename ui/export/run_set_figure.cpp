#include "ui/export/run_set_figure.hpp"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLayout>

#include <algorithm>
#include <set>
#include <string_view>

#include "analysis/statistics.hpp"
#include "model/run_name.hpp"
#include "ui/export/figure_panels.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/theme/theme.hpp"
#include "ui/timeline/phase_legend.hpp"
#include "ui/timeline/timeline_view.hpp"

namespace overlap::ui {

namespace {

// Sizes in units of the font's height, so the figure keeps its proportions
// whatever the application font.
constexpr double kPadding = 0.8;
constexpr double kTitleScale = 1.5;
constexpr double kSectionGap = 0.6;
constexpr double kHeaderHeight = 1.6;
constexpr double kRunGap = 0.5;
constexpr double kSwatch = 0.7;
constexpr double kSwatchGap = 0.4;
constexpr double kCaptionGap = 1.5;
// Space after the longest run, as in the window.
constexpr double kHeadroom = 1.03;

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("overlap::ui::RunSetFigure", text, nullptr, n);
}

QFont scaled(QFont font, double factor) {
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * factor);
    } else {
        font.setPixelSize(qRound(font.pixelSize() * factor));
    }
    return font;
}

QFont bold(QFont font) {
    font.setBold(true);
    return font;
}

QString withoutServer(const std::string& url) {
    constexpr std::string_view server = kServerPlaceholder;
    return QString::fromStdString(url.starts_with(server) ? url.substr(server.size()) : url);
}

// What every task does, when they all do the same: "/delay/1", "50 ms CPU".
QString describeTasks(const std::vector<TaskSpec>& tasks) {
    std::set<std::string> urls;
    std::set<double> cpu;
    for (const TaskSpec& task : tasks) {
        urls.insert(task.url);
        cpu.insert(task.cpu_ms);
    }
    QStringList parts;
    if (urls.size() > 1) {
        parts << tr("%n URLs", static_cast<int>(urls.size()));
    } else if (!urls.begin()->empty()) {
        parts << withoutServer(*urls.begin());
    }
    if (cpu.size() > 1) {
        parts << tr("CPU work");
    } else if (*cpu.begin() > 0) {
        parts << tr("%1 CPU").arg(formatSeconds(*cpu.begin() / 1000));
    }
    return parts.join(QStringLiteral(" + "));
}

}  // namespace

struct RunSetFigure::Layout {
    QRect title;
    QRect subtitle;
    QRect claim;  // empty unless shown
    QRect legend;
    std::vector<QRect> headers;
    std::vector<QRect> plots;
    QRect table;  // empty unless shown
};

RunSetFigure::RunSetFigure(RunSet runs, LaneMode lanes)
    : m_runs(std::move(runs)), m_laneMode(lanes), m_host(std::make_unique<QWidget>()) {
    // The application font under the name it resolved to ("DejaVu Sans"), not
    // an alias such as "Sans Serif" that programs opening an SVG do not know.
    QFont font = m_host->font();
    font.setFamily(QFontInfo(font).family());
    m_host->setFont(font);

    m_legend = new PhaseLegend(m_host.get());
    m_legend->setLaneMode(lanes);
    double end = 0;
    for (const RunRecord& run : m_runs.runs) {
        auto* view = new TimelineView(m_host.get());
        // Lanes fill the panel: a figure's height is shared out among its runs,
        // so padding to the window's handful of lanes would only leave it empty below.
        view->setMinimumLaneSpan(1);
        view->setLaneMode(lanes);
        view->setRun(&run);
        view->setIdealMarker(run.summary.ideal_s);
        view->setMarkers(m_runs.markers, static_cast<std::uint32_t>(m_views.size()));
        // Text items start from QFont(), not the plot's: the "ideal" label too.
        QCustomPlot* plot = view->plot();
        for (int i = 0; i < plot->itemCount(); ++i) {
            if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) text->setFont(font);
        }
        end = std::max({end, view->model().endTime(), run.summary.ideal_s.value_or(0)});
        m_views.push_back(view);
    }
    if (end > 0) m_fullEnd = end * kHeadroom;
    setTimeRange(std::nullopt);
    m_plotRects.resize(m_views.size());
}

RunSetFigure::~RunSetFigure() = default;

void RunSetFigure::setLaneMode(LaneMode mode) {
    m_laneMode = mode;
    m_legend->setLaneMode(mode);
    for (TimelineView* view : m_views) view->setLaneMode(mode);
}

void RunSetFigure::setTimeRange(std::optional<QCPRange> range) {
    const QCPRange shown = range.value_or(fullTimeRange());
    for (TimelineView* view : m_views) view->setTimeRange(shown.lower, shown.upper);
    // One time axis for all: only the bottom timeline names its unit (a new
    // range names it again in each).
    for (std::size_t i = 0; i + 1 < m_views.size(); ++i) m_views[i]->plot()->xAxis->setLabel({});
}

QCPRange RunSetFigure::fullTimeRange() const { return QCPRange(0, m_fullEnd); }

int RunSetFigure::logicalDpi() const { return m_legend->logicalDpiY(); }

QString runSetTitle(const RunSet& runs) {
    const Workload& workload = runs.workload;
    if (!workload.title.empty()) return QString::fromStdString(workload.title);
    if (workload.tasks.empty()) return tr("Imported runs");
    const QString what = describeTasks(workload.tasks);
    if (what.isEmpty()) return tr("%n tasks", static_cast<int>(workload.tasks.size()));
    return QStringLiteral("%1 \u00d7 %2").arg(workload.tasks.size()).arg(what);
}

QString RunSetFigure::title() const { return runSetTitle(m_runs); }

QString RunSetFigure::description() const { return tr("Timelines recorded and drawn by Overlap"); }

QString RunSetFigure::subtitle() const {
    std::size_t tasks = m_runs.workload.tasks.size();
    for (const RunRecord& run : m_runs.runs) tasks = std::max(tasks, run.tasks.size());
    QStringList parts{tr("%n tasks", static_cast<int>(tasks)), m_laneMode == LaneMode::PerTask
                                                                   ? tr("one lane per task")
                                                                   : tr("one lane per worker")};
    if (!m_runs.recorded_at.empty()) {
        const QString iso = QString::fromStdString(m_runs.recorded_at);
        const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
        parts << tr("recorded %1")
                     .arg(when.isValid()
                              ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'"))
                              : iso);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString RunSetFigure::runLabel(int index) const {
    return runCaptions(runIdentities(m_runs.runs))[index];
}

QString RunSetFigure::runCaption(int index) const {
    const RunRecord& run = m_runs.runs[static_cast<std::size_t>(index)];
    const Summary& summary = run.summary;
    QStringList parts{tr("makespan %1").arg(formatSeconds(summary.makespan_s))};
    if (summary.ideal_s) {
        const std::string cap = ideal_cap_text(summary);
        parts << (cap.empty()
                      ? tr("ideal %1").arg(formatSeconds(*summary.ideal_s))
                      : tr("ideal %1 (%2)")
                            .arg(formatSeconds(*summary.ideal_s), QString::fromStdString(cap)));
    }
    const RunRecord* baseline = speed_up_baseline(m_runs.runs);
    const auto factor =
        baseline && baseline != &run ? speed_up(summary, baseline->summary) : std::nullopt;
    if (factor) parts << tr("speed-up %1 vs sequential").arg(formatFactor(*factor));
    if (summary.efficiency) parts << tr("efficiency %1").arg(formatPercent(*summary.efficiency));
    const int failed = failed_tasks(summary);
    if (failed > 0) parts << tr("%n failed", failed);
    if (run.cancelled) parts << tr("cancelled");
    return parts.join(QStringLiteral(" \u00b7 "));
}

const TimelineView& RunSetFigure::timeline(int run) const {
    return *m_views[static_cast<std::size_t>(run)];
}

TimelineView& RunSetFigure::timeline(int run) { return *m_views[static_cast<std::size_t>(run)]; }

QRect RunSetFigure::timelineRect(int run) const {
    return m_plotRects[static_cast<std::size_t>(run)];
}

RunSetFigure::Layout RunSetFigure::layout(QSize size) const {
    const QFont base = m_host->font();
    const double em = QFontMetricsF(base).height();
    const int pad = qRound(em * kPadding);
    const int width = std::max(1, size.width() - 2 * pad);
    Layout parts;
    int y = pad;
    parts.title = QRect(pad, y, width, QFontMetrics(bold(scaled(base, kTitleScale))).height());
    y = parts.title.bottom() + 1;
    parts.subtitle = QRect(pad, y, width, QFontMetrics(base).height());
    y = parts.subtitle.bottom() + 1 + qRound(em * kSectionGap);
    if (m_claimShown && hasClaim()) {
        parts.claim = QRect(pad, y, width, claimPanelHeight(*m_runs.preset, base, width));
        y = parts.claim.bottom() + 1 + qRound(em * kSectionGap);
    }
    parts.legend = QRect(pad, y, width, m_legend->heightForWidth(width));
    y = parts.legend.bottom() + 1 + qRound(em * kSectionGap);

    const int runs = runCount();
    const int header = qRound(em * kHeaderHeight);
    const int gap = qRound(em * kRunGap);
    // Only the bottom timeline names the time axis; it gets the label's
    // height on top of its share, so every run has lanes of the same height.
    int axisLabel = 0;
    if (runs > 0) {
        const QCPAxis* time = m_views.back()->plot()->xAxis;
        axisLabel =
            time->labelPadding() + QFontMetrics(time->labelFont())
                                       .boundingRect(QRect(), Qt::TextDontClip, time->label())
                                       .height();
    }
    int bottom = size.height() - pad;
    if (m_tableShown) {
        const int height = summaryPanelHeight(m_runs, base);
        parts.table = QRect(pad, bottom - height, width, height);
        bottom = parts.table.top() - qRound(em * kSectionGap);
    }
    const int available =
        bottom - y - runs * header - std::max(0, runs - 1) * gap - axisLabel;
    const int plot = std::max(1, available / std::max(1, runs));
    for (int i = 0; i < runs; ++i) {
        parts.headers.emplace_back(pad, y, width, header);
        y += header;
        parts.plots.emplace_back(pad, y, width, plot + (i + 1 == runs ? axisLabel : 0));
        y += parts.plots.back().height() + gap;
    }
    return parts;
}

// The timelines are separate plots, so their axis rects line up only if each
// gets the same margins: measure each one's natural margins at its size, then
// give every one the widest. The same time is then straight above and below.
void RunSetFigure::alignTimeAxes(const std::vector<QRect>& plots) {
    QMargins widest;
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        // The widget the size it is painted at too: a resize event still
        // pending for it (rendering the legend delivers them) replots at the
        // widget's size, and the lane labels thin to that height.
        m_views[i]->resize(plots[i].size());
        m_views[i]->layout()->activate();
        QCustomPlot* plot = m_views[i]->plot();
        m_views[i]->setMinimumSideMargins(0, 0);
        plot->setViewport(QRect(QPoint(), plots[i].size()));
        for (const auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins,
                                 QCPLayoutElement::upLayout}) {
            plot->plotLayout()->update(phase);
        }
        const QMargins natural = plot->axisRect()->margins();
        widest.setLeft(std::max(widest.left(), natural.left()));
        widest.setRight(std::max(widest.right(), natural.right()));
    }
    for (TimelineView* view : m_views) view->setMinimumSideMargins(widest.left(), widest.right());
}

void RunSetFigure::paint(QCPPainter& painter, QSize size) {
    const Layout parts = layout(size);
    alignTimeAxes(parts.plots);
    m_plotRects = parts.plots;

    const QFont base = m_host->font();
    const double em = QFontMetricsF(base).height();
    const auto drawText = [&](const QRect& rect, const QFont& font, const QColor& colour,
                              const QString& text) {
        painter.setFont(font);
        painter.setPen(colour);
        const QString elided = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, elided);
        return QFontMetrics(font).horizontalAdvance(elided);
    };

    // The current theme's colours, whatever the desktop's: the legend's text
    // follows the host's palette, the timelines follow the theme themselves.
    const Theme& theme = currentTheme();
    QPalette palette = m_host->palette();
    palette.setColor(QPalette::WindowText, theme.text);
    m_host->setPalette(palette);
    const std::vector<QColor> colours = runColours(runIdentities(m_runs.runs));

    painter.save();
    painter.fillRect(QRect(QPoint(), size), theme.background);
    painter.setRenderHint(QPainter::TextAntialiasing);
    drawText(parts.title, bold(scaled(base, kTitleScale)), theme.text, title());
    drawText(parts.subtitle, base, theme.secondaryText, subtitle());
    m_legend->resize(parts.legend.size());
    m_legend->render(&painter, parts.legend.topLeft(), QRegion(), QWidget::RenderFlags());
    if (!parts.claim.isEmpty()) paintClaimPanel(painter, *m_runs.preset, base, parts.claim);
    if (!parts.table.isEmpty()) paintSummaryPanel(painter, m_runs, base, parts.table);

    for (int i = 0; i < runCount(); ++i) {
        const auto index = static_cast<std::size_t>(i);
        const QRect header = parts.headers[index];
        const double side = em * kSwatch;
        painter.fillRect(QRectF(header.left(), header.center().y() - side / 2 + 1, side, side),
                         colours[index]);
        QRect text = header.adjusted(qRound(side + em * kSwatchGap), 0, 0, 0);
        const int used = drawText(text, bold(base), theme.text, runLabel(i));
        text.setLeft(text.left() + used + qRound(em * kCaptionGap));
        const QString caption = i < m_captions.size() ? m_captions[i] : runCaption(i);
        if (text.width() > em) drawText(text, base, theme.secondaryText, caption);

        const QRect plot = parts.plots[index];
        painter.save();
        painter.translate(plot.topLeft());
        m_views[index]->plot()->toPainter(&painter, plot.width(), plot.height());
        painter.restore();
    }
    painter.restore();
}

}  // namespace overlap::ui
