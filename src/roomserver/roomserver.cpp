// SPDX-License-Identifier: MIT
#include "roomserver.h"

#include "clientmessage.h"
#include "deadlinetcpserver.h"
#include "phoneview.h"
#include "remotechannel.h"
#include "remotepagewords.h"
#include "roompagewords.h"
#include "roomhttpserver.h"
#include "roomprotocol.h"
#include "roomsecrets.h"
#include "session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

namespace stoppunkt {


RoomServer::RoomServer(const Session &session, RoomLimits limits, QObject *parent, std::function<qint64()> remoteClock)
    : QObject(parent), m_session(session), m_limits(limits), m_ballot(limits, roomsecrets::newRoomCode()),
      m_rate(limits.messagesPerSecond, limits.messageBurst), m_admission(limits), m_remote(std::make_unique<RemoteChannel>(session, limits, std::move(remoteClock)))
{
    m_clock.start();
    connect(&session, &Session::changed, this, &RoomServer::sessionChanged);
}

RoomServer::~RoomServer()
{
    stop();
}

bool RoomServer::start(const QHostAddress &address, quint16 port)
{
    stop();
    const QJsonObject words = roomPageWords(QString::fromStdString(m_session.lesson().language));
    m_http = std::make_unique<RoomHttpServer>(QJsonDocument(words).toJson(QJsonDocument::Compact), &RemotePageWords::json);
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this, &RoomServer::accept);
    m_tcp = new DeadlineTcpServer(m_limits.httpDeadlineMs, m_http.get());
    if (!m_tcp->listen(address, port)) {
        m_http.reset();
        m_tcp = nullptr;
        return false;
    }
    m_http->bind(m_tcp);
    m_port = m_tcp->serverPort();
    m_address = address;
    m_http->setOwnAddress(address, m_port);  // requests for any other host, and sockets from other pages, are refused
    return true;
}

void RoomServer::stop()
{
    m_remote->closeAll();
    for (auto &[socket, phone] : m_phones) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_phones.clear();
    m_http.reset();
    m_tcp = nullptr;
    m_port = 0;
}

