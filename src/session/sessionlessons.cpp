// SPDX-License-Identifier: MIT
// The session's lesson changing under it: a new version of its file (live preview), or the next lesson.
#include "session/session.h"

#include <algorithm>

namespace stoppunkt {

namespace {
/// A per-slide map with its keys moved to where their slides went: those of deleted slides dropped, and a
/// copy of a slide starting empty (the first slide from a place keeps what was there).
template <typename Value> void followSlides(std::map<int, Value> &bySlide, const std::vector<int> &origin)
{
    std::map<int, Value> moved;
    for (std::size_t i = 0; i < origin.size(); ++i)
        if (const auto it = bySlide.find(origin[i]); origin[i] >= 0 && it != bySlide.end()) {
            moved.emplace(int(i), std::move(it->second));
            bySlide.erase(it);
        }
    bySlide = std::move(moved);
}
}  // namespace

void Session::replaceLesson(Lesson lesson, const std::vector<int> &origin)
{
    if (lesson.slides.empty())
        return;
    commitStroke();
    const bool moved = !origin.empty() && origin.size() == lesson.slides.size();
    if (moved) {
        const auto here = std::find(origin.begin(), origin.end(), m_index);
        m_index = here != origin.end() ? int(here - origin.begin()) : m_index;
        followSlides(m_questions, origin);
        followSlides(m_flipcharts, origin);
    }
    m_lesson = std::move(lesson);
    m_plan = TimePlan::of(m_lesson);
    m_index = std::min(m_index, slideCount() - 1);
    m_buildStep = std::min(m_buildStep, slide().buildCount());
    // Keep what still fits: picks on questions with enough options, entries on flip-chart slides.
    for (auto it = m_questions.begin(); it != m_questions.end();) {
        const bool fits = it->first < slideCount() && m_lesson.slides[it->first].isQuestion()
                          && std::all_of(it->second.picks.begin(), it->second.picks.end(),
                                         [&](int p) { return p <= int(m_lesson.slides[it->first].question.options.size()); });
        it = fits ? std::next(it) : m_questions.erase(it);
    }
    for (auto it = m_flipcharts.begin(); it != m_flipcharts.end();)
        it = it->first < slideCount() && m_lesson.slides[it->first].flipchart ? std::next(it) : m_flipcharts.erase(it);
    m_pen.followSlides(moved ? origin : std::vector<int>{}, slideCount());
    const bool film = m_lesson.segmentFor(slide()).has_value();
    if (!film)
        m_filmPhase = FilmPhase::Idle;
    else if (m_filmPhase == FilmPhase::Idle || m_filmPhase == FilmPhase::Playing)
        m_filmPhase = slide().kind == SlideKind::FilmQuestion ? FilmPhase::AtStop : FilmPhase::Ended;
    m_nextArmedAt.reset();
    m_filmStatus = {};
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
    m_questions.clear();
    m_flipcharts.clear();
    m_pen.replaceStrokes({});
    m_subtitlesShown = subtitlesShownAtStart(m_lesson);
    m_blank = Blank::None;
    m_filmStatus = {};
    m_filmPhase = FilmPhase::Idle;
    emit lessonReplaced();
    enter(0, Direction::Forward);
    emit changed();
}

void Session::noteNextLesson(const std::string &id, const std::string &title)
{
    record({.type = EventType::NextLesson, .lesson = QString::fromStdString(id), .title = QString::fromStdString(title)});
}

}  // namespace stoppunkt
