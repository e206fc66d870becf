// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace stoppunkt {

class SessionView;

/// The elapsed-time clock as the console shows it (the presentation timer lives in the app).
struct RemoteClock {
    qint64 elapsedMs = 0;
    bool running = false;
};

/// What the paired remote shows: the console's view, private parts included. The current slide and its
/// notes, the next step, the elapsed and planned time, the film's state and, at a question, the right
/// answer, the talking points, the group's picks and the room's live tally; the flip chart and the
/// suggestions waiting for the facilitator. Only the paired remote is ever sent this.
QJsonObject remoteView(const SessionView &session, RemoteClock clock);

}  // namespace stoppunkt
