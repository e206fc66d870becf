// SPDX-License-Identifier: MIT
#include "lesson/filmsource.h"

#include "lesson/lessonlimits.h"
#include "lesson/message.h"
#include "lesson/subtitlefile.h"

#include <fstream>
#include <iterator>
#include <map>

#include "lesson/timecode.h"

namespace stoppunkt {

namespace fs = std::filesystem;

namespace {
/// "https:", "av:", "lavfi:": a scheme, as RFC 3986 spells it, before the first colon.
bool hasScheme(const std::string &source)
{
    const std::size_t colon = source.find(':');
    if (colon == std::string::npos || colon == 0)
        return false;
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!letter(source[0]))
        return false;
    for (std::size_t i = 1; i < colon; ++i) {
        const char c = source[i];
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-')
            return false;
    }
    return true;
}

bool isInside(const fs::path &path, const fs::path &root)
{
    auto rel = path.lexically_relative(root);
    return !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

std::string rootsText(const std::vector<fs::path> &roots)
{
    std::string out;
    for (const auto &r : roots)
        out += (out.empty() ? "" : say(QT_TRANSLATE_NOOP("LessonCheck", " or "))) + r.string();
    return out;
}
}  // namespace

std::vector<fs::path> allowedFilmRoots(const fs::path &lessonFile, const std::vector<fs::path> &mediaRoots)
{
    const fs::path lessonDir = fs::absolute(lessonFile).lexically_normal().parent_path();
    std::vector<fs::path> roots{lessonDir};
    if (!mediaRoots.empty()) {
        for (const auto &r : mediaRoots)
            roots.push_back(fs::absolute(r).lexically_normal());
    } else if (lessonDir.parent_path().filename() == "lessons") {
        roots.push_back(lessonDir.parent_path().parent_path() / "media");
    }
    return roots;
}

std::string FilmSourceCheck::about(const std::string &subject) const
{
    return message::substituted(message, {subject}, 0);
}

FilmSourceCheck checkFilmSource(const std::string &source, const fs::path &lessonFile, const std::vector<fs::path> &mediaRoots)
{
    FilmSourceCheck check;
    if (source.find('\0') != std::string::npos) {
        check.message = say(QT_TRANSLATE_NOOP("LessonCheck", "%1 contains a NUL character"));
        return check;
    }
    if (hasScheme(source)) {
        check.message = message::substituted(
            say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is a URL or protocol (%2); films must be files in the lesson's folder "
                                                 "or the project's media folder")),
            {"%1", source.substr(0, source.find(':') + 1)}, 0);
        return check;
    }
    if (fs::path(source).is_absolute()) {
        check.message = say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is an absolute path; write it relative to the lesson file"));
        return check;
    }
    const std::vector<fs::path> roots = allowedFilmRoots(lessonFile, mediaRoots);
    const fs::path resolved = (roots.front() / source).lexically_normal();
    check.resolved = resolved;
    auto insideAny = [&](const fs::path &p, bool canonicalRoots) {
        for (const auto &root : roots) {
            std::error_code ec;
            const fs::path r = canonicalRoots ? fs::weakly_canonical(root, ec) : root;
            if (isInside(p, ec ? root : r))
                return true;
        }
        return false;
    };
    if (!insideAny(resolved, false)) {
        check.message =
            message::substituted(say(QT_TRANSLATE_NOOP("LessonCheck", "%1 leaves the allowed folders (%2)")), {"%1", rootsText(roots)}, 0);
        return check;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(resolved, ec);
    if (ec || !fs::exists(status)) {
        check.status = FilmSourceCheck::Status::Missing;
        check.message = message::substituted(say(QT_TRANSLATE_NOOP("LessonCheck", "%1 was not found at %2")), {"%1", resolved.string()}, 0);
        return check;
    }
    const fs::path canonical = fs::canonical(resolved, ec);
    if (ec || !insideAny(canonical, true)) {
        check.message = message::substituted(
            say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is a link that leads outside the allowed folders (%2)")), {"%1", rootsText(roots)}, 0);
        return check;
    }
    if (!fs::is_regular_file(status)) {
        check.message = say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is not a regular file"));
        return check;
    }
    check.resolved = canonical;
    check.status = FilmSourceCheck::Status::Ok;
    return check;
}

namespace {
/// A film's subtitle files: where they may come from (as films), that they exist, and that they parse.
void checkSubtitleSources(const Film &film, const std::string &filmPointer, const Lesson &lesson, const std::vector<fs::path> &mediaRoots,
                          Reporter &reporter, bool missingIsError)
{
    for (std::size_t j = 0; j < film.subtitles.size(); ++j) {
        const Subtitles &subtitles = film.subtitles[j];
        if (subtitles.source.empty())
            continue;
        const std::string pointer = childPointer(filmPointer + "/subtitles", j) + "/source";
        const std::string what = say(QT_TRANSLATE_NOOP("LessonCheck", "subtitles %1"), inQuotes(subtitles.source));
        const std::string extension = fs::path(subtitles.source).extension().string();
        if (extension != ".srt" && extension != ".vtt") {
            reporter.error(pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "%1 must be an SRT (.srt) or WebVTT (.vtt) file"), what));
            continue;
        }
        const FilmSourceCheck check = checkFilmSource(subtitles.source, lesson.file, mediaRoots);
        if (check.status == FilmSourceCheck::Status::Rejected || (check.status == FilmSourceCheck::Status::Missing && missingIsError))
            reporter.error(pointer, check.about(what));
        else if (check.status == FilmSourceCheck::Status::Missing)
            reporter.warning(pointer,
                             say(QT_TRANSLATE_NOOP("LessonCheck", "%1; until it exists the film shows without them"), check.about(what)));
        if (check.status != FilmSourceCheck::Status::Ok)
            continue;
        std::error_code ec;
        if (fs::file_size(check.resolved, ec) > limits::kSubtitleBytes) {
            reporter.error(pointer,
                           say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is larger than 4 MB; a film's subtitles are far smaller"), what));
            continue;
        }
        std::ifstream in(check.resolved, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const SubtitleFileCheck parsed = checkSubtitleText(text, extension == ".vtt");
        if (!parsed.ok)
            reporter.error(pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "%1 line %2: %3"), what, parsed.line, parsed.problem));
    }
}
}  // namespace

