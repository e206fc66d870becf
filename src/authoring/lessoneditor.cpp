// SPDX-License-Identifier: MIT
#include "authoring/lessoneditor.h"

#include "authoring/lessonfile.h"
#include "lesson/arraytext.h"
#include "lesson/notestext.h"

#include <algorithm>
#include <numeric>

namespace stoppunkt {

namespace {
std::string slidePointer(int index)
{
    return "/slides/" + std::to_string(index);
}

/// Every slide where it was.
SlideOrigin unchanged(int count)
{
    SlideOrigin origin(static_cast<std::size_t>(count));
    std::iota(origin.begin(), origin.end(), 0);
    return origin;
}

/// Where each slide comes from when one moves from `from` to `to`.
SlideOrigin movedOrigin(int count, int from, int to)
{
    SlideOrigin origin = unchanged(count);
    const auto first = origin.begin();
    if (from < to)
        std::rotate(first + from, first + from + 1, first + to + 1);
    else
        std::rotate(first + to, first + from, first + from + 1);
    return origin;
}

/// Where each slide comes from when `count` slides had a new slide `at` inserted.
SlideOrigin insertedOrigin(int count, int at)
{
    SlideOrigin origin = unchanged(count);
    origin.insert(origin.begin() + at, -1);
    return origin;
}
}  // namespace

bool LessonEditor::refuse(const QString &problem)
{
    m_problem = problem;
    return false;
}

bool LessonEditor::applied(bool ok)
{
    m_problem = ok ? QString() : m_file.problem();
    return ok;
}

bool LessonEditor::validSlide(int index)
{
    if (index >= 0 && index < int(m_file.lesson().slides.size()))
        return true;
    return refuse(tr("there is no slide %1").arg(index + 1));
}

std::string LessonEditor::freeIdFrom(const std::string &id) const
{
    const auto &slides = m_file.lesson().slides;
    for (int n = 2;; ++n) {
        std::string candidate = id + "-" + std::to_string(n);
        if (std::none_of(slides.begin(), slides.end(), [&](const Slide &s) { return s.id == candidate; }))
            return candidate;
    }
}

bool LessonEditor::moveSlide(int index, int direction)
{
    if (!validSlide(index))
        return false;
    const int count = int(m_file.lesson().slides.size());
    const int to = index + (direction < 0 ? -1 : 1);
    if (to < 0 || to >= count)
        return refuse(direction < 0 ? tr("this is the first slide") : tr("this is the last slide"));
    const auto change = [=](const std::string &text) { return withElementMoved(text, "/slides", std::size_t(index), std::size_t(to)); };
    return applied(m_file.apply(tr("move the slide"), change, index, to, movedOrigin(count, index, to)));
}

bool LessonEditor::duplicateSlide(int index)
{
    if (!validSlide(index))
        return false;
    const std::string id = m_file.lesson().slides[std::size_t(index)].id;
    const std::string newId = id.empty() ? std::string() : freeIdFrom(id);
    const auto change = [=](const std::string &text) -> std::optional<std::string> {
        const auto copy = elementText(text, "/slides", std::size_t(index));
        if (!copy)
            return std::nullopt;
        auto out = withElementInserted(text, "/slides", std::size_t(index) + 1, [&](const TextStyle &) { return *copy; });
        if (out && !newId.empty())
            out = withMember(*out, slidePointer(index + 1), "id", [&](const TextStyle &) { return jsonQuoted(newId); });
        return out;
    };
    const int count = int(m_file.lesson().slides.size());
    return applied(m_file.apply(tr("copy the slide"), change, index, index + 1, insertedOrigin(count, index + 1)));
}

bool LessonEditor::deleteSlide(int index)
{
    if (!validSlide(index))
        return false;
    const int count = int(m_file.lesson().slides.size());
    if (count == 1)
        return refuse(tr("a lesson keeps at least one slide"));
    SlideOrigin origin = unchanged(count);
    origin.erase(origin.begin() + index);
    const auto change = [=](const std::string &text) { return withElementRemoved(text, "/slides", std::size_t(index)); };
    return applied(m_file.apply(tr("delete the slide"), change, index, std::min(index, count - 2), origin));
}

bool LessonEditor::retitleSlide(int index, const QString &title)
{
    if (!validSlide(index))
        return false;
    const std::string value = title.trimmed().toStdString();
    const auto change = [=](const std::string &text) {
        return withMember(text, slidePointer(index), "title", [&](const TextStyle &) { return jsonQuoted(value); });
    };
    return applied(m_file.apply(tr("retitle the slide"), change, index, index));
}

bool LessonEditor::splitSlide(int index, int step)
{
    if (!validSlide(index))
        return false;
    const Slide &slide = m_file.lesson().slides[std::size_t(index)];
    if (slide.kind != SlideKind::Page || slide.page.lastNumber == slide.page.number)
        return refuse(tr("only a slide that steps through a deck's pages can be split"));
    const int pages = slide.page.lastNumber - slide.page.number + 1;
    if (step < 1 || step >= pages)
        return refuse(tr("go to the build step where the second slide should start, then split"));
    // Step s (1 as the slide opens) shows page number + s - 1: the second slide starts with step + 1's page.
    const int firstOfSecond = slide.page.number + step;
    std::vector<Note> first;
    std::vector<Note> second;
    for (const Note &note : slide.notes) {
        if (note.step == 0 || note.step <= step)
            first.push_back(note);
        else
            second.push_back({note.kind, note.text, note.step - step});
    }
    const int lastOfFirst = firstOfSecond - 1;
    const std::string newId = slide.id.empty() ? std::string() : freeIdFrom(slide.id);
    const auto change = [=](const std::string &text) -> std::optional<std::string> {
        const auto copy = elementText(text, "/slides", std::size_t(index));
        std::optional<std::string> out;
        if (copy)
            out = withElementInserted(text, "/slides", std::size_t(index) + 1, [&](const TextStyle &) { return *copy; });
        const auto set = [&](int at, const std::string &key, const std::string &value) {
            if (out)
                out = withMember(*out, slidePointer(at), key, [&](const TextStyle &) { return value; });
        };
        set(index, "lastPage", std::to_string(lastOfFirst));
        set(index + 1, "page", std::to_string(firstOfSecond));
        if (!newId.empty())
            set(index + 1, "id", jsonQuoted(newId));
        if (out && slide.notes.size() != first.size())
            out = withNotes(*out, std::size_t(index), first);
        if (out && !slide.notes.empty())
            out = withNotes(*out, std::size_t(index) + 1, second);
        return out;
    };
    const int count = int(m_file.lesson().slides.size());
    return applied(m_file.apply(tr("split the slide"), change, index, index + 1, insertedOrigin(count, index + 1)));
}

bool LessonEditor::writeNotes(int index, const std::vector<Note> &notes)
{
    if (!validSlide(index))
        return false;
    const auto change = [=](const std::string &text) { return withNotes(text, std::size_t(index), notes); };
    return applied(m_file.apply(tr("write the notes"), change, index, index));
}

bool LessonEditor::editQuestion(int index, const QuestionDraft &draft)
{
    if (!validSlide(index))
        return false;
    const Slide before = m_file.lesson().slides[std::size_t(index)];
    if (!before.isQuestion())
        return refuse(tr("slide %1 is not a question").arg(index + 1));
    const auto change = [=](const std::string &text) { return withQuestion(text, std::size_t(index), before, draft); };
    return applied(m_file.apply(tr("write the question"), change, index, index));
}

int LessonEditor::placeForQuestion(const QuestionDraft &draft, int near) const
{
    const Lesson &lesson = m_file.lesson();
    const int film = lesson.filmIndex(draft.question.filmId);
    if (film < 0)
        return std::clamp(near + 1, 0, int(lesson.slides.size()));
    const Film &filmData = lesson.films[std::size_t(film)];
    const auto order = [&](const std::string &stopId) { return filmData.stopIndex(stopId); };
    const int mine = order(draft.question.stopId);
    int after = -1;
    int before = -1;
    for (int i = 0; i < int(lesson.slides.size()); ++i) {
        const Slide &s = lesson.slides[std::size_t(i)];
        if (s.kind != SlideKind::FilmQuestion || s.question.filmId != draft.question.filmId)
            continue;
        if (order(s.question.stopId) < mine)
            after = i;
        else if (before < 0)
            before = i;
    }
    if (after >= 0)
        return after + 1;
    return before >= 0 ? before : std::clamp(near + 1, 0, int(lesson.slides.size()));
}

int LessonEditor::coveringSegment(const QuestionDraft &draft) const
{
    const Lesson &lesson = m_file.lesson();
    const int film = lesson.filmIndex(draft.question.filmId);
    if (film < 0)
        return -1;
    const Film &filmData = lesson.films[std::size_t(film)];
    const auto order = [&](const std::string &stopId) { return filmData.stopIndex(stopId); };
    const int mine = order(draft.question.stopId);
    for (int i = 0; i < int(lesson.slides.size()); ++i) {
        const Slide &s = lesson.slides[std::size_t(i)];
        if (s.kind != SlideKind::FilmSegment || s.filmId != draft.question.filmId)
            continue;
        const bool startsBefore = s.fromStop.empty() || order(s.fromStop) < mine;
        const bool endsAfter = s.toStop.empty() || order(s.toStop) > mine;
        if (startsBefore && endsAfter)
            return i;
    }
    return -1;
}

int LessonEditor::addQuestion(const QuestionDraft &draft, int near)
{
    // A segment that plays through the stop (an imported film slide plays the whole film) now starts there,
    // and the question comes before it: the film runs to the stop, the room answers, the segment plays on.
    const int segment = coveringSegment(draft);
    const int at = segment >= 0 ? segment : placeForQuestion(draft, near);
    const std::string stopId = draft.question.stopId;
    const auto change = [=](const std::string &text) {
        auto out =
            withElementInserted(text, "/slides", std::size_t(at), [&](const TextStyle &style) { return questionSlideText(draft, style); });
        if (out && segment >= 0)
            out = withMember(*out, slidePointer(segment + 1), "from", [&](const TextStyle &) { return jsonQuoted(stopId); });
        return out;
    };
    const int count = int(m_file.lesson().slides.size());
    return applied(m_file.apply(tr("add the question"), change, near, at, insertedOrigin(count, at))) ? at : -1;
}

}  // namespace stoppunkt