void RoomServer::accept()
{
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http->nextPendingWebSocketConnection().release();
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytes));
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
        if (socket->requestUrl().path() == QLatin1String("/remote")) {
            keepWhileOpen(socket);
            m_remote->adopt(socket);
            continue;
        }
        const quint64 id = ++m_nextConnection;
        const RoomAdmission::Opened opened = m_admission.open(id, socket->peerAddress().toString());
        if (!opened.accepted) {
            refuse(socket, RoomStatus::Unavailable, QStringLiteral("too many connections from this address"));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        if (opened.closeOldest)
            for (auto &[other, phone] : m_phones)
                if (phone.id == *opened.closeOldest) {
                    closePhone(other, RoomStatus::Unavailable, QStringLiteral("too many connections waiting to join"));
                    break;
                }
        keepWhileOpen(socket);
        m_phones.emplace(socket, Phone{id, {}, {}});
        // Join in time, or make room: a connection that only waits holds no place for long.
        QTimer::singleShot(m_limits.joinDeadlineMs, socket, [this, socket, id] {
            if (m_admission.waiting(id))
                closePhone(socket, RoomStatus::Unauthorized, QStringLiteral("not joined in time"));
        });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { receive(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            refuse(socket, RoomStatus::BadRequest, QStringLiteral("the room speaks JSON text only"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket, id] {
            m_admission.closed(id, m_clock.elapsed());
            m_phones.erase(socket);
            socket->deleteLater();
            emit joinedChanged();
        });
    }
}

void RoomServer::closePhone(QWebSocket *socket, RoomStatus status, const QString &reason)
{
    refuse(socket, status, reason);
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
}

void RoomServer::setLocked(bool locked)
{
    m_admission.setLocked(locked);
    emit joinedChanged();
}

void RoomServer::keepWhileOpen(QWebSocket *socket)
{
    m_tcp->keepOpen(socket->peerAddress(), socket->peerPort());
    connect(socket, &QWebSocket::disconnected, this, [this, address = socket->peerAddress(), port = socket->peerPort()] {
        if (m_tcp)
            m_tcp->forget(address, port);
    });
}

void RoomServer::receive(QWebSocket *socket, const QString &text)
{
    auto found = m_phones.find(socket);
    if (found == m_phones.end())
        return;
    Phone &phone = found->second;
    if (!m_rate.allow(QString::number(phone.id), m_clock.elapsed()))
        return refuse(socket, RoomStatus::TooManyRequests, QStringLiteral("too many messages; wait a moment"));
    const ParsedMessage parsed = parseClientMessage(text.toUtf8(), m_limits);
    if (!parsed.ok())
        return refuse(socket, parsed.status, parsed.reason);
    const ClientMessage &m = parsed.message;
    using Type = ClientMessage::Type;
    if (m.type == Type::Join || m.type == Type::Resume)
        return admit(socket, phone, m);
    // A connection speaks for the one phone that joined on it, whatever token it quotes.
    if (phone.token.isEmpty() || !roomsecrets::sameSecret(phone.token, m.token))
        return refuse(socket, RoomStatus::Unauthorized, QStringLiteral("no valid token"));
    if (m.type == Type::Vote) {
        QString reason;
        const RoomStatus status = m_ballot.vote(m.token, m.question, m.option, &reason);
        if (status != RoomStatus::Ok)
            return refuse(socket, status, reason);
        reply(socket, {{QLatin1String(roomwire::kType), QLatin1String(roomwire::kAccepted)}, {QLatin1String(roomwire::kWhat), QLatin1String(roomwire::kVote)}});
        sendView(socket, phone, shownNow(), false);
        emit tallyChanged();
        return;
    }
    if (!m_session.audienceView().slide.flipchart)
        return refuse(socket, RoomStatus::Conflict, QStringLiteral("the flip chart is not open"));
    reply(socket, {{QLatin1String(roomwire::kType), QLatin1String(roomwire::kAccepted)}, {QLatin1String(roomwire::kWhat), QLatin1String(roomwire::kSuggest)}});
    emit suggestionReceived(m_ballot.nicknameOf(m.token), m.text);
}

void RoomServer::admit(QWebSocket *socket, Phone &phone, const ClientMessage &m)
{
    const qint64 now = m_clock.elapsed();
    QString token = m.token;
    if (m.type == ClientMessage::Type::Join) {
        const bool typed = m.secret.isEmpty();
        QString reason;
        if (const RoomStatus status = m_admission.mayJoin(phone.id, typed, now, &reason); status != RoomStatus::Ok)
            return refuse(socket, status, reason);
        const Ballot::Joined joined = m_ballot.join(typed ? m.room : m.secret, m.nickname);
        if (typed && joined.status != RoomStatus::Unavailable) {
            const bool wasPaused = typedJoinsPaused();
            m_admission.typedCode(phone.id, joined.status == RoomStatus::Ok, now);
            if (typedJoinsPaused() != wasPaused) {
                emit typedJoinsPausedChanged();
                // Typed codes are taken again when the pause is over: the console says so then too.
                QTimer::singleShot(int(m_admission.gate().pausedUntilMs() - now) + 1, this, &RoomServer::typedJoinsPausedChanged);
            }
        }
        if (joined.status != RoomStatus::Ok)
            return refuse(socket, joined.status, joined.reason);
        token = joined.token;
    } else if (!m_ballot.knows(token)) {
        return refuse(socket, RoomStatus::Unauthorized, QStringLiteral("no valid token"));
    }
    phone.token = token;
    m_admission.joined(phone.id, roomsecrets::hashOf(token), now);
    reply(socket, {{QLatin1String(roomwire::kType), QLatin1String(roomwire::kWelcome)},
                   {QLatin1String(roomwire::kToken), token},
                   {QLatin1String(roomwire::kNickname), m_ballot.nicknameOf(token)}});
    sendView(socket, phone, shownNow(), true);
    emit joinedChanged();
}

void RoomServer::reply(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RoomServer::refuse(QWebSocket *socket, RoomStatus status, const QString &reason)
{
    reply(socket, {{QLatin1String(roomwire::kType), QLatin1String(roomwire::kRefused)},
                   {QLatin1String(roomwire::kStatus), int(status)},
                   {QLatin1String(roomwire::kReason), reason}});
}

RoomServer::Shown RoomServer::shownNow() const
{
    Shown shown{m_session.audienceView(), currentQuestion(), false};
    shown.voteOpen = !shown.question.isEmpty() && m_ballot.openQuestion() == shown.question;
    return shown;
}

void RoomServer::sendView(QWebSocket *socket, Phone &phone, const Shown &shown, bool force)
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

QString RoomServer::currentQuestion() const
{
    if (!m_session.slide().isQuestion() || m_session.questionPhase() == QuestionPhase::None)
        return {};
    return QString::fromStdString(m_session.lesson().slideKey(m_session.slideIndex()));
}

void RoomServer::restore(Ballot ballot, QString lastQuestion)
{
    m_ballot = std::move(ballot);
    m_lastQuestion = std::move(lastQuestion);
    sessionChanged();  // a vote left open on a question the session has left closes now
    emit joinedChanged();
    emit tallyChanged();
}

bool RoomServer::openVote()
{
    const QString question = currentQuestion();
    if (question.isEmpty() || m_session.questionPhase() != QuestionPhase::Discussing)
        return false;
    m_ballot.open(question, int(m_session.slide().question.options.size()));
    m_lastQuestion = question;
    sessionChanged();
    emit tallyChanged();
    return true;
}

void RoomServer::closeVote()
{
    if (!m_ballot.isOpen())
        return;
    m_ballot.close();
    sessionChanged();
    emit tallyChanged();
}

void RoomServer::sessionChanged()
{
    // The vote closes when the room moves on: another slide, or the answer shown.
    if (m_ballot.isOpen() && (m_ballot.openQuestion() != currentQuestion() || m_session.questionPhase() == QuestionPhase::Revealed)) {
        m_ballot.close();
        emit tallyChanged();
    }
    const Shown shown = shownNow();
    for (auto &[socket, phone] : m_phones)
        sendView(socket, phone, shown, false);
}

} // namespace stoppunkt
