// SPDX-License-Identifier: MIT
#pragma once

#include "input/action.h"
#include "room/file/roomsnapshot.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>

namespace stoppunkt {

class CommandDispatcher;
class PresentationTimer;
class RemotePicture;
class RoomServer;
class SessionView;
struct RemoteCommand;

/// Wires the room's phones in: starts and stops the room server when the facilitator turns participation
/// on and off, opens and closes its vote, keeps the phones' flip-chart suggestions until the facilitator
/// accepts or drops them, and pushes all of it into the session, which the windows read. Like the film's
/// sync, it is the only place where the room and the session meet. The facilitator's phone remote pairs
/// here too (on the same server), and its commands run through the dispatcher's named actions, as keys do.
class RoomSync : public QObject {
    Q_OBJECT
public:
    /// `address`: where to listen; empty for the laptop's own address on the local network (the first of
    /// roomAddressChoices()).
    RoomSync(const SessionView &session, CommandDispatcher &dispatcher, const PresentationTimer &timer, QString address,
             QObject *parent = nullptr);
    ~RoomSync() override;

    /// Runs the dispatcher's request when it is the room's (phones on or off, the vote, the lock, a
    /// suggestion, the remote's pairing); false when it is not.
    bool serve(Action action);
    void toggleParticipation();
    void toggleVote();
    void toggleLock();
    void decideSuggestion(bool accepted);
    /// Shows the remote's pairing code on the console (turning the room on first, if it is off), or hides it.
    void togglePairing();
    /// Hides the pairing code; false when it was not shown.
    bool closePairing();
    void dropRemote();
    RoomServer *server() { return m_server.get(); }
    /// The address chosen for the room; empty for the default.
    const QString &address() const { return m_address; }
    /// Listens on `address` from now on. An open room moves there at once with its code, phones and votes
    /// (the phones must scan the new join card).
    void setAddress(const QString &address);

    /// Keeps the room in `path` (beside the session record) from now on: written a moment after each
    /// change (a join, a vote, the vote opened or closed, a suggestion), removed when the room is turned off.
    void keepIn(const QString &path);
    /// After --resume: opens the room again as the file kept it, with the same address, port and code, its
    /// phones and their votes, so phones reconnect by themselves. When another program took the port, the room
    /// opens on another one and the join card goes up for the phones to scan again. Returns a sentence for the
    /// console; empty when no room was open.
    QString resumeKept();
    /// Writes the room's file now, if a write is pending (the program ends, or a test reads it).
    void saveNow();

signals:
    /// A sentence for the console's status line.
    void notice(const QString &text);

private:
    /// Starts the server on `address` (the kept port first when resuming, else 8471, else any); with
    /// `restored`, the room goes on with that code, those phones and their votes.
    bool open(const QHostAddress &address, quint16 port, std::optional<RoomSnapshot> restored);
    void push();
    /// Closes the room's vote when the session has left its question, or shown its answer.
    void closeVoteIfMovedOn();
    void save();
    /// Stops the server; the waiting suggestions and the pairing code go with it.
    void closeRoom();
    /// A new one-time secret in the pairing code, while it shows; it is renewed before it expires.
    void offerPairing();
    void runRemote(const RemoteCommand &command);
    void remotePairedChanged();
    /// The room as it is now, as its file keeps it.
    RoomSnapshot snapshot() const;

    const SessionView &m_session;
    CommandDispatcher &m_dispatcher;
    const PresentationTimer &m_timer;
    QString m_address;
    std::unique_ptr<RoomServer> m_server;
    std::unique_ptr<RemotePicture> m_picture;  ///< draws for m_server's remote: goes before the server does
    std::deque<RoomSuggestion> m_suggestions;
    QString m_keptIn;
    QTimer m_saveSoon;
    QString m_saveProblem;
    QString m_pairingUrl;  ///< while the console shows the pairing code
    QTimer m_pairingRenew;
};

}  // namespace stoppunkt
