#include "ui/workload/workload_panel.hpp"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "model/workload_limits.hpp"
#include "ui/theme/mode_style.hpp"

namespace overlap::ui {

namespace {

constexpr int kStatusCodes[] = {200, 204, 301, 400, 403, 404, 418, 429, 500, 502, 503, 504};

// Ranges are the workload limits, so the panel cannot hold a value the run would refuse.
QDoubleSpinBox* doubleSpin(const Limit& limit, double step, int decimals, const QString& suffix,
                           const QString& tip) {
    auto* spin = new QDoubleSpinBox;
    spin->setDecimals(decimals);  // first: the range is rounded to the decimals
    spin->setRange(limit.min, limit.max);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    spin->setToolTip(tip);
    return spin;
}

QSpinBox* intSpin(const Limit& limit, const QString& suffix, const QString& tip) {
    auto* spin = new QSpinBox;
    spin->setRange(static_cast<int>(limit.min), static_cast<int>(limit.max));
    spin->setSuffix(suffix);
    spin->setToolTip(tip);
    return spin;
}

QString modeTip(Mode mode) {
    switch (mode) {
        case Mode::Sequential:
            return WorkloadPanel::tr(
                "One task after another on one thread: the baseline. "
                "N tasks of d seconds take N\u00b7d.");
        case Mode::Threads:
            return WorkloadPanel::tr(
                "A pool of W threads; each takes the next task and blocks "
                "while it waits for the network. Like "
                "concurrent.futures.ThreadPoolExecutor.");
        case Mode::Async:
            return WorkloadPanel::tr(
                "One thread running an event loop with up to C transfers "
                "in flight; waiting costs no thread. Like asyncio with a "
                "semaphore of C.");
        case Mode::Processes:
            return WorkloadPanel::tr(
                "P worker processes, each running tasks one at a time: real "
                "parallelism for CPU work, at the cost of start-up and "
                "memory. Like ProcessPoolExecutor.");
    }
    return {};
}

QString concurrencyTip(Mode mode) {
    switch (mode) {
        case Mode::Threads:
            return WorkloadPanel::tr("W: how many threads the pool has");
        case Mode::Async:
            return WorkloadPanel::tr("C: how many transfers the event loop keeps in flight");
        case Mode::Processes:
            return WorkloadPanel::tr("P: how many worker processes run");
        case Mode::Sequential:
            break;
    }
    return {};
}

}  // namespace

WorkloadPanel::WorkloadPanel(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
    m_layout->addWidget(buildTarget());
    m_layout->addWidget(buildTasks());
    m_layout->addWidget(buildModes());
    m_layout->addWidget(buildBehaviour());
    m_layout->addStretch(1);
    // Tests and accessibility tools find the controls by these names.
    m_serverTarget->setObjectName(QStringLiteral("serverTarget"));
    m_urlTarget->setObjectName(QStringLiteral("urlTarget"));
    m_delay->setObjectName(QStringLiteral("delay"));
    m_jitter->setObjectName(QStringLiteral("jitter"));
    m_bytes->setObjectName(QStringLiteral("bytes"));
    m_status->setObjectName(QStringLiteral("status"));
    m_urls->setObjectName(QStringLiteral("urls"));
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_cpuMs->setObjectName(QStringLiteral("cpuMs"));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    for (Mode mode : kAllModes) {
        const auto i = static_cast<std::size_t>(mode);
        const QString name = QLatin1String(to_string(mode));
        m_modeEnabled[i]->setObjectName(QStringLiteral("mode_") + name);
        if (m_concurrency[i])
            m_concurrency[i]->setObjectName(QStringLiteral("concurrency_") + name);
    }
    m_gil->setObjectName(QStringLiteral("gil"));
    m_interpreterMs->setObjectName(QStringLiteral("interpreterMs"));
    m_blockingInAsync->setObjectName(QStringLiteral("blockingInAsync"));
    m_offload->setObjectName(QStringLiteral("offload"));
    setForm(WorkloadForm{});
}

QGroupBox* WorkloadPanel::buildTarget() {
    auto* box = new QGroupBox(tr("Target"));
    box->setToolTip(tr("What every task fetches"));
    m_serverTarget = new QRadioButton(tr("Embedded server"));
    m_serverTarget->setToolTip(
        tr("Overlap's own local HTTP server: it answers after an exact delay, so the ideal "
           "makespan is known and the overhead of each mode is measurable"));
    m_urlTarget = new QRadioButton(tr("URL list"));
    m_urlTarget->setToolTip(
        tr("Real URLs, one per line; task i fetches line i, wrapping round. "
           "Their durations are unknown, so there is no ideal makespan"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_serverTarget);
    group->addButton(m_urlTarget);

    // To the millisecond: thousand-requests waits 13 ms per request.
    m_delay = doubleSpin(kDelayLimit, 0.1, 3, tr(" s"),
                         tr("How long the server waits before answering: the time a task spends "
                            "waiting on I/O (/delay/N)"));
    m_jitter = doubleSpin(kJitterLimit, 0.1, 2, tr(" s"),
                          tr("Random extra delay per task, up to this much, the same on every "
                             "run: real services are not uniform. Makes the ideal unknown"));
    m_bytes = intSpin(kBytesLimit, tr(" B"),
                      tr("Answer with this many bytes instead of waiting: measures transfer "
                         "and receive time (/bytes/N). Overrides the delay"));
    m_bytes->setSpecialValueText(tr("off"));
    m_bytes->setSingleStep(1024);
    m_status = new QComboBox;
    m_status->addItem(tr("off"), 0);
    for (int code : kStatusCodes) m_status->addItem(QString::number(code), code);
    m_status->setToolTip(
        tr("Answer every request with this HTTP status (/status/N), to see how "
           "errors are counted. Overrides bytes and delay"));

    m_serverFields = new QWidget;
    auto* fields = new QFormLayout(m_serverFields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addRow(tr("Delay"), m_delay);
    fields->addRow(tr("Jitter"), m_jitter);
    fields->addRow(tr("Bytes"), m_bytes);
    fields->addRow(tr("Status"), m_status);

    m_urls = new QPlainTextEdit;
    m_urls->setPlaceholderText(tr("https://example.org/\nhttp://127.0.0.1:8080/item/{i}"));
    m_urls->setToolTip(
        tr("One URL per line. {i} becomes the task's index; {server} the embedded "
           "server's address"));
    m_urls->setTabChangesFocus(true);
    m_urls->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_serverTarget);
    layout->addWidget(m_serverFields);
    layout->addWidget(m_urlTarget);
    layout->addWidget(m_urls);

    connect(m_serverTarget, &QRadioButton::toggled, this, &WorkloadPanel::updateEnabled);
    connect(m_bytes, &QSpinBox::valueChanged, this, &WorkloadPanel::updateEnabled);
    connect(m_status, &QComboBox::currentIndexChanged, this, &WorkloadPanel::updateEnabled);
    for (auto* spin : {m_delay, m_jitter}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::formChanged);
    }
    connect(m_bytes, &QSpinBox::valueChanged, this, &WorkloadPanel::formChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &WorkloadPanel::formChanged);
    connect(m_serverTarget, &QRadioButton::toggled, this, &WorkloadPanel::formChanged);
    connect(m_urls, &QPlainTextEdit::textChanged, this, &WorkloadPanel::formChanged);
    return box;
}

QGroupBox* WorkloadPanel::buildTasks() {
    auto* box = new QGroupBox(tr("Tasks"));
    m_tasks = intSpin(kTasksLimit, QString(),
                      tr("How many tasks the batch has. Every task is queued at t = 0, like "
                         "asyncio.gather or Executor.map over the whole list"));
    m_cpuMs = doubleSpin(kCpuMsLimit, 10, 1, tr(" ms"),
                         tr("Deterministic computation each task does after its fetch. CPU work "
                            "does not overlap on one thread: watch async stall and the GIL "
                            "serialise threads"));
    m_timeout = doubleSpin(kTimeoutLimit, 1, 3, tr(" s"),
                           tr("A task still unfinished after this long, fetch and CPU work "
                              "together, is stopped and counted as a timeout"));
    auto* layout = new QFormLayout(box);
    layout->addRow(tr("Number of tasks"), m_tasks);
    layout->addRow(tr("CPU work per task"), m_cpuMs);
    layout->addRow(tr("Timeout per task"), m_timeout);
    connect(m_tasks, &QSpinBox::valueChanged, this, &WorkloadPanel::formChanged);
    connect(m_cpuMs, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::formChanged);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::formChanged);
    connect(m_cpuMs, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::updateEnabled);
    return box;
}

