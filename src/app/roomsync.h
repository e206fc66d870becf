// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

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

    /// The address the room listens on when none is given: the first IPv4 address of a network interface
    /// that is up and not the loopback, else 127.0.0.1 (then only this computer can join).
    static QHostAddress defaultAddress();

signals:
    /// A sentence for the console's status line.
    void notice(const QString &text);

private:
    void push();

    Session &m_session;
    CommandDispatcher &m_dispatcher;
    QString m_address;
    std::unique_ptr<RoomServer> m_server;
    struct Suggestion {
        QString nickname;
        QString text;
    };
    std::deque<Suggestion> m_suggestions;
};

} // namespace stoppunkt
