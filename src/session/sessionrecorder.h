// SPDX-License-Identifier: MIT
#pragma once

#include "session/recorddocument.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include "session/sessionevent.h"

#include <functional>
#include <optional>

namespace stoppunkt {

class PresentationTimer;
class SessionView;

/// Writes the session record: every event with its time, and the state to resume from. The whole file is
/// written atomically (QSaveFile) after each event, so a crash or `kill -9` loses nothing that was on screen.
/// While the presentation timer runs, the record is also written when two seconds passed without a write, so
/// that a resume after `kill -9` loses at most those two seconds of the timer.
/// Each event is encoded once, as it happens: the recorder keeps the record's list of events as JSON, which
/// every write reuses, and reads it back only for document().
class SessionRecorder : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    SessionRecorder(const SessionView &session, const PresentationTimer &timer, QString path, QObject *parent = nullptr, Clock clock = {});

    /// Starts the record, continuing `earlier` (a record being resumed) when given.
    bool start(const std::optional<RecordDocument> &earlier = std::nullopt);
    /// Marks the record as ended: it will not be offered for resuming.
    void finish();
    const QString &path() const { return m_path; }
    /// The record as it is now: what write() saves, and what the console's summary reads.
    RecordDocument document() const;

    /// `<data dir>/sessions/<yyyy-MM-dd>-<lesson id>.json`
    static QString defaultPath(const QString &lessonId, const QDate &date);

    /// Why the record could not be saved the last time it was written ("No space left on device", "its folder
    /// cannot be created"); empty while saving works.
    const QString &problem() const { return m_problem; }

signals:
    /// Saving began to fail, failed differently, or works again (an empty problem).
    void problemChanged(const QString &problem);
    /// The record on disk now holds everything up to the last event.
    void saved();

private:
    /// Adds the event and writes the record once; false when it could not be saved.
    bool append(const SessionEvent &event);
    bool write();
    /// The document as it is now, but for its events.
    RecordDocument withoutEvents() const;
    void setProblem(const QString &problem);
    /// Writes the timer's time while it runs (timer ticks are no events).
    void followTimer();

    const SessionView &m_session;
    const PresentationTimer &m_timer;
    QString m_path;
    Clock m_clock;
    QDateTime m_started;
    QTimer m_timerCheckpoint;
    QJsonArray m_events;  ///< recordcodec::toJson() of each RecordedEvent, oldest first
    bool m_ended = false;
    bool m_active = false;
    QString m_problem;
};

}  // namespace stoppunkt
