#include "ui/sweep/sweep_panel.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

#include "model/workload_limits.hpp"
#include "ui/theme/mode_style.hpp"
#include "ui/theme/theme.hpp"
#include "ui/workload/workload_form.hpp"

namespace overlap::ui {

namespace {

constexpr SweepParam kParams[] = {SweepParam::Concurrency, SweepParam::Tasks, SweepParam::Delay,
                                  SweepParam::CpuMs};

QString paramName(SweepParam param) {
    switch (param) {
        case SweepParam::Concurrency:
            return SweepPanel::tr("Concurrency (W, C, P)");
        case SweepParam::Tasks:
            return SweepPanel::tr("Number of tasks");
        case SweepParam::Delay:
            return SweepPanel::tr("Server delay (s)");
        case SweepParam::CpuMs:
            return SweepPanel::tr("CPU work per task (ms)");
    }
    return {};
}

// A list a user can start from for each parameter, in the --values syntax.
QString exampleValues(SweepParam param) {
    switch (param) {
        case SweepParam::Concurrency:
            return QStringLiteral("1..16x2");
        case SweepParam::Tasks:
            return QStringLiteral("4,8,16,32");
        case SweepParam::Delay:
            return QStringLiteral("0.1,0.2,0.4");
        case SweepParam::CpuMs:
            return QStringLiteral("0,10,20,40");
    }
    return {};
}

QString valuesText(const std::vector<double>& values) {
    QStringList parts;
    for (double value : values) parts << QString::number(value, 'g', 12);
    return parts.join(QLatin1Char(','));
}

}  // namespace

SweepPanel::SweepPanel(QWidget* parent)
    : QWidget(parent),
      m_param(new QComboBox),
      m_values(new QLineEdit(exampleValues(SweepParam::Concurrency))),
      m_problem(new QLabel),
      m_tasks(new QSpinBox),
      m_delay(new QDoubleSpinBox),
      m_cpu(new QDoubleSpinBox),
      m_gil(new QCheckBox(tr("Emulated GIL"))),
      m_concurrency(new QSpinBox),
      m_repeat(new QSpinBox),
      m_run(new QPushButton(QIcon(QStringLiteral(":/icons/run.svg")), tr("Run Sweep"))),
      m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"))),
      m_progress(new QProgressBar),
      m_progressText(new QLabel) {
    for (SweepParam param : kParams) m_param->addItem(paramName(param), static_cast<int>(param));
    m_param->setToolTip(tr("What changes from one point of the sweep to the next"));
    m_values->setPlaceholderText(tr("1,2,4,8 or 1..64x2"));
    m_values->setToolTip(
        tr("The values in order, as 'overlap sweep --values' takes them: a list "
           "(1,2,4,8) or a geometric range (1..64x2: 1, 2, 4, ... up to 64). "
           "Speed-ups are over the first value."));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto* what = new QGroupBox(tr("Vary"));
    auto* whatForm = new QFormLayout(what);
    whatForm->addRow(tr("&Parameter:"), m_param);
    whatForm->addRow(tr("&Values:"), m_values);
    whatForm->addRow(m_problem);

    auto* modes = new QGroupBox(tr("Modes"));
    auto* modeGrid = new QGridLayout(modes);
    for (Mode mode : kAllModes) {
        auto* box = new QCheckBox(modeName(mode));
        box->setChecked(mode == Mode::Threads || mode == Mode::Async);
        const int index = static_cast<int>(mode);
        modeGrid->addWidget(box, index / 2, index % 2);
        m_modes[static_cast<std::size_t>(mode)] = box;
    }

    m_tasks->setRange(static_cast<int>(kTasksLimit.min), static_cast<int>(kTasksLimit.max));
    m_tasks->setValue(16);
    m_tasks->setToolTip(tr("How many tasks each run has"));
    m_delay->setDecimals(3);
    m_delay->setRange(kDelayLimit.min, kDelayLimit.max);
    m_delay->setSingleStep(0.1);
    m_delay->setValue(0.5);
    m_delay->setSuffix(tr(" s"));
    m_delay->setSpecialValueText(tr("no fetch"));
    m_delay->setToolTip(
        tr("How long the embedded server takes to answer each task's fetch; "
           "at 0 the tasks fetch nothing and only compute, as 'overlap sweep' "
           "without --delay"));
    m_cpu->setDecimals(0);
    m_cpu->setRange(kCpuMsLimit.min, kCpuMsLimit.max);
    m_cpu->setSuffix(tr(" ms"));
    m_cpu->setToolTip(tr("CPU work each task does after its fetch"));
    m_gil->setToolTip(
        tr("CPU work holds one lock in threads and async, as CPython's GIL does "
           "(emulated: Overlap is C++)"));
    m_concurrency->setRange(1, static_cast<int>(kProcessesLimit.max));
    m_concurrency->setValue(4);
    m_concurrency->setToolTip(
        tr("Every mode's workers, transfers in flight or processes, when "
           "the sweep varies something else"));
    m_repeat->setRange(1, kMaxSweepRepeat);
    m_repeat->setValue(1);
    m_repeat->setToolTip(
        tr("Runs of each mode at each value: the chart shows their median and "
           "their spread"));

    auto* base = new QGroupBox(tr("Each run"));
    auto* baseForm = new QFormLayout(base);
    baseForm->addRow(tr("&Tasks:"), m_tasks);
    baseForm->addRow(tr("&Delay:"), m_delay);
    baseForm->addRow(tr("C&PU work:"), m_cpu);
    baseForm->addRow(QString(), m_gil);
    baseForm->addRow(tr("C&oncurrency:"), m_concurrency);
    baseForm->addRow(tr("&Repeat:"), m_repeat);

    m_run->setToolTip(
        tr("Run every mode at every value, one after another, against the embedded "
           "server"));
    m_cancel->setToolTip(tr("Stop the run in progress and skip the rest"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run, 1);
    buttons->addWidget(m_cancel);
    m_progress->setTextVisible(false);
    m_progressText->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(modes);
    layout->addWidget(base);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addStretch(1);
    clearProgress();

    connect(m_param, &QComboBox::currentIndexChanged, this, [this] {
        m_values->setText(exampleValues(param()));
        validate();
    });
    connect(m_values, &QLineEdit::textChanged, this, &SweepPanel::validate);
    for (QCheckBox* box : m_modes) connect(box, &QCheckBox::toggled, this, &SweepPanel::validate);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (spec()) emit runRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &SweepPanel::cancelRequested);
    connect(&ThemeNotifier::instance(), &ThemeNotifier::changed, this, &SweepPanel::validate);
    validate();
}

SweepParam SweepPanel::param() const {
    return static_cast<SweepParam>(m_param->currentData().toInt());
}

QString SweepPanel::read(SweepSpec& spec) const {
    spec.param = param();
    std::string error;
    const std::optional<std::vector<double>> values =
        parse_sweep_values(m_values->text().trimmed().toStdString(), &error);
    // Core words it for `overlap sweep --values`; here it sits under the Values field.
    if (!values) return tr("Values: %1").arg(QString::fromStdString(error));
    spec.values = *values;
    for (Mode mode : kAllModes)
        if (modeBox(mode)->isChecked()) spec.modes.push_back(mode);
    spec.repeat = m_repeat->value();
    spec.concurrency = m_concurrency->value();
    // The base workload as the workload panel would make it, title and all.
    WorkloadForm form;
    form.tasks = m_tasks->value();
    form.shape.delay_s = m_delay->value();
    form.cpu_ms = m_cpu->value();
    form.gil = m_gil->isChecked();
    spec.workload = to_workload(form);
    // No delay: tasks that only compute, unless the delay is what varies.
    if (form.shape.delay_s == 0 && spec.param != SweepParam::Delay) {
        for (TaskSpec& task : spec.workload.tasks) task = TaskSpec{{}, form.cpu_ms, std::nullopt};
        spec.workload.title =
            tr("%1 \u00d7 %2 ms of CPU work").arg(form.tasks).arg(form.cpu_ms).toStdString();
    }
    return QString::fromStdString(sweep_problem(spec).value_or(std::string()));
}

std::optional<SweepSpec> SweepPanel::spec() const {
    SweepSpec spec;
    if (!read(spec).isEmpty()) return std::nullopt;
    return spec;
}

QString SweepPanel::problem() const { return m_valid ? QString() : m_problem->text(); }

void SweepPanel::validate() {
    SweepSpec spec;
    const QString problem = read(spec);
    m_valid = problem.isEmpty();
    m_problem->setText(problem);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, currentTheme().verdicts[1]);  // a failed check's colour
    m_problem->setPalette(palette);
    m_problem->setVisible(!m_valid);
    updateEnabled();
}

