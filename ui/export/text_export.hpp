// The text exports for the window and `overlap export`: the ASCII timelines
// (plain, or fenced for pasting into Markdown), CSV and Chrome's trace format,
// written whole or not at all; a failure comes back as a message naming the path.
#pragma once

#include <QString>

#include "model/run_record.hpp"
#include "ui/export/export_result.hpp"

namespace overlap::ui {

// Every run's ASCII timeline, each line fitting `width` columns.
QString asciiText(const RunSet& runs, int width);
// The same in ``` fences, ready to paste into an issue or a README.
QString asciiMarkdown(const RunSet& runs, int width);

ExportResult saveAscii(const RunSet& runs, const QString& path, int width);
ExportResult saveAsciiMarkdown(const RunSet& runs, const QString& path, int width);
ExportResult saveCsv(const RunSet& runs, const QString& path);
ExportResult saveChromeTrace(const RunSet& runs, const QString& path);

}  // namespace overlap::ui
