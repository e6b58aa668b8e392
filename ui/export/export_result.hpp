// What an export reports back: done, or why not, in a sentence for the person
// who chose the file ("Cannot save '/read-only/a.png': Permission denied").
// Exports never throw; the window shows the message, the command prints it.
#pragma once

#include <QString>

#include <utility>

namespace overlap::ui {

class [[nodiscard]] ExportResult {
public:
    static ExportResult success() { return ExportResult(QString()); }
    static ExportResult failure(QString message) { return ExportResult(std::move(message)); }

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    explicit ExportResult(QString error) : m_error(std::move(error)) {}
    QString m_error;
};

}  // namespace overlap::ui
