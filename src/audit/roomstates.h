// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "ui/slideframe.h"

#include <vector>

namespace stoppunkt {

/// Every picture a lesson puts before the room, in order: a dry run of the lesson with no windows and no
/// film, stepped with Next as a clicker does, each film part reported as reaching its stop, and at each
/// question every option picked in turn until the right one (so each option's feedback is shown once).
/// Each frame differs from the one before it.
std::vector<SlideFrame> everyRoomState(Lesson lesson);

}  // namespace stoppunkt
