#include "ui/document/background_load.hpp"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include "formats/chrome_trace.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/run_file.hpp"
#include "formats/sweep_file.hpp"

namespace overlap::ui {

namespace {

// A trace is a bare array of events or an object with "traceEvents". Asked only
// once the text failed as a run file, so a run whose URL holds the word still opens.
bool looksLikeChromeTrace(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '[') return true;
    return text.find("\"traceEvents\"") != std::string::npos;
}

}  // namespace

BackgroundLoad::BackgroundLoad(QString path, FileKind kind, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_kind(kind), m_loadedKind(kind) {}

BackgroundLoad::~BackgroundLoad() {
    m_cancel = true;
    if (m_thread.joinable()) m_thread.join();
}

void BackgroundLoad::start() {
    m_thread = std::thread([this] { load(); });
}

void BackgroundLoad::load() {
    try {
        const std::string text = read_text_file(QFile::encodeName(m_path).toStdString());
        if (m_kind == FileKind::ChromeTrace) {
            m_runs = importTrace(text);
        } else if (m_kind == FileKind::Either && looks_like_sweep_file(text)) {
            m_sweep = sweep_from_json(text);
            m_loadedKind = FileKind::Sweep;
        } else {
            try {
                m_runs = run_set_from_json(text);
                m_loadedKind = FileKind::RunFile;
            } catch (const FormatError&) {
                if (m_kind == FileKind::RunFile || !looksLikeChromeTrace(text)) throw;
                m_runs = importTrace(text);
            }
        }
    } catch (const FormatError& error) {
        m_error = QString::fromLocal8Bit(error.what());
    } catch (const std::exception& error) {
        // bad_alloc: a file bigger than memory must not take the window with it.
        m_error = tr("Cannot read it: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    // The object may be gone by the time the event loop gets here; then the
    // destructor has joined and Qt drops the call.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_thread.join();
            emit finished();
        },
        Qt::QueuedConnection);
}

RunSet BackgroundLoad::importTrace(const std::string& text) {
    m_loadedKind = FileKind::ChromeTrace;
    RunSet runs = import_chrome_trace(text, [this](double fraction) {
        reportProgress(fraction);
        return !m_cancel;
    });
    const QFileInfo file(m_path);
    runs.workload.title = file.completeBaseName().toStdString();
    runs.recorded_at = file.lastModified().toUTC().toString(Qt::ISODate).toStdString();
    return runs;
}

void BackgroundLoad::reportProgress(double fraction) {
    const int percent = static_cast<int>(fraction * 100);
    if (percent <= m_reportedPercent) return;
    m_reportedPercent = percent;
    QMetaObject::invokeMethod(
        this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
}

}  // namespace overlap::ui
