// SPDX-License-Identifier: MIT
#pragma once

#include "app/options.h"
#include "session/recorddocument.h"

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace stoppunkt {

class PresentationTimer;
class Session;
class SessionRecorder;

/// Keeps today's session record of the lesson: resumes an interrupted one (asking first, or at once with
/// --resume), sets a damaged one aside and says so, and marks the record ended when the program ends cleanly.
class RecordKeeper : public QObject {
    Q_OBJECT
public:
    RecordKeeper(Session &session, PresentationTimer &timer, QObject *parent = nullptr);
    ~RecordKeeper() override;

    /// Opens the record; returns a sentence for the console when something happened (resumed, set aside).
    QString open(const Options &options, QWidget *dialogParent);
    void finish();
    RecordDocument document() const;
    QString path() const;
    /// The record goes on from an interrupted session (its state was taken).
    bool resumed() const { return m_resumed; }
    /// Why the record cannot be saved now; empty while it can.
    QString problem() const;

signals:
    void problemChanged(const QString &problem);

private:
    /// Offers to resume an interrupted record (asking first unless --resume); true when the session took its
    /// state. `notice` says what happened.
    bool resumeFrom(const RecordDocument &record, const Options &options, QWidget *dialogParent, QString &notice);
    /// `<dir>/<base>-<n>.json` for a record path `<dir>/<base>.json`.
    static QString numbered(const QString &path, int n);

    Session &m_session;
    PresentationTimer &m_timer;
    std::unique_ptr<SessionRecorder> m_recorder;
    bool m_resumed = false;
};

}  // namespace stoppunkt
