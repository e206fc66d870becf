// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"

#include <string>

namespace stoppunkt {

/// The author's review listing: one line per slide, with question options and film segments under them.
/// The format is stable and documented in docs/lesson-format.md.
std::string lessonOutline(const Lesson &lesson);

}  // namespace stoppunkt
