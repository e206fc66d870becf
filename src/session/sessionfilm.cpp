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
    m_film.toggleSubtitles();
    record({.type = EventType::Subtitles, .shown = m_film.subtitlesShown()});
    emit changed();
}

void Session::filmReachedStop(int run)
{
    if (!m_film.playing(run))
        return;
    finishFilm();
    emit changed();
}

void Session::setFilmProblem(const QString &problem)
{
    if (m_film.setProblem(problem))
        emit changed();
}

void Session::setFilmProgress(bool loaded, bool paused, qint64 positionMs, qint64 durationMs)
{
    if (m_film.setProgress(loaded, paused, positionMs, durationMs))
        emit filmProgressed();
}

void Session::filmEnded(int run)
{
    filmReachedStop(run);
}

}  // namespace stoppunkt
