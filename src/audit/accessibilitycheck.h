// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/diagnostic.h"
#include "lesson/lesson.h"

#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

/// What keeps some trainees out of a lesson, as warnings at the lesson file's line and column
/// (`--validate --accessibility`): a page slide without a text alternative, a film without subtitles in the
/// lesson's language, and text the projector draws below the readable size at 1080p. `lessonText` is the
/// file's text, for the positions; `file` names it in the warnings.
std::vector<Diagnostic> checkAccessibility(const Lesson &lesson, std::string_view lessonText, const std::string &file);

}  // namespace stoppunkt
