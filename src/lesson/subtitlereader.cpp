// SPDX-License-Identifier: MIT
// Reads a film's "subtitles": one file per language, at most one shown from the start.
#include "lesson/lessonlimits.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"

namespace stoppunkt {

void readSubtitles(ObjectReader &film, Film &out, Reporter &reporter)
{
    using Need = ObjectReader::Need;
    const nlohmann::json *list = film.array("subtitles", Need::Optional);
    if (!list)
        return;
    checkCount(reporter, film.pointerOf("subtitles"), list->size(), limits::kSubtitleFiles,
               QT_TRANSLATE_NOOP("LessonCheck", "a film has at most %1 subtitle files; this one has %2"));
    for (std::size_t i = 0; i < list->size() && i < limits::kSubtitleFiles; ++i) {
        ObjectReader r((*list)[i], childPointer(film.pointerOf("subtitles"), i), say(QT_TRANSLATE_NOOP("LessonCheck", "the subtitles")),
                       reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys({"language", "source", "shown"}, say(QT_TRANSLATE_NOOP("LessonCheck", "the subtitles")));
        Subtitles subtitles;
        subtitles.language = r.text("language", Need::Required).value_or("");
        if (!subtitles.language.empty() && !isLanguageTag(subtitles.language))
            reporter.error(
                r.pointerOf("language"),
                say(QT_TRANSLATE_NOOP("LessonCheck", "the subtitles' language %1 is not a BCP 47 tag such as \"da\", \"nb\" or \"sv-SE\""),
                    inQuotes(subtitles.language)));
        subtitles.source = r.text("source", Need::Required).value_or("");
        subtitles.shown = r.boolean("shown", Need::Optional).value_or(false);
        for (const Subtitles &earlier : out.subtitles) {
            if (!subtitles.language.empty() && earlier.language == subtitles.language)
                reporter.error(r.pointerOf("language"),
                               say(QT_TRANSLATE_NOOP("LessonCheck", "the film already has subtitles in %1; give one file per language"),
                                   inQuotes(subtitles.language)));
            if (subtitles.shown && earlier.shown)
                reporter.error(r.pointerOf("shown"),
                               say(QT_TRANSLATE_NOOP("LessonCheck", "only one language of subtitles can be shown from the start")));
        }
        out.subtitles.push_back(std::move(subtitles));
    }
}

}  // namespace stoppunkt
