// SPDX-License-Identifier: MIT
#pragma once
// The seed lesson, "Konflikter med kunder", loaded from its file, for any test that presents it.

#include "lesson/lessonloader.h"

#include <catch2/catch.hpp>

namespace stoppunkt::test {

inline Lesson seedLesson()
{
    LoadResult loaded = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(loaded.ok());
    return std::move(*loaded.lesson);
}

}  // namespace stoppunkt::test