void checkFilmSources(const Lesson &lesson, const std::vector<fs::path> &mediaRoots, Reporter &reporter, bool missingIsError,
                      const FilmProbeFunction &probe)
{
    std::map<fs::path, FilmFacts> probed;  // each distinct file is looked inside once, however many films name it
    for (std::size_t i = 0; i < lesson.films.size(); ++i) {
        const Film &film = lesson.films[i];
        if (film.source.empty())
            continue;
        checkSubtitleSources(film, childPointer("/films", i), lesson, mediaRoots, reporter, missingIsError);
        const FilmSourceCheck check = checkFilmSource(film.source, lesson.file, mediaRoots);
        const std::string pointer = childPointer("/films", i) + "/source";
        const std::string what = say(QT_TRANSLATE_NOOP("LessonCheck", "film source %1"), inQuotes(film.source));
        if (check.status == FilmSourceCheck::Status::Rejected)
            reporter.error(pointer, check.about(what));
        else if (check.status == FilmSourceCheck::Status::Missing && missingIsError)
            reporter.error(pointer, check.about(what));
        else if (check.status == FilmSourceCheck::Status::Missing)
            reporter.warning(pointer,
                             say(QT_TRANSLATE_NOOP("LessonCheck", "%1; until it exists the projector shows a card instead of the film"),
                                 check.about(what)));
        if (check.status != FilmSourceCheck::Status::Ok || !probe)
            continue;
        auto known = probed.find(check.resolved);
        if (known == probed.end())
            known = probed.emplace(check.resolved, probe(check.resolved)).first;
        const FilmFacts &facts = known->second;
        if (!facts.playable) {
            reporter.error(pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "%1 %2"), what, facts.problem));
            continue;
        }
        for (std::size_t s = 0; s < film.stops.size() && facts.durationMs > 0; ++s)
            if (film.stops[s].atMs > facts.durationMs)
                reporter.error(childPointer(childPointer("/films", i) + "/stops", s) + "/at",
                               say(QT_TRANSLATE_NOOP("LessonCheck", "stop point %1 at %2 is after the end of the film, which runs %3"),
                                   inQuotes(film.stops[s].id), formatTimecode(film.stops[s].atMs), formatTimecode(facts.durationMs)));
    }
}

}  // namespace stoppunkt
