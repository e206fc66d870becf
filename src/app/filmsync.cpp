// SPDX-License-Identifier: MIT
#include "app/filmsync.h"

#include "input/commanddispatcher.h"
#include "lesson/filmsource.h"
#include "lesson/timecode.h"
#include "media/filmplayer.h"
#include "session/sessionview.h"

namespace stoppunkt {

FilmSync::FilmSync(const SessionView &session, CommandDispatcher &dispatcher, FilmPlayer &player, QObject *parent)
    : QObject(parent), m_session(session), m_dispatcher(dispatcher), m_player(player)
{
    connect(&session, &SessionView::changed, this, &FilmSync::sync);
    connect(&session, &SessionView::lessonReplaced, this, [this] {
        // Sources and stops may have changed: stop what plays, then open and position the film afresh.
        // (The next sync() cannot tell it played once the runs are forgotten.)
        if (m_suspended)
            return;  // the stop editor's own change: it keeps its frame, and resuming positions the film afresh
        if (m_playedRun >= 0 || m_heldRun >= 0)
            m_player.stop();
        m_playedRun = m_heldRun = -1;
        m_heldAt = -2;
        forgetProblem();
    });
    // The player already holds the stop frame it reached: remember that before the session moves on.
    connect(&player, &FilmPlayer::stopReached, this, [this](int run) {
        if (m_suspended)
            return;  // a frame the stop editor asked for, not the session's stop
        m_heldRun = run;
        m_heldAt = heldTarget();
        m_dispatcher.report(reports::FilmAtStop{run});
    });
    connect(&player, &FilmPlayer::ended, this, [this](int run) {
        if (m_suspended)
            return;
        m_heldRun = run;
        m_heldAt = -1;
        m_dispatcher.report(reports::FilmEnded{run});
    });
    connect(&player, &FilmPlayer::errorOccurred, this, [this](const QString &message) {
        const Film *film = m_openFilm >= 0 ? &m_session.lesson().films[m_openFilm] : nullptr;
        markUnavailable(film ? QStringLiteral("%1: %2").arg(QString::fromStdString(film->source), message) : message);
    });
    connect(&player, &FilmPlayer::positionChanged, this, &FilmSync::reportStatus);
    connect(&player, &FilmPlayer::pausedChanged, this, &FilmSync::reportStatus);
    connect(&player, &FilmPlayer::durationChanged, this, &FilmSync::reportStatus);
    sync();
}

qint64 FilmSync::heldTarget() const
{
    const auto segment = m_session.segment();
    return segment ? m_session.lesson().films[segment->film].stopOf(*segment) : -1;
}

void FilmSync::forgetProblem()
{
    m_openFilm = -1;
    m_unavailable = false;
    m_dispatcher.report(reports::FilmProblem{});
}

void FilmSync::markUnavailable(const QString &problem)
{
    m_unavailable = true;
    m_dispatcher.report(reports::FilmProblem{problem});
}

void FilmSync::openFilm(int filmIndex)
{
    if (filmIndex == m_openFilm)
        return;
    m_openFilm = filmIndex;
    const Lesson &lesson = m_session.lesson();
    const Film &film = lesson.films[filmIndex];
    const FilmSourceCheck check = checkFilmSource(film.source, lesson.file, {});
    if (check.status != FilmSourceCheck::Status::Ok) {
        markUnavailable(QString::fromStdString(check.about(film.source)));
        return;
    }
    m_player.setSubtitleFile(subtitleFileFor(film));
    if (!m_player.open(QString::fromStdString(check.resolved.string()), film.fps))
        return;  // errorOccurred has said why
}

QString FilmSync::subtitleFileFor(const Film &film) const
{
    // The lesson's choice, else the lesson's own language, else the first; one that cannot be used is
    // left out, and --validate has said why.
    const Lesson &lesson = m_session.lesson();
    const Subtitles *chosen = nullptr;
    for (const Subtitles &subtitles : film.subtitles)
        if (subtitles.shown || (!chosen && subtitles.language == lesson.language))
            chosen = &subtitles;
    if (!chosen && !film.subtitles.empty())
        chosen = &film.subtitles.front();
    if (!chosen)
        return {};
    const FilmSourceCheck check = checkFilmSource(chosen->source, lesson.file, {});
    return check.status == FilmSourceCheck::Status::Ok ? QString::fromStdString(check.resolved.string()) : QString();
}

void FilmSync::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (!suspended) {
        m_playedRun = m_heldRun = -1;  // whatever the player shows now, the session's film part is shown again
        m_heldAt = -2;
        sync();
    }
}

void FilmSync::sync()
{
    if (m_suspended)
        return;
    if (m_subtitlesShown != int(m_session.subtitlesShown())) {
        m_subtitlesShown = int(m_session.subtitlesShown());
        m_player.setSubtitlesVisible(m_session.subtitlesShown());
    }
    const auto segment = m_session.segment();
    if (!segment) {
        if (m_playedRun >= 0 || m_heldRun >= 0)
            m_player.stop();  // leaving a film slide stops the film
        m_playedRun = m_heldRun = -1;
        m_heldAt = -2;
        if (m_unavailable)
            forgetProblem();  // the next film part tries again: a stick plugged back in, a file put in place
        return;
    }
    openFilm(segment->film);
    if (m_unavailable)
        return;
    const Film &film = m_session.lesson().films[segment->film];
    const qint64 from = film.startOf(*segment);
    const qint64 to = film.stopOf(*segment);
    const int run = m_session.segmentRun();
    switch (m_session.filmPhase()) {
    case FilmPhase::Playing:
        if (run != m_playedRun) {
            m_playedRun = run;
            m_heldRun = -1;
            m_player.playSegment(from, to, run);
        }
        break;
    case FilmPhase::AtStop:
    case FilmPhase::Ended:
        // Skipped, or entered from behind (which keeps the run number): hold the stop's exact frame.
        if (m_heldRun != run || m_heldAt != to) {
            m_heldRun = run;
            m_heldAt = to;
            if (to >= 0)
                m_player.showFrameAt(to);
            else
                m_player.pause();
        }
        break;
    case FilmPhase::Idle: break;
    }
    reportStatus();
}

void FilmSync::reportStatus()
{
    const bool open = m_player.isOpen();
    m_dispatcher.report(reports::FilmProgress{open, m_player.paused(), open ? m_player.position() : -1, open ? m_player.duration() : -1});
}

QString FilmSync::stopEntryForPosition() const
{
    return QStringLiteral("{ \"id\": \"stop-?\", \"at\": \"%1\", \"label\": \"\" }")
        .arg(QString::fromStdString(formatTimecode(std::max<qint64>(0, m_player.position()))));
}

}  // namespace stoppunkt
