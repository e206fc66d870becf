// SPDX-License-Identifier: MIT
// What a reader of the session asks: the question's phase, the picks, whether Next is armed, the lesson's end.
#include "session/sessionview.h"

#include <algorithm>

namespace stoppunkt {

SessionView::SessionView(Lesson lesson, QObject *parent, Clock clock)
    : QObject(parent), m_lesson(std::move(lesson)), m_plan(TimePlan::of(m_lesson)), m_clock(std::move(clock))
{
    m_subtitlesShown = subtitlesShownAtStart(m_lesson);
    Q_ASSERT(!m_lesson.slides.empty());
    m_elapsed.start();
}

qint64 SessionView::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

bool SessionView::isFilmSlide() const
{
    return segment().has_value();
}

QuestionPhase SessionView::questionPhase() const
{
    return questionPhaseOf(m_index, m_filmPhase);
}

QString SessionView::questionOpenForVotes() const
{
    const bool open = questionPhase() == QuestionPhase::Discussing && slide().question.vote;
    return open ? QString::fromStdString(m_lesson.slideKey(m_index)) : QString();
}

QuestionPhase SessionView::questionPhaseOf(int index, FilmPhase filmPhase) const
{
    // A film question waits for its stop point; a question without film is open from the start.
    const Slide &s = m_lesson.slides[index];
    if (s.kind != SlideKind::Question && (s.kind != SlideKind::FilmQuestion || filmPhase != FilmPhase::AtStop))
        return QuestionPhase::None;
    auto it = m_questions.find(index);
    if (it == m_questions.end())
        return QuestionPhase::Discussing;
    const std::vector<int> &picks = it->second.picks;
    const bool pickedAnswer = std::find(picks.begin(), picks.end(), s.question.answer) != picks.end();
    return it->second.revealedByFacilitator || pickedAnswer ? QuestionPhase::Revealed : QuestionPhase::Discussing;
}

bool SessionView::pickedRight(const QuestionRecord &record) const
{
    return std::find(record.picks.begin(), record.picks.end(), slide().question.answer) != record.picks.end();
}

std::vector<int> SessionView::picks() const
{
    const QuestionRecord *record = questionRecord(m_index);
    return record ? record->picks : std::vector<int>{};
}

const QuestionRecord *SessionView::questionRecord(int slideIndex) const
{
    auto it = m_questions.find(slideIndex);
    return it == m_questions.end() ? nullptr : &it->second;
}

bool SessionView::armed() const
{
    return m_nextArmedAt && now() - *m_nextArmedAt <= kSkipWindowMs;
}

bool SessionView::revealArmed() const
{
    return armed() && questionPhase() == QuestionPhase::Discussing;
}

bool SessionView::skipArmed() const
{
    return armed() && m_filmPhase == FilmPhase::Playing;
}

bool SessionView::atLessonEnd() const
{
    if (m_index + 1 < slideCount() || m_buildStep < slide().buildCount())
        return false;
    if (isQuestionSlide())
        return questionPhase() == QuestionPhase::Revealed;
    return !isFilmSlide() || m_filmPhase == FilmPhase::Ended;
}

}  // namespace stoppunkt
