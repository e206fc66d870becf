// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"

#include <QObject>
#include <QString>

namespace stoppunkt {

class CommandDispatcher;
class FilmPlayer;
class SessionView;

/// Keeps the film player on the session's film: it plays the segment the session is in, holds the stop
/// frame when the session is at a stop, stops when the slide has no film, and reports stops back with
/// the segment's run number. What the player reports (stops, problems, position) goes to the session through
/// the dispatcher, and both windows read it there.
class FilmSync : public QObject {
    Q_OBJECT
public:
    FilmSync(const SessionView &session, CommandDispatcher &dispatcher, FilmPlayer &player, QObject *parent = nullptr);

    /// The stop-point entry for the film's current position, as an author pastes it into the lesson.
    QString stopEntryForPosition() const;
    /// While the stop editor shows frames of its own, the player is left alone; resuming puts it back on the
    /// session's film at once.
    void setSuspended(bool suspended);

private:
    void sync();
    void openFilm(int filmIndex);
    void markUnavailable(const QString &problem);
    /// Forgets a film that could not play, so the next film part opens it afresh.
    void forgetProblem();
    void reportStatus();
    /// The subtitle file the film opens with: its full path, or empty.
    QString subtitleFileFor(const Film &film) const;
    /// Where the current segment stops (-1: the film's end).
    qint64 heldTarget() const;

    const SessionView &m_session;
    CommandDispatcher &m_dispatcher;
    FilmPlayer &m_player;
    int m_openFilm = -1;
    int m_playedRun = -1;
    int m_heldRun = -1;
    qint64 m_heldAt = -2;  ///< the stop the held frame belongs to (-1: the end)
    bool m_unavailable = false;
    bool m_suspended = false;
    int m_subtitlesShown = -1;  ///< as last told to the player (-1: not yet)
};

}  // namespace stoppunkt
