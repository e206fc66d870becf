// SPDX-License-Identifier: MIT
// What the room sees, derived from the session: now, after the next press, as overview thumbnails, and as
// each slide was left.
#include "session/sessionview.h"

#include <algorithm>

namespace stoppunkt {

namespace {
const QStringList kNoEntries;
}  // namespace

bool SessionView::inkShown() const
{
    return m_blank == Blank::None && !m_room.joinCardUp() && m_film.phase() != FilmPhase::Playing;
}

AudienceView SessionView::audienceView() const
{
    AudienceView view = viewOf(m_index, m_buildStep, m_film.phase(), false);
    view.blank = m_blank;
    if (m_room.joinCardUp()) {
        view.joinCard = true;
        view.joinAddress = m_room.state().address;
        view.roomCode = m_room.state().roomCode;
        view.joinSecret = m_room.state().joinSecret;
    }
    view.distribution = m_room.distributionOn(m_lesson.slideKey(m_index));
    if (m_blank == Blank::None && !view.joinCard)
        view.pointer = m_pointer.shown();
    if (!inkShown())
        view.ink.clear();
    else
        view.stroke = m_pen.drawing();
    view.zoom = m_zoom.area();
    return view;
}

std::optional<AudienceView> SessionView::previewOfNext() const
{
    std::optional<AudienceView> view = previewWithoutZoom();
    if (view && view->slideIndex == m_index)
        view->zoom = m_zoom.area();  // a step on this slide keeps its zoom
    return view;
}

std::optional<AudienceView> SessionView::previewWithoutZoom() const
{
    if (m_blank != Blank::None)
        return viewOf(m_index, m_buildStep, m_film.phase(), false);
    if (m_buildStep < slide().buildCount())
        return viewOf(m_index, m_buildStep + 1, m_film.phase(), false);
    if (m_film.phase() == FilmPhase::Idle && isFilmSlide())
        return viewOf(m_index, m_buildStep, FilmPhase::Playing, false);
    if (m_film.phase() == FilmPhase::Playing)
        return viewOf(m_index, m_buildStep, isQuestionSlide() ? FilmPhase::AtStop : FilmPhase::Ended, false);
    if (questionPhase() == QuestionPhase::Discussing)
        return viewOf(m_index, m_buildStep, m_film.phase(), true);
    if (m_index + 1 >= slideCount())
        return std::nullopt;
    const Slide &next = m_lesson.slides[m_index + 1];
    return viewOf(m_index + 1, 0, m_lesson.segmentFor(next) && !next.announce ? FilmPhase::Playing : FilmPhase::Idle, false);
}

AudienceView SessionView::lastSeenOf(int slideIndex) const
{
    const Slide &s = m_lesson.slides[slideIndex];
    const FilmPhase phase = s.kind == SlideKind::FilmQuestion  ? FilmPhase::AtStop
                            : s.kind == SlideKind::FilmSegment ? FilmPhase::Ended
                                                               : FilmPhase::Idle;
    return viewOf(slideIndex, s.buildCount(), phase, false);
}

AudienceView SessionView::thumbnailOf(int slideIndex) const
{
    const Slide &s = m_lesson.slides[slideIndex];
    AudienceView view = lastSeenOf(slideIndex);
    view.picks.clear();
    view.questionPhase = s.isQuestion() ? QuestionPhase::Discussing : QuestionPhase::None;
    view.slide.question.answer = 0;
    return view;
}

AudienceView SessionView::viewOf(int index, int buildStep, FilmPhase filmPhase, bool revealAll) const
{
    const Slide &source = m_lesson.slides[index];
    AudienceView view;
    view.slideIndex = index;
    view.buildStep = buildStep;
    view.filmPhase = filmPhase;
    view.slide = publicPartOf(source);
    view.flipchart = m_flipcharts.entries(index);
    if (filmPhase != FilmPhase::Playing)
        view.ink = ink(index);
    view.questionPhase = questionPhaseOf(index, filmPhase);
    if (view.questionPhase != QuestionPhase::None) {
        if (const QuestionRecord *record = questionRecord(index))
            view.picks = record->picks;
        if (revealAll)
            view.questionPhase = QuestionPhase::Revealed;
    }
    // What the room has earned: the feedback of the options it picked, and the answer once revealed.
    RoomQuestion &q = view.slide.question;
    for (const int pick : view.picks)
        if (pick >= 1 && pick <= static_cast<int>(q.options.size()))
            q.options[pick - 1].feedback = source.question.options[pick - 1].feedback;
    if (view.questionPhase == QuestionPhase::Revealed)
        q.answer = source.question.answer;
    return view;
}

SessionSnapshot SessionView::snapshot() const
{
    SessionSnapshot s;
    s.slide = m_index;
    s.build = m_buildStep;
    s.film = m_film.phase();
    s.blank = m_blank;
    s.questions = m_questions.bySlide().all();
    s.flipcharts = m_flipcharts.bySlide().all();
    for (const auto &[index, strokes] : m_pen.strokesBySlide().all())
        if (!strokes.empty())
            s.ink[index] = strokes;
    s.slideKeys[m_index] = m_lesson.slideKey(m_index);
    for (const auto &[index, record] : s.questions)
        s.slideKeys[index] = m_lesson.slideKey(index);
    for (const auto &[index, entries] : s.flipcharts)
        s.slideKeys[index] = m_lesson.slideKey(index);
    for (const auto &[index, strokes] : s.ink)
        s.slideKeys[index] = m_lesson.slideKey(index);
    return s;
}

void SessionView::addPlannedTime(SessionEvent &event) const
{
    // What the plan gave the slide then: the report stays right if the lesson changes later.
    if (m_plan.slideMs[m_index] > 0)
        event.plannedMs = qint64(m_plan.slideMs[m_index]);
}

}  // namespace stoppunkt
