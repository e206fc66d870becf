// SPDX-License-Identifier: MIT
// Checks that need the whole lesson: what questions and film segments refer to.
#include "lesson/jsonscanner.h"
#include "lesson/lessonreaders.h"
#include "lesson/suggestion.h"
#include "lesson/timecode.h"

#include <filesystem>
#include <fstream>
#include <map>

namespace stoppunkt {

namespace {
std::vector<std::string_view> filmIds(const Lesson &lesson)
{
    std::vector<std::string_view> ids;
    for (const Film &f : lesson.films)
        ids.push_back(f.id);
    return ids;
}

std::vector<std::string_view> stopIds(const Film &film)
{
    std::vector<std::string_view> ids;
    for (const StopPoint &s : film.stops)
        ids.push_back(s.id);
    return ids;
}

const Film *findFilm(const Lesson &lesson, const std::string &id, const std::string &pointer, Reporter &reporter)
{
    const int index = lesson.filmIndex(id);
    if (index >= 0)
        return &lesson.films[index];
    std::string message;
    if (lesson.films.empty())
        message =
            say(QT_TRANSLATE_NOOP("LessonCheck", "refers to film %1, but the lesson has no film with that id; add it under \"films\""),
                inQuotes(id));
    else if (auto s = closestMatch(id, filmIds(lesson)); !s.empty())
        message = say(QT_TRANSLATE_NOOP("LessonCheck", "refers to film %1, but the lesson has no film with that id; did you mean %2?"),
                      inQuotes(id), inQuotes(s));
    else
        message = say(QT_TRANSLATE_NOOP("LessonCheck", "refers to film %1, but the lesson has no film with that id; its films are %2"),
                      inQuotes(id), listOf(filmIds(lesson), "and"));
    reporter.error(pointer, message);
    return nullptr;
}

int findStop(const Film &film, const std::string &id, const std::string &pointer, Reporter &reporter)
{
    const int index = film.stopIndex(id);
    if (index >= 0)
        return index;
    std::string message;
    if (film.stops.empty())
        message = say(QT_TRANSLATE_NOOP("LessonCheck", "refers to stop point %1, but film %2 has no stop points"), inQuotes(id),
                      inQuotes(film.id));
    else if (auto s = closestMatch(id, stopIds(film)); !s.empty())
        message = say(QT_TRANSLATE_NOOP("LessonCheck", "refers to stop point %1, but film %2 has no such stop point; did you mean %3?"),
                      inQuotes(id), inQuotes(film.id), inQuotes(s));
    else
        message = say(QT_TRANSLATE_NOOP("LessonCheck", "refers to stop point %1, but film %2 has only %3"), inQuotes(id), inQuotes(film.id),
                      listOf(stopIds(film), "and"));
    reporter.error(pointer, message);
    return -1;
}
}  // namespace

void checkReferences(const Lesson &lesson, Reporter &reporter)
{
    std::map<std::pair<int, int>, std::size_t> askedAt;  // (film, stop) -> slide index
    std::map<std::string, std::size_t> slideIds;
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        const Slide &slide = lesson.slides[i];
        const std::string pointer = childPointer("/slides", i);
        if (!slide.id.empty()) {
            auto [it, fresh] = slideIds.try_emplace(slide.id, i);
            if (!fresh)
                reporter.error(pointer + "/id",
                               say(QT_TRANSLATE_NOOP("LessonCheck", "slide id %1 is already the id of slide %2; slide ids must be unique"),
                                   inQuotes(slide.id), it->second + 1));
        }
        if (slide.kind == SlideKind::FilmQuestion && !slide.question.filmId.empty()) {
            const Film *film = findFilm(lesson, slide.question.filmId, pointer + "/film", reporter);
            if (!film || slide.question.stopId.empty())
                continue;
            const int stop = findStop(*film, slide.question.stopId, pointer + "/stop", reporter);
            if (stop < 0)
                continue;
            auto [it, fresh] = askedAt.try_emplace({lesson.filmIndex(film->id), stop}, i);
            if (!fresh)
                reporter.warning(pointer + "/stop",
                                 say(QT_TRANSLATE_NOOP("LessonCheck", "stop point %1 is already asked about on slide %2"),
                                     inQuotes(slide.question.stopId), it->second + 1));
        }
        if (slide.kind == SlideKind::FilmSegment && !slide.filmId.empty()) {
            const Film *film = findFilm(lesson, slide.filmId, pointer + "/film", reporter);
            if (!film)
                continue;
            const int from = slide.fromStop.empty() ? -1 : findStop(*film, slide.fromStop, pointer + "/from", reporter);
            const int to = slide.toStop.empty() ? -1 : findStop(*film, slide.toStop, pointer + "/to", reporter);
            if (from >= 0 && to >= 0 && to <= from)
                reporter.error(
                    pointer + "/to",
                    say(QT_TRANSLATE_NOOP("LessonCheck", "the segment ends at stop point %1, which is not after where it starts, %2"),
                        inQuotes(slide.toStop), inQuotes(slide.fromStop)));
        }
    }
    // A stop with no question is never shown: the next question's segment starts after it.
    for (std::size_t f = 0; f < lesson.films.size(); ++f) {
        const Film &film = lesson.films[f];
        for (std::size_t s = 0; s < film.stops.size(); ++s) {
            if (askedAt.count({static_cast<int>(f), static_cast<int>(s)}) || film.stops[s].id.empty())
                continue;
            reporter.warning(childPointer(childPointer("/films", f) + "/stops", s),
                             say(QT_TRANSLATE_NOOP("LessonCheck", "no question is asked at stop point %1 (%2)"), inQuotes(film.stops[s].id),
                                 formatTimecode(film.stops[s].atMs)));
        }
    }
}