QGroupBox* WorkloadPanel::buildModes() {
    auto* box = new QGroupBox(tr("Modes"));
    box->setToolTip(
        tr("Run & Compare runs the checked modes one after another on the same "
           "tasks"));
    auto* layout = new QGridLayout(box);
    for (Mode mode : kAllModes) {
        const auto i = static_cast<std::size_t>(mode);
        const int row = static_cast<int>(i);
        m_modeEnabled[i] = new QCheckBox(modeName(mode));
        m_modeEnabled[i]->setToolTip(modeTip(mode));
        layout->addWidget(m_modeEnabled[i], row, 0);
        connect(m_modeEnabled[i], &QCheckBox::toggled, this, &WorkloadPanel::formChanged);
        connect(m_modeEnabled[i], &QCheckBox::toggled, this, &WorkloadPanel::updateEnabled);
        if (mode == Mode::Sequential) {
            m_concurrency[i] = nullptr;
            continue;
        }
        const QString prefix = modeConcurrency(ModeConfig{mode, 0}).section(QLatin1Char('='), 0, 0);
        m_concurrency[i] = intSpin(concurrency_limit(mode), QString(), concurrencyTip(mode));
        m_concurrency[i]->setPrefix(prefix + QStringLiteral(" = "));
        layout->addWidget(m_concurrency[i], row, 1);
        connect(m_concurrency[i], &QSpinBox::valueChanged, this, &WorkloadPanel::formChanged);
    }
    layout->setColumnStretch(0, 1);
    return box;
}

