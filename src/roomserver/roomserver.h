// SPDX-License-Identifier: MIT
#pragma once

#include "ballot.h"
#include "presentationstate.h"
#include "ratelimiter.h"
#include "roomadmission.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QWebSocket;

namespace stoppunkt {

class DeadlineTcpServer;
class RemoteChannel;
class RoomHttpServer;
class Session;

/// Serves the trainees' page and carries their messages: joins, votes and flip-chart suggestions in,
/// what each phone shows out. It listens only between start() and stop(), on the one address given, and
/// has no endpoint that controls the presentation: it reads the session and tells the console what came
/// in. Every message passes parseClientMessage(), the rate limit and the ballot before anything changes.
/// The facilitator's paired remote speaks on /remote of the same server (RemoteChannel), never on /room.
class RoomServer : public QObject {
    Q_OBJECT
public:
    /// `remoteClock`: the remote's pairing clock (milliseconds, monotonic); a steady clock when empty.
    RoomServer(const Session &session, RoomLimits limits = {}, QObject *parent = nullptr, std::function<qint64()> remoteClock = {});
    ~RoomServer() override;

    /// Listens on `address` (port 0: any free one); false when it cannot.
    bool start(const QHostAddress &address, quint16 port = 0);
    void stop();
    bool running() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    const QHostAddress &address() const { return m_address; }
    /// The question voted on last (its slide key), open or closed; empty before any vote.
    const QString &lastQuestion() const { return m_lastQuestion; }
    const QString &roomCode() const { return m_ballot.roomCode(); }
    const Ballot &ballot() const { return m_ballot; }
    int connections() const { return int(m_phones.size()); }
    /// Phones connected now (joined; not the connections still waiting to join).
    int connectedPhones() const { return m_admission.connected(); }
    /// The facilitator closes the room to new phones (those that joined come back all the same), or opens it.
    void setLocked(bool locked);
    bool locked() const { return m_admission.locked(); }
    /// Typed codes are paused after too many wrong ones (the join card's QR code still works).
    bool typedJoinsPaused() const { return m_admission.gate().paused(m_clock.elapsed()); }
    /// The join card's secret, for its QR code.
    const QString &joinSecret() const { return m_ballot.joinSecret(); }
    /// The facilitator's remote, on /remote of the same server.
    RemoteChannel &remote() { return *m_remote; }

    /// Takes a saved room's ballot (its code, the phones that had joined, their votes, an open vote) in place
    /// of this one's: phones that come back with their tokens find their votes.
    void restore(Ballot ballot, QString lastQuestion);

    /// The facilitator opens the vote on the question the room discusses now; false where there is none.
    bool openVote();
    void closeVote();

signals:
    void tallyChanged();
    void joinedChanged();
    /// Typed codes were paused after too many wrong ones, or may be tried again.
    void typedJoinsPausedChanged();
    /// A phone sent a suggestion for the flip chart; it waits for the facilitator.
    void suggestionReceived(const QString &nickname, const QString &text);

private:
    struct Phone {
        quint64 id = 0;  ///< never reused: the rate limiter and the admission know the connection by it
        QString token;   ///< empty until it joins
        QByteArray lastView;
    };
    void accept();
    /// A WebSocket has no HTTP deadline while it is open.
    void keepWhileOpen(QWebSocket *socket);
    void receive(QWebSocket *socket, const QString &text);
    /// A join or a resume: the admission's rules, then the ballot's.
    void admit(QWebSocket *socket, Phone &phone, const ClientMessage &message);
    void closePhone(QWebSocket *socket, RoomStatus status, const QString &reason);
    void reply(QWebSocket *socket, const QJsonObject &message);
    void refuse(QWebSocket *socket, RoomStatus status, const QString &reason);
    /// What every phone is shown now, worked out once per change, not once per phone.
    struct Shown {
        AudienceView view;
        QString question;
        bool voteOpen = false;
    };
    Shown shownNow() const;
    void sendView(QWebSocket *socket, Phone &phone, const Shown &shown, bool force);
    void sessionChanged();
    QString currentQuestion() const;

    const Session &m_session;
    RoomLimits m_limits;
    Ballot m_ballot;
    RateLimiter m_rate;
    RoomAdmission m_admission;
    quint64 m_nextConnection = 0;
    QElapsedTimer m_clock;
    std::unique_ptr<RoomHttpServer> m_http;
    DeadlineTcpServer *m_tcp = nullptr;  ///< owned by m_http
    quint16 m_port = 0;
    QHostAddress m_address;
    QString m_lastQuestion;
    std::map<QWebSocket *, Phone> m_phones;
    std::unique_ptr<RemoteChannel> m_remote;
};

} // namespace stoppunkt
