// The built `overlap` run as a user would from a terminal with no display:
// for the tests of commands that draw (export's pictures and videos), which
// must work without one. Needs OVERLAP_EXECUTABLE defined by the test target.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace overlap::test {

struct Finished {
    int exitCode = -1;  // -1 when it crashed or did not finish
    QString out;
    QString err;
};

inline Finished runOverlapHeadless(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OVERLAP_EXECUTABLE), arguments);
    // Long enough for a video encoded on a busy machine.
    if (!process.waitForFinished(90000)) return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace overlap::test
