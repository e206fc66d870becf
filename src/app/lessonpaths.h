// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace stoppunkt {

/// The lessons that come with Stoppunkt: $STOPPUNKT_LESSONS, ./lessons, lessons/ beside the build tree, or
/// share/stoppunkt/lessons beside the installed program.
QString findLessonsDir();
/// The lesson schema (docs/lesson.schema.json beside the build tree, or share/stoppunkt beside the installed
/// program), for an imported lesson's "$schema"; empty when neither exists.
QString findSchemaFile();
/// The user's own lessons, ~/.local/share/Stoppunkt/lessons (XDG_DATA_HOME), created on first use.
QString userLessonsDir();
/// Every folder the lesson picker lists, the ones that come with Stoppunkt first.
QStringList lessonFolders();
/// A lesson named on the command line: a lesson file, a lesson's folder, or the name of a lesson folder
/// in lessonFolders() ("konflikter-med-kunder"). Returns the argument unchanged when nothing matches, so
/// the loader names the missing file.
QString resolveLessonArgument(const QString &argument);

}  // namespace stoppunkt
