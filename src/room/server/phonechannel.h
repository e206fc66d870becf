// SPDX-License-Identifier: MIT
#pragma once

#include "room/core/ratelimiter.h"
#include "room/phones/ballot.h"
#include "room/phones/roomadmission.h"
#include "session/presentationstate.h"

#include <QElapsedTimer>
#include <QObject>

#include <map>

class QWebSocket;

namespace stoppunkt {

class SessionView;
struct ClientMessage;

/// The trainees' phones on /room: joins, votes and flip-chart suggestions in, what each phone shows out.
/// Every message passes parseClientMessage(), the rate limit, the admission and the ballot before anything
/// changes. It reads the session and controls nothing of the presentation: it tells the app what came in.
/// The facilitator's remote has its own channel (RemoteChannel) on /remote.
class PhoneChannel : public QObject {
    Q_OBJECT
public:
    PhoneChannel(const SessionView &session, RoomLimits limits, QObject *parent = nullptr);
    ~PhoneChannel() override;

    /// Takes a WebSocket that asked for /room: it must join (or resume) within RoomLimits::joinDeadlineMs.
    void adopt(QWebSocket *socket);
    void closeAll();

    const QString &roomCode() const { return m_ballot.roomCode(); }
    /// The join card's secret, for its QR code.
    const QString &joinSecret() const { return m_ballot.joinSecret(); }
    const Ballot &ballot() const { return m_ballot; }
    /// The question voted on last (its slide key), open or closed; empty before any vote.
    const QString &lastQuestion() const { return m_lastQuestion; }
    /// Connections on /room, joined or still waiting to join.
    int connections() const { return int(m_phones.size()); }
    /// Phones connected now (joined; not the connections still waiting to join).
    int connectedPhones() const { return m_admission.connected(); }
    /// The facilitator closes the room to new phones (those that joined come back all the same), or opens it.
    void setLocked(bool locked);
    bool locked() const { return m_admission.locked(); }
    /// Typed codes are paused after too many wrong ones (the join card's QR code still works).
    bool typedJoinsPaused() const { return m_admission.gate().paused(m_clock.elapsed()); }

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
        QString token;  ///< empty until it joins
        QByteArray lastView;
    };
    void receive(QWebSocket *socket, const QString &text);
    /// A join or a resume: the admission's rules, then the ballot's.
    void admit(QWebSocket *socket, Phone &phone, const ClientMessage &message);
    void closePhone(QWebSocket *socket, RoomStatus status, const QString &reason);
    /// What every phone is shown now, worked out once per change, not once per phone.
    struct Shown {
        AudienceView view;
        QString question;
        bool voteOpen = false;
    };
    Shown shownNow() const;
    void sendView(QWebSocket *socket, Phone &phone, const Shown &shown, bool force);
    /// Sends each phone its view where it changed.
    void refresh();
    /// The question on the projector (its slide key), discussed or revealed; empty elsewhere.
    QString questionShown() const;

    const SessionView &m_session;
    RoomLimits m_limits;
    Ballot m_ballot;
    RateLimiter m_rate;
    RoomAdmission m_admission;
    quint64 m_nextConnection = 0;
    QElapsedTimer m_clock;
    QString m_lastQuestion;
    std::map<QWebSocket *, Phone> m_phones;
};

}  // namespace stoppunkt
