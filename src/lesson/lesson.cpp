// SPDX-License-Identifier: MIT
#include "lesson/lesson.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace stoppunkt {

namespace {
constexpr std::array kSlideKinds{
    std::pair{SlideKind::Cover, std::string_view{"cover"}},
    std::pair{SlideKind::Bullets, std::string_view{"bullets"}},
    std::pair{SlideKind::Discussion, std::string_view{"discussion"}},
    std::pair{SlideKind::Staircase, std::string_view{"staircase"}},
    std::pair{SlideKind::FilmQuestion, std::string_view{"film-question"}},
    std::pair{SlideKind::FilmSegment, std::string_view{"film-segment"}},
    std::pair{SlideKind::Summary, std::string_view{"summary"}},
    std::pair{SlideKind::Question, std::string_view{"question"}},
    std::pair{SlideKind::Table, std::string_view{"table"}},
    std::pair{SlideKind::Matrix, std::string_view{"matrix"}},
    std::pair{SlideKind::Chart, std::string_view{"chart"}},
    std::pair{SlideKind::Page, std::string_view{"page"}},
};
constexpr std::array kNoteKinds{
    std::pair{NoteKind::Plain, std::string_view{"plain"}},
    std::pair{NoteKind::Continue, std::string_view{"continue"}},
    std::pair{NoteKind::Discuss, std::string_view{"discuss"}},
    std::pair{NoteKind::Important, std::string_view{"important"}},
};

template <typename Table, typename Kind> std::string_view nameOf(const Table &table, Kind kind)
{
    for (const auto &[k, name] : table)
        if (k == kind)
            return name;
    return {};
}

template <typename Table, typename Kind> bool kindOf(const Table &table, std::string_view name, Kind &kind)
{
    for (const auto &[k, n] : table) {
        if (n == name) {
            kind = k;
            return true;
        }
    }
    return false;
}

template <typename Table> std::vector<std::string_view> namesOf(const Table &table)
{
    std::vector<std::string_view> names;
    for (const auto &entry : table)
        names.push_back(entry.second);
    return names;
}
}  // namespace

std::string_view slideKindName(SlideKind kind)
{
    return nameOf(kSlideKinds, kind);
}
bool slideKindFromName(std::string_view name, SlideKind &kind)
{
    return kindOf(kSlideKinds, name, kind);
}
std::vector<std::string_view> slideKindNames()
{
    return namesOf(kSlideKinds);
}
std::string_view noteKindName(NoteKind kind)
{
    return nameOf(kNoteKinds, kind);
}
bool noteKindFromName(std::string_view name, NoteKind &kind)
{
    return kindOf(kNoteKinds, name, kind);
}
std::vector<std::string_view> noteKindNames()
{
    return namesOf(kNoteKinds);
}

std::vector<Note> Slide::notesAt(int buildStep) const
{
    std::vector<Note> shown;
    std::copy_if(notes.begin(), notes.end(), std::back_inserter(shown),
                 [&](const Note &note) { return note.step == 0 || note.step == buildStep + 1; });
    return shown;
}

int Slide::buildCount() const
{
    if (!build)
        return 0;
    switch (kind) {
    case SlideKind::Staircase: return static_cast<int>(steps.size());
    case SlideKind::Cover:
    case SlideKind::Bullets:
    case SlideKind::Summary: return static_cast<int>(bullets.size());
    case SlideKind::Table: return static_cast<int>(table.rows.size());
    case SlideKind::Matrix: return static_cast<int>(quadrants.size());
    case SlideKind::Chart: return static_cast<int>(chart.categories.size());
    case SlideKind::Page: return std::max(0, page.lastNumber - page.number);
    default: return 0;
    }
}

int Film::stopIndex(std::string_view stopId) const
{
    auto it = std::find_if(stops.begin(), stops.end(), [&](const StopPoint &s) { return s.id == stopId; });
    return it == stops.end() ? -1 : static_cast<int>(it - stops.begin());
}

int Lesson::filmIndex(std::string_view filmId) const
{
    auto it = std::find_if(films.begin(), films.end(), [&](const Film &f) { return f.id == filmId; });
    return it == films.end() ? -1 : static_cast<int>(it - films.begin());
}

std::optional<FilmSegment> Lesson::segmentFor(const Slide &slide) const
{
    FilmSegment segment;
    if (slide.kind == SlideKind::FilmQuestion) {
        segment.film = filmIndex(slide.question.filmId);
        if (segment.film < 0)
            return std::nullopt;
        segment.toStop = films[segment.film].stopIndex(slide.question.stopId);
        if (segment.toStop < 0)
            return std::nullopt;
        segment.fromStop = segment.toStop - 1;
        return segment;
    }
    if (slide.kind == SlideKind::FilmSegment) {
        segment.film = filmIndex(slide.filmId);
        if (segment.film < 0)
            return std::nullopt;
        const Film &film = films[segment.film];
        segment.fromStop = slide.fromStop.empty() ? -1 : film.stopIndex(slide.fromStop);
        segment.toStop = slide.toStop.empty() ? -1 : film.stopIndex(slide.toStop);
        return segment;
    }
    return std::nullopt;
}

int Lesson::questionCount() const
{
    return static_cast<int>(std::count_if(slides.begin(), slides.end(), [](const Slide &s) { return s.isQuestion(); }));
}

std::filesystem::path Lesson::linkedLessonFile(std::string_view id) const
{
    return file.parent_path().parent_path() / std::string(id) / "lesson.json";
}

std::int64_t Film::startOf(const FilmSegment &segment) const
{
    return segment.fromStop < 0 ? -1 : stops[segment.fromStop].atMs;
}

std::int64_t Film::stopOf(const FilmSegment &segment) const
{
    return segment.playsToEnd() ? -1 : stops[segment.toStop].atMs;
}

bool isPlainId(std::string_view id)
{
    bool wordStart = true;
    for (char c : id) {
        if (c == '-') {
            if (wordStart)
                return false;
            wordStart = true;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            wordStart = false;
        } else {
            return false;
        }
    }
    return !wordStart;
}

std::string Lesson::slideKey(int index) const
{
    if (index < 0 || index >= int(slides.size()))
        return {};
    const Slide &slide = slides[index];
    if (!slide.id.empty())
        return slide.id;
    int same = 1;
    for (int i = 0; i < index; ++i)
        same += slides[i].id.empty() && slides[i].kind == slide.kind && slides[i].title == slide.title;
    std::string key = std::string(slideKindName(slide.kind)) + ':' + slide.title;
    return same == 1 ? key : key + '#' + std::to_string(same);
}

int Lesson::slideWithKey(std::string_view key) const
{
    for (int i = 0; i < int(slides.size()); ++i)
        if (slideKey(i) == key)
            return i;
    return -1;
}

int Lesson::stopPointCount() const
{
    int n = 0;
    for (const Film &film : films)
        n += static_cast<int>(film.stops.size());
    return n;
}

}  // namespace stoppunkt
