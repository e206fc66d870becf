// SPDX-License-Identifier: MIT
#pragma once
// The stoppunkt program as a separate process, for tests that kill it and start it again: its own settings
// and data folders, the offscreen platform.

#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace stoppunkt::test {

inline const QString kSeedLessonFile = QStringLiteral(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");

struct App {
    QTemporaryDir home;
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_DATA_HOME", home.filePath("data"));
        env.insert("XDG_CONFIG_HOME", home.filePath("config"));
        return env;
    }
    /// Today's record of the seed lesson; `suffix` ".room" gives the room's file beside it.
    QString recordPath(const QString &suffix = {}) const
    {
        return home.filePath("data/Stoppunkt/stoppunkt/sessions/" + QDate::currentDate().toString(Qt::ISODate) + "-konflikter-med-kunder"
                             + suffix + ".json");
    }
    /// Runs to the end and returns stdout; stderr goes to `errors`.
    QByteArray run(const QStringList &arguments, QByteArray *errors = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(STOPPUNKT_EXE, arguments);
        REQUIRE(p.waitForFinished(120000));
        if (errors)
            *errors = p.readAllStandardError();
        return p.readAllStandardOutput();
    }
};

/// Reads a started process's standard output until it has printed a whole line, however slowly it starts on a
/// loaded machine (at most 60 s), or until it ends.
inline QByteArray firstLine(QProcess &process)
{
    QByteArray printed;
    QElapsedTimer waited;
    waited.start();
    while (!printed.contains('\n') && waited.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);  // a second without output is no reason to stop waiting
        printed += process.readAllStandardOutput();
    }
    return printed + process.readAllStandardOutput();
}

inline QJsonObject lastJsonLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

}  // namespace stoppunkt::test
