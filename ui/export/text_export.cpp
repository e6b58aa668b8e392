#include "ui/export/text_export.hpp"

#include <QFile>

#include "formats/ascii_diagram.hpp"
#include "formats/chrome_trace.hpp"
#include "formats/csv_export.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"

namespace overlap::ui {

namespace {

ExportResult write(const QString& path, const std::string& text) {
    try {
        write_file_atomically(QFile::encodeName(path).toStdString(), text);
    } catch (const FormatError& error) {
        return ExportResult::failure(QString::fromLocal8Bit(error.what()));
    }
    return ExportResult::success();
}

}  // namespace

QString asciiText(const RunSet& runs, int width) {
    return QString::fromStdString(ascii_diagrams(runs, width, false));
}

QString asciiMarkdown(const RunSet& runs, int width) {
    return QString::fromStdString(ascii_diagrams(runs, width, true));
}

ExportResult saveAscii(const RunSet& runs, const QString& path, int width) {
    return write(path, ascii_diagrams(runs, width, false));
}

ExportResult saveAsciiMarkdown(const RunSet& runs, const QString& path, int width) {
    return write(path, ascii_diagrams(runs, width, true));
}

ExportResult saveCsv(const RunSet& runs, const QString& path) {
    return write(path, run_set_to_csv(runs));
}

ExportResult saveChromeTrace(const RunSet& runs, const QString& path) {
    return write(path, run_set_to_chrome_trace(runs));
}

}  // namespace overlap::ui