QGroupBox* WorkloadPanel::buildBehaviour() {
    auto* box = new QGroupBox(tr("Behaviour"));
    m_gil = new QCheckBox(tr("Emulate the GIL"));
    m_gil->setToolTip(
        tr("CPU work holds one process-wide lock, as in CPython: threads then "
           "take turns computing and only processes run CPU work in parallel"));
    m_blockingInAsync = new QCheckBox(tr("Blocking call in async"));
    m_blockingInAsync->setToolTip(
        tr("The async mode fetches with a blocking call on the event-loop thread, the classic "
           "mistake (requests.get inside a coroutine): the loop stalls and async turns "
           "sequential"));
    m_offload = new QCheckBox(tr("Offload CPU work (async)"));
    m_offload->setToolTip(
        tr("The async mode hands each task's CPU work to a helper thread "
           "(asyncio.to_thread) so the event loop keeps serving transfers"));
    m_interpreterMs = doubleSpin(
        kInterpreterMsLimit, 0.5, 2, tr(" ms"),
        tr("Emulates CPython's own work per request (building it, parsing the answer): this much "
           "CPU after each answered fetch, holding the interpreter lock. One lock for all threads, "
           "the loop thread in async, one per process. 0: none"));
    auto* interpreter = new QFormLayout;
    interpreter->setContentsMargins(0, 0, 0, 0);
    interpreter->addRow(tr("Interpreter cost per request"), m_interpreterMs);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_gil);
    layout->addLayout(interpreter);
    for (QCheckBox* check : {m_blockingInAsync, m_offload}) layout->addWidget(check);
    for (QCheckBox* check : {m_gil, m_blockingInAsync, m_offload})
        connect(check, &QCheckBox::toggled, this, &WorkloadPanel::formChanged);
    connect(m_interpreterMs, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::formChanged);
    return box;
}

void WorkloadPanel::setPresetPicker(QWidget* picker) {
    m_presetPicker = picker;
    m_layout->insertWidget(0, picker);
    updateEnabled();
}

void WorkloadPanel::setServerAvailable(bool available) {
    m_serverAvailable = available;
    if (!available) m_urlTarget->setChecked(true);
    updateEnabled();
}

void WorkloadPanel::setRunning(bool running) {
    m_running = running;
    updateEnabled();
}

