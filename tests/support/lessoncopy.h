// SPDX-License-Identifier: MIT
#pragma once
// The seed lesson and its film copied into a temporary folder, for tests that write the lesson (the stop editor).

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace stoppunkt::test {

/// The seed lesson and its film, copied into lessons/ and media/ under `dir`, so the editor may write it.
inline QString seedLessonCopy(const QTemporaryDir &dir)
{
    REQUIRE(QDir().mkpath(dir.filePath("lessons/konflikter-med-kunder")));
    REQUIRE(QDir().mkpath(dir.filePath("media")));
    const QString lesson = dir.filePath("lessons/konflikter-med-kunder/lesson.json");
    REQUIRE(QFile::copy(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json", lesson));
    for (const char *name : {"morten-demo.mp4", "morten-demo.da.srt"})
        REQUIRE(QFile::copy(QStringLiteral(STOPPUNKT_LESSONS "/../media/") + name, dir.filePath(QStringLiteral("media/") + name)));
    QFile::setPermissions(lesson, QFile::ReadOwner | QFile::WriteOwner);
    return lesson;
}

/// The supplementary lessons' files beside the copy, so the summary's links to them hold (--validate checks
/// them strictly).
inline void copyLinkedLessons(const QTemporaryDir &dir)
{
    for (const char *name : {"kundetyper", "arga-kunder", "klagehandtering", "gennemsigtig-kommunikation"}) {
        const QString folder = dir.filePath(QStringLiteral("lessons/") + name);
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(QFile::copy(QStringLiteral(STOPPUNKT_LESSONS "/") + name + "/lesson.json", folder + "/lesson.json"));
    }
}

}  // namespace stoppunkt::test
