// SPDX-License-Identifier: MIT
// What a reader of the session asks: the question's phase, the picks, whether Next is armed, the lesson's end.
#include "session/sessionview.h"

#include <algorithm>

namespace stoppunkt {

SessionView::SessionView(Lesson lesson, QObject *parent, Clock clock)
    : QObject(parent), m_lesson(std::move(lesson)), m_plan(TimePlan::of(m_lesson)), m_clock(std::move(clock))
{
    m_film.setSubtitlesShown(subtitlesShownAtStart(m_lesson));
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
    return questionPhaseOf(m_index, m_film.phase());
}

QString SessionView::questionOpenForVotes() const
{
    const bool open = questionPhase() == QuestionPhase::Discussing && slide().question.vote;
    return open ? QString::fromStdString(m_lesson.slideKey(m_index)) : QString();
}

std::vector<int> SessionView::picks() const
{
    const QuestionRecord *record = questionRecord(m_index);
    return record ? record->picks : std::vector<int>{};
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
    return armed() && m_film.phase() == FilmPhase::Playing;
}

bool SessionView::atLessonEnd() const
{
    if (m_index + 1 < slideCount() || m_buildStep < slide().buildCount())
        return false;
    if (isQuestionSlide())
        return questionPhase() == QuestionPhase::Revealed;
    return !isFilmSlide() || m_film.phase() == FilmPhase::Ended;
}

}  // namespace stoppunkt
