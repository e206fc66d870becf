// SPDX-License-Identifier: MIT
// The session's lesson changing under it: a new version of its file (live preview), or the next lesson.
#include "session/session.h"

#include <algorithm>

namespace stoppunkt {

void Session::replaceLesson(Lesson lesson, const std::vector<int> &origin)
{
    if (lesson.slides.empty())
        return;
    commitStroke();
    const bool moved = !origin.empty() && origin.size() == lesson.slides.size();
    if (moved) {
        const auto here = std::find(origin.begin(), origin.end(), m_index);
        m_index = here != origin.end() ? int(here - origin.begin()) : m_index;
    }
    m_lesson = std::move(lesson);
    m_plan = TimePlan::of(m_lesson);
    m_index = std::min(m_index, slideCount() - 1);
    m_buildStep = std::min(m_buildStep, slide().buildCount());
    // Keep what still fits: picks on questions with enough options, entries on flip-chart slides.
    const std::vector<int> &slidesMoved = moved ? origin : std::vector<int>{};
    m_questions.followSlides(slidesMoved, m_lesson);
    m_flipcharts.followSlides(slidesMoved, m_lesson);
    m_pen.followSlides(slidesMoved, slideCount());
    const bool film = m_lesson.segmentFor(slide()).has_value();
    if (!film)
        m_film.setPhase(FilmPhase::Idle);
    else if (m_film.phase() == FilmPhase::Idle || m_film.phase() == FilmPhase::Playing)
        m_film.setPhase(slide().kind == SlideKind::FilmQuestion ? FilmPhase::AtStop : FilmPhase::Ended);
    m_nextArmedAt.reset();
    m_film.forgetStatus();
    record({.type = EventType::Reload});
    emit lessonReplaced();
    emit changed();
}

void Session::startLesson(Lesson lesson)
{
    if (lesson.slides.empty())
        return;
    m_lesson = std::move(lesson);
    m_plan = TimePlan::of(m_lesson);
    commitStroke();
    m_questions.replace({});
    m_flipcharts.replace({});
    m_pen.replaceStrokes({});
    m_film.setSubtitlesShown(subtitlesShownAtStart(m_lesson));
    m_blank = Blank::None;
    m_film.forgetStatus();
    m_film.setPhase(FilmPhase::Idle);
    emit lessonReplaced();
    enter(0, Direction::Forward);
    emit changed();
}

void Session::noteNextLesson(const std::string &id, const std::string &title)
{
    record({.type = EventType::NextLesson, .lesson = QString::fromStdString(id), .title = QString::fromStdString(title)});
}

}  // namespace stoppunkt
