// SPDX-License-Identifier: MIT
// What the film player reports to the session: stops reached, the film's end, its problems and its progress.
#include "session/session.h"

namespace stoppunkt {

bool subtitlesShownAtStart(const Lesson &lesson)
{
    for (const Film &film : lesson.films)
        for (const Subtitles &subtitles : film.subtitles)
            if (subtitles.shown)
                return true;
    return false;
}

void Session::toggleSubtitles()
{
    m_subtitlesShown = !m_subtitlesShown;
    record({.type = EventType::Subtitles, .shown = m_subtitlesShown});
    emit changed();
}

void Session::filmReachedStop(int run)
{
    if (run != m_segmentRun || m_filmPhase != FilmPhase::Playing)
        return;
    finishFilm();
    emit changed();
}

void Session::setFilmProblem(const QString &problem)
{
    if (m_filmStatus.problem == problem)
        return;
    m_filmStatus.problem = problem;
    emit changed();
}

void Session::setFilmProgress(bool loaded, bool paused, qint64 positionMs, qint64 durationMs)
{
    FilmStatus status = m_filmStatus;
    status.loaded = loaded;
    status.paused = paused;
    status.positionMs = positionMs;
    status.durationMs = durationMs;
    if (status == m_filmStatus)
        return;
    m_filmStatus = status;
    emit filmProgressed();
}

void Session::filmEnded(int run)
{
    filmReachedStop(run);
}

}  // namespace stoppunkt
