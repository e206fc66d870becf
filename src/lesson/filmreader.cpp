// SPDX-License-Identifier: MIT
// Reads the lesson's "films" array: ids, sources and ordered stop points.
#include "lesson/lessonlimits.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"
#include "lesson/timecode.h"

#include <cmath>

namespace stoppunkt {

namespace {
using Need = ObjectReader::Need;

const std::vector<std::string_view> kFilmKeys{"id", "title", "source", "fps", "stops", "subtitles"};
const std::vector<std::string_view> kStopKeys{"id", "at", "label"};

constexpr std::int64_t kLongestFilmMs = 24 * 3600 * 1000;
constexpr double kLowestFps = 1.0;
constexpr double kHighestFps = 240.0;

std::optional<std::int64_t> readTime(ObjectReader &r, Reporter &reporter)
{
    const nlohmann::json *at = r.value("at", Need::Required);
    if (!at)
        return std::nullopt;
    const std::string pointer = r.pointerOf("at");
    if (at->is_number()) {
        const double seconds = at->get<double>();
        if (!std::isfinite(seconds) || seconds < 0 || seconds * 1000 > kLongestFilmMs) {
            reporter.error(pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "\"at\" must be between 0 and 24 hours, in seconds")));
            return std::nullopt;
        }
        return static_cast<std::int64_t>(std::llround(seconds * 1000.0));
    }
    if (at->is_string()) {
        if (auto ms = parseTimecode(at->get_ref<const std::string &>())) {
            if (*ms <= kLongestFilmMs)
                return ms;
            reporter.error(pointer,
                           say(QT_TRANSLATE_NOOP("LessonCheck", "\"at\" %1 is more than 24 hours into the film; no film is that long"),
                               inQuotes(at->get_ref<const std::string &>())));
            return std::nullopt;
        }
        reporter.error(pointer, say(QT_TRANSLATE_NOOP("LessonCheck",
                                                      "\"at\" %1 is not a time; write \"mm:ss.fff\" (\"01:23.480\") or seconds (83.48)"),
                                    inQuotes(at->get_ref<const std::string &>())));
        return std::nullopt;
    }
    reporter.error(pointer,
                   say(QT_TRANSLATE_NOOP("LessonCheck", "\"at\" must be a time string (\"mm:ss.fff\") or a number of seconds, found %1"),
                       jsonTypeName(*at)));
    return std::nullopt;
}

void readStops(ObjectReader &film, Film &out, Reporter &reporter)
{
    const nlohmann::json *stops = film.array("stops", Need::Optional);
    if (!stops)
        return;
    checkCount(reporter, film.pointerOf("stops"), stops->size(), limits::kStops,
               QT_TRANSLATE_NOOP("LessonCheck", "a film has at most %1 stop points, so the room can read them; this one has %2"));
    std::optional<std::size_t> previousIndex;  // the last stop with a valid time
    for (std::size_t i = 0; i < stops->size(); ++i) {
        const std::string pointer = childPointer(film.pointerOf("stops"), i);
        ObjectReader r((*stops)[i], pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "stop point %1"), i + 1), reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys(kStopKeys, say(QT_TRANSLATE_NOOP("LessonCheck", "a stop point")));
        StopPoint stop;
        stop.id = r.text("id", Need::Required).value_or("");
        stop.label = r.text("label", Need::Optional).value_or("");
        auto at = readTime(r, reporter);
        if (!stop.id.empty() && out.stopIndex(stop.id) >= 0)
            reporter.error(r.pointerOf("id"),
                           say(QT_TRANSLATE_NOOP("LessonCheck", "duplicate stop point id %1 in film %2; stop point ids must be unique"),
                               inQuotes(stop.id), inQuotes(out.id)));
        if (at) {
            stop.atMs = *at;
            const StopPoint *previous = previousIndex ? &out.stops[*previousIndex] : nullptr;
            if (previous && stop.atMs == previous->atMs)
                reporter.error(r.pointerOf("at"),
                               say(QT_TRANSLATE_NOOP("LessonCheck", "stop point %1 at %2 has the same time as stop point %3"),
                                   inQuotes(stop.id), formatTimecode(stop.atMs), inQuotes(previous->id)));
            else if (previous && stop.atMs < previous->atMs)
                reporter.error(r.pointerOf("at"),
                               say(QT_TRANSLATE_NOOP(
                                       "LessonCheck",
                                       "stop point %1 at %2 comes before the previous stop point %3 at %4; list stop points in time order"),
                                   inQuotes(stop.id), formatTimecode(stop.atMs), inQuotes(previous->id), formatTimecode(previous->atMs)));
        }
        out.stops.push_back(stop);
        if (at)
            previousIndex = out.stops.size() - 1;
    }
}
}  // namespace

void readFilms(const nlohmann::json &root, Lesson &lesson, Reporter &reporter)
{
    ObjectReader top(root, "", say(QT_TRANSLATE_NOOP("LessonCheck", "the lesson")), reporter);
    const nlohmann::json *films = top.array("films", Need::Optional);
    if (!films)
        return;
    lesson.films.reserve(films->size());
    for (std::size_t i = 0; i < films->size(); ++i) {
        const std::string pointer = childPointer("/films", i);
        ObjectReader r((*films)[i], pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "film %1"), i + 1), reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys(kFilmKeys, say(QT_TRANSLATE_NOOP("LessonCheck", "a film")));
        Film film;
        film.id = r.text("id", Need::Required).value_or("");
        if (!film.id.empty() && lesson.filmIndex(film.id) >= 0)
            reporter.error(r.pointerOf("id"),
                           say(QT_TRANSLATE_NOOP("LessonCheck", "duplicate film id %1; film ids must be unique"), inQuotes(film.id)));
        film.title = r.text("title", Need::Optional).value_or(film.id);
        checkText(reporter, r.pointerOf("title"), film.title, limits::kTitleChars);
        film.source = r.text("source", Need::Required).value_or("");
        if (auto fps = r.number("fps", Need::Optional)) {
            if (!(*fps >= kLowestFps && *fps <= kHighestFps))
                reporter.error(
                    r.pointerOf("fps"),
                    say(QT_TRANSLATE_NOOP("LessonCheck", "\"fps\" must be between 1 and 240 frames a second (films have 23.976 to 60)")));
            else
                film.fps = *fps;
        }
        readStops(r, film, reporter);
        readSubtitles(r, film, reporter);
        lesson.films.push_back(std::move(film));
    }
}

}  // namespace stoppunkt
