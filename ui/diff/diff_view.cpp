#include "ui/diff/diff_view.hpp"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

#include "ui/compare/compare_view.hpp"
#include "ui/diff/diff_table_model.hpp"
#include "ui/diff/task_delta_chart.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/number_format.hpp"
#include "ui/theme/theme.hpp"

namespace overlap::ui {

namespace {

QString swatch(const QColor& colour) {
    return QStringLiteral("<span style=\"color:%1\">\u25a0</span>").arg(colour.name());
}

// "pool-4.overlap.json: 16 × /delay/0.25 · 1 run · recorded 2026-12-06T05:00:00Z"
QString sourceText(const QString& name, const RunSet& runs) {
    QString text = QStringLiteral("%1").arg(name.toHtmlEscaped());
    if (!runs.workload.title.empty())
        text += QStringLiteral(": ") + QString::fromStdString(runs.workload.title).toHtmlEscaped();
    text += QStringLiteral(" \u00b7 ") +
            DiffView::tr("%n run(s)", nullptr, static_cast<int>(runs.runs.size()));
    if (!runs.recorded_at.empty())
        text += QStringLiteral(" \u00b7 ") +
                DiffView::tr("recorded %1").arg(QString::fromStdString(runs.recorded_at));
    return text;
}

}  // namespace

DiffView::DiffView(QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_sources(new QLabel),
      m_warning(new QLabel),
      m_compare(new CompareView),
      m_model(new DiffTableModel(this)),
      m_table(new QTableView),
      m_tints(new QLabel),
      m_pairs(new QComboBox),
      m_chart(new TaskDeltaChart) {
    // A window of its own that still takes the main window's font, so the
    // text zoom reaches it.
    setAttribute(Qt::WA_WindowPropagation);
    setWindowTitle(tr("Diff"));

    m_sources->setTextFormat(Qt::RichText);
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* swap = new QPushButton(tr("&Swap A and B"));
    swap->setToolTip(tr("Compare the other way round: B becomes the run measured from"));
    connect(swap, &QPushButton::clicked, this, &DiffView::swap);
    auto* header = new QHBoxLayout;
    header->addWidget(m_sources, 1);
    header->addWidget(swap, 0, Qt::AlignTop);

    m_warning->setObjectName(QStringLiteral("diffWarning"));
    m_warning->setTextFormat(Qt::RichText);
    m_warning->setWordWrap(true);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setBackgroundRole(QPalette::AlternateBase);
    m_warning->setAutoFillBackground(true);
    m_warning->setMargin(6);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setToolTip(tr("What differs between the two files: the numbers below compare "
                             "different work where it does"));
    m_warning->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_tints->setTextFormat(Qt::RichText);
    m_tints->setWordWrap(true);
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_tints);

    m_pairs->setToolTip(tr("Whose tasks the chart compares: one pair of runs of one mode"));
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Tasks of:")));
    chooser->addWidget(m_pairs, 1);
    auto* chartBox = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chooser);
    chartLayout->addWidget(m_chart, 1);

    auto* below = new QSplitter(Qt::Horizontal);
    below->addWidget(tableBox);
    below->addWidget(chartBox);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_compare);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_warning);
    layout->addWidget(split, 1);

    connect(m_pairs, &QComboBox::currentIndexChanged, this, &DiffView::showPair);
    // A row of the table picks its pair's tasks for the chart.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_pairs->setCurrentIndex(current.row() / DiffTableModel::MeasureCount);
            });
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, [this] {
        describeWarnings();
        describeTints();
    });
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
    describeTints();
    resize(1200, 860);
}

DiffView::~DiffView() = default;

void DiffView::setRuns(RunSet before, const QString& beforeName, RunSet after,
                       const QString& afterName) {
    m_before = std::move(before);
    m_after = std::move(after);
    m_beforeName = beforeName;
    m_afterName = afterName;
    showDiff();
}

void DiffView::swap() {
    std::swap(m_before, m_after);
    std::swap(m_beforeName, m_afterName);
    showDiff();
}

