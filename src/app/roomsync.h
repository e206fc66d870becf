// SPDX-License-Identifier: MIT
#pragma once

#include "roomsnapshot.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>

namespace stoppunkt {

class CommandDispatcher;
class RoomServer;
class Session;

/// Wires the room's phones in: starts and stops the room server when the facilitator turns participation
/// on and off, opens and closes its vote, keeps the phones' flip-chart suggestions until the facilitator
/// accepts or drops them, and pushes all of it into the session, which the windows read. Like the film's
/// sync, it is the only place where the room and the session meet.
class RoomSync : public QObject {
    Q_OBJECT
public:
    /// `address`: where to listen; empty for the laptop's own address on the local network.
    RoomSync(Session &session, CommandDispatcher &dispatcher, QString address, QObject *parent = nullptr);
    ~RoomSync() override;

    void toggleParticipation();
    void toggleVote();
    void decideSuggestion(bool accepted);
    RoomServer *server() { return m_server.get(); }

    /// Keeps the room in `path` (beside the session record) from now on: written a moment after each
    /// change (a join, a vote, the vote opened or closed, a suggestion), removed when the room is turned off.
    void keepIn(const QString &path);
    /// After --resume: opens the room again as the file kept it, with the same address, port and code, its
    /// phones and their votes, so phones reconnect by themselves. Returns a sentence for the console; empty
    /// when no room was open.
    QString resumeKept();
    /// Writes the room's file now, if a write is pending (the program ends, or a test reads it).
    void saveNow();

    /// The address the room listens on when none is given: the first IPv4 address of a network interface
    /// that is up and not the loopback, else 127.0.0.1 (then only this computer can join).
    static QHostAddress defaultAddress();

signals:
    /// A sentence for the console's status line.
    void notice(const QString &text);

private:
    /// Starts the server on `address` (the kept port first when resuming, else 8471, else any); with
    /// `restored`, the room goes on with that code, those phones and their votes.
    bool open(const QHostAddress &address, quint16 port, std::optional<RoomSnapshot> restored);
    void push();
    void save();

    Session &m_session;
    CommandDispatcher &m_dispatcher;
    QString m_address;
    std::unique_ptr<RoomServer> m_server;
    std::deque<RoomSuggestion> m_suggestions;
    QString m_keptIn;
    QTimer m_saveSoon;
    QString m_saveProblem;
};

} // namespace stoppunkt