void SweepPanel::setSpec(const SweepSpec& spec) {
    m_param->setCurrentIndex(m_param->findData(static_cast<int>(spec.param)));
    m_values->setText(valuesText(spec.values));
    for (Mode mode : kAllModes)
        modeBox(mode)->setChecked(std::find(spec.modes.begin(), spec.modes.end(), mode) !=
                                  spec.modes.end());
    m_repeat->setValue(spec.repeat);
    m_concurrency->setValue(spec.concurrency);
    if (!spec.workload.tasks.empty()) {
        const TaskSpec& task = spec.workload.tasks.front();
        m_tasks->setValue(static_cast<int>(spec.workload.tasks.size()));
        m_delay->setValue(task.url.empty() ? 0 : task.expected_s.value_or(m_delay->value()));
        m_cpu->setValue(task.cpu_ms);
    }
    m_gil->setChecked(spec.workload.behaviour.gil);
    validate();
}

void SweepPanel::setRunning(bool running) {
    m_running = running;
    updateEnabled();
}

void SweepPanel::setBlocked(bool blocked) {
    m_blocked = blocked;
    updateEnabled();
}

void SweepPanel::updateEnabled() {
    for (QWidget* input : std::initializer_list<QWidget*>{m_param, m_values, m_gil, m_repeat})
        input->setEnabled(!m_running);
    for (QCheckBox* box : m_modes) box->setEnabled(!m_running);
    // The swept parameter's own field would be overridden at every point.
    m_delay->setEnabled(!m_running && param() != SweepParam::Delay);
    m_tasks->setEnabled(!m_running && param() != SweepParam::Tasks);
    m_cpu->setEnabled(!m_running && param() != SweepParam::CpuMs);
    m_concurrency->setEnabled(!m_running && param() != SweepParam::Concurrency);
    m_run->setEnabled(!m_running && !m_blocked && m_valid);
    m_cancel->setEnabled(m_running);
}

void SweepPanel::showProgress(int point, int points, int run, int runs, int finishedTasks,
                              int tasks) {
    m_progress->setRange(0, std::max(points * runs, 1));
    m_progress->setValue(point * runs + run);
    m_progress->setVisible(true);
    m_progressText->setText(tr("Value %1 of %2 \u00b7 run %3 of %4 \u00b7 %5 / %6 tasks")
                                .arg(point + 1)
                                .arg(points)
                                .arg(run + 1)
                                .arg(runs)
                                .arg(finishedTasks)
                                .arg(tasks));
}

void SweepPanel::clearProgress() {
    m_progress->setVisible(false);
    m_progressText->clear();
}

}  // namespace overlap::ui
