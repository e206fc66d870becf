// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <map>

namespace stoppunkt {

class CommandDispatcher;
class SessionView;

/// Stands in for the film player where no film plays (the walkthrough): it looks up each film's length
/// once, and reports to the session (through the dispatcher) where a player would be at every step, so the console's film strip
/// shows what it shows in a live session (the length, the position at each stop, a film that cannot play).
class FilmStandIn : public QObject {
    Q_OBJECT
public:
    FilmStandIn(const SessionView &session, CommandDispatcher &dispatcher, QObject *parent = nullptr);

private:
    void reportPlace();

    const SessionView &m_session;
    CommandDispatcher &m_dispatcher;
    struct Probed {
        qint64 durationMs = -1;
        QString problem;
    };
    std::map<int, Probed> m_films;  ///< by film index
};

}  // namespace stoppunkt
