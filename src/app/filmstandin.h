// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <map>

namespace stoppunkt {

class Session;

/// Stands in for the film player where no film plays (the walkthrough): it looks up each film's length
/// once, and reports into the session where a player would be at every step, so the console's film strip
/// shows what it shows in a live session (the length, the position at each stop, a film that cannot play).
class FilmStandIn : public QObject {
    Q_OBJECT
public:
    explicit FilmStandIn(Session &session, QObject *parent = nullptr);

private:
    void report();

    Session &m_session;
    struct Probed {
        qint64 durationMs = -1;
        QString problem;
    };
    std::map<int, Probed> m_films;  ///< by film index
};

}  // namespace stoppunkt
