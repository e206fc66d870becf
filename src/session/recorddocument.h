// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionevent.h"
#include "session/sessionsnapshot.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace stoppunkt {

/// An event as the record keeps it: what happened, and when.
struct RecordedEvent {
    SessionEvent event;
    QDateTime time;
    qint64 ms = 0;  ///< since the session started
};

/// A session record, typed: what SessionRecorder writes and what resuming, the console's summary and the
/// report read. Only recordcodec turns it into JSON and back (the keys are in recordformat.h).
struct RecordDocument {
    QString lessonId;
    QString lessonTitle;
    QString lessonFile;
    QDateTime started;
    QDateTime updated;
    bool ended = false;  ///< the program quit cleanly; otherwise the session was interrupted
    std::optional<qint64> timerElapsedMs;  ///< the presentation timer when the record was last written
    bool timerRunning = false;
    /// What resuming needs; nothing when the record's state cannot be read.
    std::optional<SessionSnapshot> state;
    std::vector<RecordedEvent> events;

    /// The session was interrupted (the program did not end it): it can be resumed.
    bool interrupted() const { return !ended; }
};

}  // namespace stoppunkt
