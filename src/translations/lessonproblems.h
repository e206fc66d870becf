// SPDX-License-Identifier: MIT
#pragma once

namespace stoppunkt {

/// Makes the lesson library tell its problems (`--validate`, the dialogs, live preview) in the UI language
/// of the moment, through the installed translators. Call once, before lessons are loaded.
void tellLessonProblemsInUiLanguage();

}  // namespace stoppunkt
