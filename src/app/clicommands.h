// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lessonloader.h"

#include <QStringList>
#include <QTextStream>

namespace stoppunkt {

/// Exit codes of the command line: 0 fine, 1 the lesson has errors, 2 the command was used wrongly.
enum ExitCode { ExitOk = 0, ExitLessonErrors = 1, ExitUsage = 2 };

/// Loads a lesson and prints its problems (GCC style) to `err`; `strict` makes a missing film an error.
LoadResult loadAndReport(const QString &file, QTextStream &err, bool strict = false);

/// "Konflikter med kunder — 16 slides, 1 film, 4 stop points, 4 questions", in the UI language; a lesson
/// without film says nothing of films.
QString lessonSummary(const Lesson &lesson);
/// `--validate FILE…`: checks each lesson, prints "OK: …" or every problem, GCC style. With `accessibility`
/// (--accessibility), a valid lesson is checked for what keeps some trainees out too: warnings, which leave
/// the exit code as it is.
int validateLessons(const QStringList &files, QTextStream &out, QTextStream &err, bool accessibility = false);
/// The same check, its report in a window (the desktop menu's "Check a lesson", where there is no terminal).
int validateLessonsInWindow(const QStringList &files, bool accessibility = false);
struct Options;
/// `--import DECK -o FOLDER`: writes a lesson folder from the deck and says what it did; `language` is the
/// lesson's language when the deck names none (the UI language).
int importLesson(const Options &options, const QString &language, QTextStream &out, QTextStream &err);
/// `--outline FILE`: the one-line-per-slide review listing.
int outlineLesson(const QString &file, QTextStream &out, QTextStream &err);

}  // namespace stoppunkt