void WorkloadPanel::updateEnabled() {
    const bool editable = !m_running;
    const bool server = m_serverTarget->isChecked();
    if (m_presetPicker) m_presetPicker->setEnabled(editable);
    m_serverTarget->setEnabled(editable && m_serverAvailable);
    m_urlTarget->setEnabled(editable);
    m_serverFields->setEnabled(editable && server);
    // The endpoint is chosen in the order status, bytes, delay: grey out what is ignored.
    const bool status = m_status->currentData().toInt() != 0;
    m_bytes->setEnabled(!status);
    m_delay->setEnabled(!status && m_bytes->value() == 0);
    m_jitter->setEnabled(m_delay->isEnabled());
    m_urls->setEnabled(editable && !server);
    m_tasks->setEnabled(editable);
    m_cpuMs->setEnabled(editable);
    m_timeout->setEnabled(editable);
    for (Mode mode : kAllModes) {
        const auto i = static_cast<std::size_t>(mode);
        m_modeEnabled[i]->setEnabled(editable);
        if (m_concurrency[i])
            m_concurrency[i]->setEnabled(editable && m_modeEnabled[i]->isChecked());
    }
    m_gil->setEnabled(editable);
    m_interpreterMs->setEnabled(editable);
    const bool async = m_modeEnabled[static_cast<std::size_t>(Mode::Async)]->isChecked();
    m_blockingInAsync->setEnabled(editable && async);
    m_offload->setEnabled(editable && async && m_cpuMs->value() > 0);
}

WorkloadForm WorkloadPanel::form() const {
    WorkloadForm form;
    form.target = m_serverTarget->isChecked() ? TargetKind::Server : TargetKind::UrlList;
    form.shape.delay_s = m_delay->value();
    form.shape.jitter_s = m_jitter->value();
    form.shape.bytes = m_bytes->value();
    form.shape.status = m_status->currentData().toInt();
    const QStringList lines = m_urls->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString url = line.trimmed();
        if (!url.isEmpty()) form.urls.push_back(url.toStdString());
    }
    form.tasks = m_tasks->value();
    form.cpu_ms = m_cpuMs->value();
    form.timeout_s = m_timeout->value();
    for (Mode mode : kAllModes) {
        const auto i = static_cast<std::size_t>(mode);
        form.mode(mode).enabled = m_modeEnabled[i]->isChecked();
        if (m_concurrency[i]) form.mode(mode).concurrency = m_concurrency[i]->value();
    }
    form.gil = m_gil->isChecked();
    form.interpreter_ms = m_interpreterMs->value();
    form.blocking_in_async = m_blockingInAsync->isChecked();
    form.offload = m_offload->isChecked();
    return form;
}

void WorkloadPanel::setForm(const WorkloadForm& form) {
    const QSignalBlocker blocker(this);
    (form.target == TargetKind::Server && m_serverAvailable ? m_serverTarget : m_urlTarget)
        ->setChecked(true);
    m_delay->setValue(form.shape.delay_s);
    m_jitter->setValue(form.shape.jitter_s);
    m_bytes->setValue(static_cast<int>(form.shape.bytes));
    int status = m_status->findData(form.shape.status);
    if (status < 0) {
        m_status->addItem(QString::number(form.shape.status), form.shape.status);
        status = m_status->count() - 1;
    }
    m_status->setCurrentIndex(status);
    QStringList urls;
    for (const auto& url : form.urls) urls << QString::fromStdString(url);
    m_urls->setPlainText(urls.join(QLatin1Char('\n')));
    m_tasks->setValue(form.tasks);
    m_cpuMs->setValue(form.cpu_ms);
    m_timeout->setValue(form.timeout_s);
    for (Mode mode : kAllModes) {
        const auto i = static_cast<std::size_t>(mode);
        m_modeEnabled[i]->setChecked(form.mode(mode).enabled);
        if (m_concurrency[i]) m_concurrency[i]->setValue(form.mode(mode).concurrency);
    }
    m_gil->setChecked(form.gil);
    m_interpreterMs->setValue(form.interpreter_ms);
    m_blockingInAsync->setChecked(form.blocking_in_async);
    m_offload->setChecked(form.offload);
    updateEnabled();
}

}  // namespace overlap::ui
