// SPDX-License-Identifier: MIT
// The film as the session knows it: its phase and run, the player's reports, and the subtitles.
#include "session/filmstate.h"

namespace stoppunkt {

void FilmState::start()
{
    m_phase = FilmPhase::Playing;
    ++m_run;
}

void FilmState::setPhase(FilmPhase phase)
{
    if (phase == FilmPhase::Playing)
        start();
    else
        m_phase = phase;
}

bool FilmState::setProblem(const QString &problem)
{
    if (m_status.problem == problem)
        return false;
    m_status.problem = problem;
    return true;
}

bool FilmState::setProgress(bool loaded, bool paused, qint64 positionMs, qint64 durationMs)
{
    FilmStatus status = m_status;
    status.loaded = loaded;
    status.paused = paused;
    status.positionMs = positionMs;
    status.durationMs = durationMs;
    if (status == m_status)
        return false;
    m_status = status;
    return true;
}

}  // namespace stoppunkt
