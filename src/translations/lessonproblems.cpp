// SPDX-License-Identifier: MIT
#include "translations/lessonproblems.h"

#include "lesson/message.h"

#include <QCoreApplication>

namespace stoppunkt {

void tellLessonProblemsInUiLanguage()
{
    // QCoreApplication::translate is safe from any thread, and asks the translators installed now, so a
    // change of UI language applies to the next lesson loaded.
    setMessageTranslator(
        [](const char *text, int count) { return QCoreApplication::translate("LessonCheck", text, nullptr, count).toStdString(); });
}

}  // namespace stoppunkt