namespace {
constexpr std::size_t kLinkedHeaderDepth = 64;

/// The title and language of another lesson, read without loading it (its own errors are its own).
/// Its nesting is checked first, so a file of a million '[' costs a scan, not a gigabyte.
void readLinkedHeader(const std::filesystem::path &file, LinkedLesson &link)
{
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!JsonScanner(text).run(kLinkedHeaderDepth))
        return;
    const nlohmann::json root = nlohmann::json::parse(text, nullptr, false, true);
    if (!root.is_object())
        return;
    if (auto t = root.find("title"); t != root.end() && t->is_string())
        link.title = t->get<std::string>();
    if (auto l = root.find("language"); l != root.end() && l->is_string())
        link.language = l->get<std::string>();
}

/// The same containment rule as for films: the file, links resolved, lies in a folder of the lessons folder.
bool staysInLessonsFolder(const std::filesystem::path &file)
{
    std::error_code ec;
    const auto root = std::filesystem::canonical(file.parent_path().parent_path(), ec);
    if (ec)
        return false;
    const auto real = std::filesystem::canonical(file, ec);
    if (ec)
        return false;
    const auto rel = real.lexically_relative(root);
    return !rel.empty() && *rel.begin() != ".." && std::distance(rel.begin(), rel.end()) == 2;
}

/// What one linked lesson's file turned out to be; read once per distinct id, however many slides link it.
struct LinkedFile {
    enum class Kind { Read, Outside, Missing } kind = Kind::Missing;
    LinkedLesson header;  ///< title and language, when read
    std::string canonical;  ///< where it really is, when outside the lessons folder
};

LinkedFile readLinkedFile(const Lesson &lesson, const std::string &id)
{
    LinkedFile out;
    const std::filesystem::path file = lesson.linkedLessonFile(id);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec) || std::filesystem::file_size(file, ec) >= (1u << 24))
        return out;
    if (!staysInLessonsFolder(file)) {
        out.kind = LinkedFile::Kind::Outside;
        out.canonical = std::filesystem::canonical(file, ec).string();
        return out;
    }
    out.kind = LinkedFile::Kind::Read;
    readLinkedHeader(file, out.header);
    return out;
}
}  // namespace

void checkLinkedLessons(Lesson &lesson, Reporter &reporter, bool strict)
{
    std::map<std::string, LinkedFile> files;
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        std::vector<LinkedLesson> &links = lesson.slides[i].nextLessons;
        for (std::size_t k = 0; k < links.size(); ++k) {
            const std::string pointer = childPointer(childPointer("/slides", i) + "/lessons", k);
            const std::string &id = links[k].id;
            // An id names a folder beside this lesson's own: no paths, so a lesson cannot point elsewhere.
            if (id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos || id.front() == '-') {
                reporter.error(pointer,
                               say(QT_TRANSLATE_NOOP(
                                       "LessonCheck",
                                       "lesson id %1 must be a folder name of lowercase letters, digits and '-', such as \"kundetyper\""),
                                   inQuotes(id)));
                continue;
            }
            auto found = files.find(id);
            if (found == files.end())
                found = files.emplace(id, readLinkedFile(lesson, id)).first;
            const LinkedFile &linked = found->second;
            if (linked.kind == LinkedFile::Kind::Read) {
                links[k].title = linked.header.title;
                links[k].language = linked.header.language;
                continue;
            }
            const std::string message =
                linked.kind == LinkedFile::Kind::Outside
                    ? say(
                        QT_TRANSLATE_NOOP(
                            "LessonCheck",
                            "lesson %1 links to a file outside the lessons folder (%2); a linked lesson must be a real lesson.json beside this one"),
                        inQuotes(id), linked.canonical)
                    : say(QT_TRANSLATE_NOOP("LessonCheck",
                                            "lesson %1 is not found: there is no ../%2/lesson.json beside this lesson's folder"),
                          inQuotes(id), id);
            strict ? reporter.error(pointer, message) : reporter.warning(pointer, message);
        }
    }
}

}  // namespace stoppunkt
