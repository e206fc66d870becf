// SPDX-License-Identifier: MIT
#include "app/lessonpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace stoppunkt {

QString findLessonsDir()
{
    const QString fromEnv = qEnvironmentVariable("STOPPUNKT_LESSONS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // The command line resolves lesson names before the application object exists.
    const QString exe =
        QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QStringList candidates{QDir::currentPath() + QStringLiteral("/lessons"), exe + QStringLiteral("/../../lessons"),
                                 exe + QStringLiteral("/../share/stoppunkt/lessons")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QDir::currentPath() + QStringLiteral("/lessons");
}

QString findSchemaFile()
{
    const QString exe = QCoreApplication::applicationDirPath();
    const QStringList candidates{exe + QStringLiteral("/../../docs/lesson.schema.json"),
                                 exe + QStringLiteral("/../share/stoppunkt/lesson.schema.json")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

QString userLessonsDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Stoppunkt/lessons");
    QDir().mkpath(dir);
    return dir;
}

QStringList lessonFolders()
{
    QStringList folders{findLessonsDir()};
    const QString own = userLessonsDir();
    if (QFileInfo(own).canonicalFilePath() != QFileInfo(folders.front()).canonicalFilePath())
        folders << own;
    return folders;
}

QString resolveLessonArgument(const QString &argument)
{
    const QFileInfo given(argument);
    if (given.isDir() && QFileInfo::exists(given.filePath() + QStringLiteral("/lesson.json")))
        return given.filePath() + QStringLiteral("/lesson.json");
    if (given.exists() || argument.contains(QLatin1Char('/')) || argument.contains(QLatin1Char('.')))
        return argument;
    for (const QString &folder : lessonFolders()) {
        const QString file = folder + QLatin1Char('/') + argument + QStringLiteral("/lesson.json");
        if (QFileInfo::exists(file))
            return file;
    }
    return argument;
}

}  // namespace stoppunkt
