// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stoppunkt {

/// The words the projector and the handout show that are not in the lesson ("Dias 7/16", the film card,
/// the handout's page words) follow the lesson's language, not the console's. They go through Qt's
/// translation system like every other string: mark them with QT_TRANSLATE_NOOP("LessonLanguage", …)
/// and look them up here with the lesson's BCP 47 tag. A language without a translation gets English.
QString inLessonLanguage(const QString &language, const char *sourceText);

/// The translation that serves a BCP 47 tag: "da", "nb" (also for "nn" and "no"), "sv", or "en".
QString translationFor(const QString &language);

}  // namespace stoppunkt
