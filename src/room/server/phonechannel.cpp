// SPDX-License-Identifier: MIT
#include "room/server/phonechannel.h"

#include "room/core/roomsecrets.h"
#include "room/phones/clientmessage.h"
#include "room/phones/phoneview.h"
#include "room/phones/roomprotocol.h"
#include "room/server/sendjson.h"
#include "session/sessionview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

namespace stoppunkt {

namespace {
void refusePhone(QWebSocket *socket, RoomStatus status, const QString &reason)
{
    sendJson(socket, {{QLatin1String(roomwire::kType), QLatin1String(roomwire::kRefused)},
                      {QLatin1String(roomwire::kStatus), int(status)},
                      {QLatin1String(roomwire::kReason), reason}});
}

QJsonObject accepted(const char *what)
{
    return {{QLatin1String(roomwire::kType), QLatin1String(roomwire::kAccepted)}, {QLatin1String(roomwire::kWhat), QLatin1String(what)}};
}
}  // namespace

PhoneChannel::PhoneChannel(const SessionView &session, RoomLimits limits, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_limits(limits),
      m_ballot(limits, roomsecrets::newRoomCode()),
      m_rate(limits.messagesPerSecond, limits.messageBurst),
      m_admission(limits)
{
    m_clock.start();
    connect(&session, &SessionView::changed, this, &PhoneChannel::refresh);
}

PhoneChannel::~PhoneChannel()
{
    closeAll();
}

void PhoneChannel::closeAll()
{
    for (auto &[socket, phone] : m_phones) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_phones.clear();
}

void PhoneChannel::adopt(QWebSocket *socket)
{
    const quint64 id = ++m_nextConnection;
    const RoomAdmission::Opened opened = m_admission.open(id, socket->peerAddress().toString());
    if (!opened.accepted) {
        refusePhone(socket, RoomStatus::Unavailable, QStringLiteral("too many connections from this address"));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        socket->deleteLater();
        return;
    }
    if (opened.closeOldest)
        for (auto &[other, phone] : m_phones)
            if (phone.id == *opened.closeOldest) {
                closePhone(other, RoomStatus::Unavailable, QStringLiteral("too many connections waiting to join"));
                break;
            }
    m_phones.emplace(socket, Phone{id, {}, {}});
    // Join in time, or make room: a connection that only waits holds no place for long.
    QTimer::singleShot(m_limits.joinDeadlineMs, socket, [this, socket, id] {
        if (m_admission.waiting(id))
            closePhone(socket, RoomStatus::Unauthorized, QStringLiteral("not joined in time"));
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { receive(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [socket] { refusePhone(socket, RoomStatus::BadRequest, QStringLiteral("the room speaks JSON text only")); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket, id] {
        m_admission.closed(id, m_clock.elapsed());
        m_phones.erase(socket);
        socket->deleteLater();
        emit joinedChanged();
    });
}

void PhoneChannel::closePhone(QWebSocket *socket, RoomStatus status, const QString &reason)
{
    refusePhone(socket, status, reason);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
}

void PhoneChannel::setLocked(bool locked)
{
    m_admission.setLocked(locked);
    emit joinedChanged();
}

void PhoneChannel::receive(QWebSocket *socket, const QString &text)
{
    auto found = m_phones.find(socket);
    if (found == m_phones.end())
        return;
    Phone &phone = found->second;
    if (!m_rate.allow(QString::number(phone.id), m_clock.elapsed()))
        return refusePhone(socket, RoomStatus::TooManyRequests, QStringLiteral("too many messages; wait a moment"));
    const ParsedMessage parsed = parseClientMessage(text.toUtf8(), m_limits);
    if (!parsed.ok())
        return refusePhone(socket, parsed.status, parsed.reason);
    const ClientMessage &m = parsed.message;
    using Type = ClientMessage::Type;
    if (m.type == Type::Join || m.type == Type::Resume)
        return admit(socket, phone, m);
    // A connection speaks for the one phone that joined on it, whatever token it quotes.
    if (phone.token.isEmpty() || !roomsecrets::sameSecret(phone.token, m.token))
        return refusePhone(socket, RoomStatus::Unauthorized, QStringLiteral("no valid token"));
    if (m.type == Type::Vote) {
        // Only while the room discusses the question: once the answer shows, the vote is over, whenever the
        // app gets to close the ballot.
        if (m.question != m_session.questionOpenForVotes())
            return refusePhone(socket, RoomStatus::Conflict, QStringLiteral("the vote is closed"));
        QString reason;
        const RoomStatus status = m_ballot.vote(m.token, m.question, m.option, &reason);
        if (status != RoomStatus::Ok)
            return refusePhone(socket, status, reason);
        sendJson(socket, accepted(roomwire::kVote));
        sendView(socket, phone, shownNow(), false);
        emit tallyChanged();
        return;
    }
    if (!m_session.audienceView().slide.flipchart)
        return refusePhone(socket, RoomStatus::Conflict, QStringLiteral("the flip chart is not open"));
    sendJson(socket, accepted(roomwire::kSuggest));
    emit suggestionReceived(m_ballot.nicknameOf(m.token), m.text);
}

void PhoneChannel::admit(QWebSocket *socket, Phone &phone, const ClientMessage &m)
{
    const qint64 now = m_clock.elapsed();
    QString token = m.token;
    if (m.type == ClientMessage::Type::Join) {
        const bool typed = m.secret.isEmpty();
        QString reason;
        if (const RoomStatus status = m_admission.mayJoin(phone.id, typed, now, &reason); status != RoomStatus::Ok)
            return refusePhone(socket, status, reason);
        const Ballot::Joined joined = m_ballot.join(typed ? m.room : m.secret, m.nickname);
        if (typed && joined.status != RoomStatus::Unavailable) {
            const bool wasPaused = typedJoinsPaused();
            m_admission.typedCode(phone.id, joined.status == RoomStatus::Ok, now);
            if (typedJoinsPaused() != wasPaused) {
                emit typedJoinsPausedChanged();
                // Typed codes are taken again when the pause is over: the console says so then too.
                QTimer::singleShot(int(m_admission.gate().pausedUntilMs() - now) + 1, this, &PhoneChannel::typedJoinsPausedChanged);
            }
        }
        if (joined.status != RoomStatus::Ok)
            return refusePhone(socket, joined.status, joined.reason);
        token = joined.token;
    } else if (!m_ballot.knows(token)) {
        return refusePhone(socket, RoomStatus::Unauthorized, QStringLiteral("no valid token"));
    }
    phone.token = token;
    m_admission.joined(phone.id, roomsecrets::hashOf(token), now);
    sendJson(socket, {{QLatin1String(roomwire::kType), QLatin1String(roomwire::kWelcome)},
                      {QLatin1String(roomwire::kToken), token},
                      {QLatin1String(roomwire::kNickname), m_ballot.nicknameOf(token)}});
    sendView(socket, phone, shownNow(), true);
    emit joinedChanged();
}

PhoneChannel::Shown PhoneChannel::shownNow() const
{
    Shown shown{m_session.audienceView(), questionShown(), false};
    shown.voteOpen = m_ballot.isOpen() && m_ballot.openQuestion() == shown.question && shown.question == m_session.questionOpenForVotes();
    return shown;
}

void PhoneChannel::sendView(QWebSocket *socket, Phone &phone, const Shown &shown, bool force)
{
    if (phone.token.isEmpty())
        return;
    const QJsonObject view = phoneView(shown.view, shown.question, shown.voteOpen, m_ballot.voteOf(phone.token, shown.question));
    const QByteArray bytes = QJsonDocument(view).toJson(QJsonDocument::Compact);
    if (!force && bytes == phone.lastView)
        return;
    phone.lastView = bytes;
    socket->sendTextMessage(QString::fromUtf8(bytes));
}

void PhoneChannel::refresh()
{
    const Shown shown = shownNow();
    for (auto &[socket, phone] : m_phones)
        sendView(socket, phone, shown, false);
}

QString PhoneChannel::questionShown() const
{
    if (!m_session.slide().isQuestion() || m_session.questionPhase() == QuestionPhase::None)
        return {};
    return QString::fromStdString(m_session.lesson().slideKey(m_session.slideIndex()));
}

void PhoneChannel::restore(Ballot ballot, QString lastQuestion)
{
    m_ballot = std::move(ballot);
    m_lastQuestion = std::move(lastQuestion);
    refresh();
    emit joinedChanged();
    emit tallyChanged();
}

bool PhoneChannel::openVote()
{
    const QString question = m_session.questionOpenForVotes();
    if (question.isEmpty())
        return false;
    m_ballot.open(question, int(m_session.slide().question.options.size()));
    m_lastQuestion = question;
    refresh();
    emit tallyChanged();
    return true;
}

void PhoneChannel::closeVote()
{
    if (!m_ballot.isOpen())
        return;
    m_ballot.close();
    refresh();
    emit tallyChanged();
}

}  // namespace stoppunkt