void DiffView::showDiff() {
    m_diff = diff_runs(m_before, m_after);
    setWindowTitle(tr("%1 \u2192 %2").arg(m_beforeName, m_afterName));
    describeSources();
    describeWarnings();

    // Each matched pair's runs one above the other, then any left unmatched.
    std::vector<RunRecord> rows;
    QStringList labels;
    const QStringList beforeCaptions = runCaptions(runIdentities(m_before.runs));
    const QStringList afterCaptions = runCaptions(runIdentities(m_after.runs));
    std::vector<bool> beforeShown(m_before.runs.size());
    std::vector<bool> afterShown(m_after.runs.size());
    const auto add = [&](const RunSet& runs, const QStringList& captions, std::size_t index,
                         const QString& side) {
        rows.push_back(runs.runs[index]);
        labels << side + QStringLiteral(" \u00b7 ") + captions[static_cast<qsizetype>(index)];
    };
    for (const ModeDiff& pair : m_diff.modes) {
        add(m_before, beforeCaptions, pair.before_run, QStringLiteral("A"));
        add(m_after, afterCaptions, pair.after_run, QStringLiteral("B"));
        beforeShown[pair.before_run] = afterShown[pair.after_run] = true;
    }
    for (std::size_t i = 0; i < beforeShown.size(); ++i)
        if (!beforeShown[i]) add(m_before, beforeCaptions, i, QStringLiteral("A"));
    for (std::size_t i = 0; i < afterShown.size(); ++i)
        if (!afterShown[i]) add(m_after, afterCaptions, i, QStringLiteral("B"));
    std::vector<ModeConfig> configs;
    for (const RunRecord& run : rows) configs.push_back(run.config);
    // The old rows go before the records they draw do.
    m_compare->setModes(configs, labels);
    m_rows = std::move(rows);
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_compare->showFinished(static_cast<int>(i), &m_rows[i]);

    m_model->setDiff(m_diff, m_before, m_after);
    m_table->clearSpans();
    for (int pair = 0; pair < static_cast<int>(m_diff.modes.size()); ++pair)
        m_table->setSpan(DiffTableModel::row(pair, DiffTableModel::Makespan),
                         DiffTableModel::RunColumn, DiffTableModel::MeasureCount, 1);
    m_table->resizeColumnsToContents();

    const QSignalBlocker quiet(m_pairs);
    m_pairs->clear();
    m_pairs->addItems(m_model->pairCaptions());
    m_pairs->setEnabled(m_pairs->count() > 1);
    showPair(m_pairs->count() > 0 ? 0 : -1);
}

void DiffView::showPair(int pair) {
    if (pair < 0 || pair >= static_cast<int>(m_diff.modes.size())) {
        m_chart->clear();
        return;
    }
    const ModeDiff& mode = m_diff.modes[static_cast<std::size_t>(pair)];
    m_chart->setPair(mode, m_before.runs[mode.before_run], m_after.runs[mode.after_run]);
}

void DiffView::describeSources() {
    m_sources->setText(tr("<b>A</b> (before): %1<br><b>B</b> (after): %2")
                           .arg(sourceText(m_beforeName, m_before),
                                sourceText(m_afterName, m_after)));
}

void DiffView::describeWarnings() {
    QStringList lines;
    const auto sentence = [](const std::string& text) {
        return QString::fromStdString(text).toHtmlEscaped();
    };
    if (!m_diff.workload_differences.empty()) {
        QStringList differences;
        for (const std::string& difference : m_diff.workload_differences)
            differences << sentence(difference);
        lines << tr("<b>The workloads differ:</b> %1. The changes below are partly the work's, "
                    "not only the runs'.")
                     .arg(differences.join(QStringLiteral("; ")));
    }
    if (!m_diff.unmatched.empty()) {
        QStringList unmatched;
        for (const std::string& run : m_diff.unmatched) unmatched << sentence(run);
        lines << tr("<b>Not compared:</b> %1.").arg(unmatched.join(QStringLiteral("; ")));
    }
    m_warning->setVisible(!lines.isEmpty());
    if (lines.isEmpty()) {
        m_warning->clear();
        return;
    }
    const QString mark = QStringLiteral("<span style=\"color:%1\">\u26a0</span> ")
                             .arg(currentTheme().verdicts[2].name());
    m_warning->setText(mark + lines.join(QStringLiteral("<br>") + mark));
}

void DiffView::describeTints() {
    const Theme& theme = currentTheme();
    m_tints->setText(
        tr("%1 B worse than A (\u2718) &nbsp; %2 B better (\u2714). Lower is better for times "
           "and errors, higher for efficiency and throughput; changes within %3 of A are not "
           "tinted.")
            .arg(swatch(theme.verdicts[1]), swatch(theme.verdicts[0]),
                 formatPercent(DiffTableModel::kNoticeable)));
}

void DiffView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Columns sized for the old text would elide every number after a zoom.
    if (event->type() == QEvent::FontChange) m_table->resizeColumnsToContents();
}

}  // namespace overlap::ui
