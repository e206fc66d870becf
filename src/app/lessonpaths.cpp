// SPDX-License-Identifier: MIT
#include "lessonpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace stoppunkt {

QString findLessonsDir()
{
    const QString fromEnv = qEnvironmentVariable("STOPPUNKT_LESSONS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString exe = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {QDir::currentPath() + QStringLiteral("/lessons"), exe + QStringLiteral("/../../lessons"),
                                     exe + QStringLiteral("/../share/stoppunkt/lessons")}) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QDir::currentPath() + QStringLiteral("/lessons");
}

} // namespace stoppunkt
