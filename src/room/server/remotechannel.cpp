// SPDX-License-Identifier: MIT
#include "room/server/remotechannel.h"

#include "room/remote/remoteprotocol.h"
#include "room/server/sendjson.h"
#include "session/sessionview.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <vector>

namespace stoppunkt {

namespace {
void refuseRemote(QWebSocket *socket, RoomStatus status, const QString &reason, qint64 id = 0)
{
    QJsonObject message{{QLatin1String(remotewire::kType), QLatin1String(remotewire::kRefused)},
                        {QLatin1String(remotewire::kStatus), int(status)},
                        {QLatin1String(remotewire::kReason), reason}};
    if (id > 0)
        message.insert(QLatin1String(remotewire::kId), double(id));
    sendJson(socket, message);
}

RemoteChannel::Clock steadyClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}
}  // namespace

RemoteChannel::RemoteChannel(const SessionView &session, RoomLimits limits, Clock clock, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_limits(limits),
      m_clock(clock ? std::move(clock) : steadyClock()),
      m_rate(kCommandsPerSecond, kCommandBurst),
      m_pointRate(kPointsPerSecond, kPointBurst)
{
    connect(&session, &SessionView::changed, this, &RemoteChannel::refresh);
    // The film's position moves many times a second; the remote shows only whether it is paused.
    connect(&session, &SessionView::filmProgressed, this, [this] {
        if (m_session.filmStatus().paused != m_filmPaused) {
            m_filmPaused = m_session.filmStatus().paused;
            refresh();
        }
    });
}

RemoteChannel::~RemoteChannel()
{
    closeAll();
}

qint64 RemoteChannel::now() const
{
    return m_clock();
}

void RemoteChannel::adopt(QWebSocket *socket)
{
    const QString address = socket->peerAddress().toString();
    const auto waitingFrom = std::count_if(m_connections.begin(), m_connections.end(),
                                           [&](const auto &c) { return !c.second.paired && c.second.address == address; });
    if (waitingFrom >= m_limits.remoteWaitingPerAddress) {
        refuseRemote(socket, RoomStatus::Unavailable, QStringLiteral("too many connections from this address"));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        socket->deleteLater();
        return;
    }
    // Past the cap the oldest waiting connection makes room: waiting ones cannot keep the facilitator's phone out.
    QWebSocket *oldest = nullptr;
    quint64 oldestId = 0;
    int unpaired = 0;
    for (const auto &[other, c] : m_connections)
        if (!c.paired && ++unpaired && (!oldest || c.id < oldestId)) {
            oldest = other;
            oldestId = c.id;
        }
    if (unpaired >= kMaxUnpaired && oldest) {
        refuseRemote(oldest, RoomStatus::Unavailable, QStringLiteral("too many connections waiting"));
        oldest->close(QWebSocketProtocol::CloseCodePolicyViolated);
        m_connections.erase(oldest);
        oldest->deleteLater();
    }
    socket->setParent(this);
    m_connections.emplace(socket, Connection{++m_nextConnection, address, false, {}});
    // Pair or resume in time, or make room for the phone that will.
    QTimer::singleShot(m_limits.remotePairDeadlineMs, socket, [this, socket] {
        const auto found = m_connections.find(socket);
        if (found != m_connections.end() && !found->second.paired) {
            refuseRemote(socket, RoomStatus::Unauthorized, QStringLiteral("not paired in time"));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        }
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { receive(socket, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [socket] { refuseRemote(socket, RoomStatus::BadRequest, QStringLiteral("the remote speaks JSON text only")); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_connections.erase(socket);
        socket->deleteLater();
    });
}

void RemoteChannel::closeAll()
{
    for (auto &[socket, connection] : m_connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
}

QString RemoteChannel::offerPairing()
{
    return m_pairing.offer(now());
}

void RemoteChannel::dropRemote()
{
    if (!m_pairing.paired())
        return;
    m_pairing.drop();
    unpairConnections(nullptr, Unpair::TellDropped);
    emit pairedChanged();
}

void RemoteChannel::unpairConnections(QWebSocket *except, Unpair how)
{
    // Closing a socket can emit disconnected() at once, which erases it from m_connections: close after the loop.
    std::vector<QWebSocket *> stale;
    for (auto &[socket, connection] : m_connections) {
        if (socket == except || !connection.paired)
            continue;
        connection.paired = false;
        connection.lastView.clear();
        if (how == Unpair::TellDropped)
            sendJson(socket, {{QLatin1String(remotewire::kType), QLatin1String(remotewire::kDropped)}});
        else
            stale.push_back(socket);  // the same phone came back on a new connection: this one is stale
    }
    for (QWebSocket *socket : stale)
        socket->close();
}

void RemoteChannel::receive(QWebSocket *socket, const QString &text)
{
    auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    const ParsedRemoteMessage parsed = parseRemoteMessage(text.toUtf8(), m_limits);
    if (parsed.ok() && parsed.message.type == RemoteMessage::Type::Point) {
        // A finger's moves: only from the paired remote, at a bounded rate; dropped without a reply otherwise.
        const RemoteMessage &m = parsed.message;
        if (connection.paired && m_pairing.isRemote(m.token) && m_pointRate.allow(QString::number(connection.id), now()))
            emit pointReceived(m.x, m.y);
        return;
    }
    if (!m_rate.allow(QString::number(connection.id), now()))
        return refuseRemote(socket, RoomStatus::TooManyRequests, QStringLiteral("too many messages; wait a moment"));
    if (!parsed.ok())
        return refuseRemote(socket, parsed.status, parsed.reason);
    const RemoteMessage &m = parsed.message;
    if (m.type == RemoteMessage::Type::Pair) {
        const RemotePairing::Paired paired = m_pairing.pair(m.secret, m.device, now());
        if (paired.status != RoomStatus::Ok)
            return refuseRemote(socket, paired.status, paired.reason);
        unpairConnections(socket, Unpair::TellDropped);  // one remote at a time: the one before is dropped
        pairOn(socket, connection, paired.token, m_pairing.device());
        emit pairedChanged();
        return;
    }
    // The role is checked at each message: the remote's token, on a connection that paired or resumed.
    if (!m_pairing.isRemote(m.token))
        return refuseRemote(socket, RoomStatus::Unauthorized, QStringLiteral("no valid token"), m.id);
    if (m.type == RemoteMessage::Type::Resume) {
        unpairConnections(socket, Unpair::CloseStale);
        return pairOn(socket, connection, m.token, m_pairing.device());
    }
    if (!connection.paired)
        return refuseRemote(socket, RoomStatus::Unauthorized, QStringLiteral("resume first"), m.id);
    const bool applied = m_pairing.firstTime(m.id);
    if (applied)
        emit commandReceived(m.command);
    sendJson(socket, {{QLatin1String(remotewire::kType), QLatin1String(remotewire::kDone)},
                      {QLatin1String(remotewire::kId), double(m.id)},
                      {QLatin1String(remotewire::kApplied), applied}});
}

void RemoteChannel::pairOn(QWebSocket *socket, Connection &connection, const QString &token, const QString &device)
{
    connection.paired = true;
    sendJson(socket, {{QLatin1String(remotewire::kType), QLatin1String(remotewire::kPaired)},
                      {QLatin1String(remotewire::kToken), token},
                      {QLatin1String(remotewire::kDevice), device}});
    sendView(socket, connection, true);
}

void RemoteChannel::refresh()
{
    for (auto &[socket, connection] : m_connections)
        sendView(socket, connection, false);
}

void RemoteChannel::setPicture(const QByteArray &jpeg)
{
    m_picture = QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64());
    refresh();
}

void RemoteChannel::clockChanged()
{
    for (auto &[socket, connection] : m_connections)
        sendView(socket, connection, true);
}

void RemoteChannel::sendView(QWebSocket *socket, Connection &connection, bool force)
{
    if (!connection.paired || !m_pairing.paired())
        return;
    const RemoteClock clock = m_clockSource ? m_clockSource() : RemoteClock{};
    QJsonObject view = remoteView(m_session, clock);
    if (!m_picture.isEmpty())
        view.insert(QLatin1String(remotewire::kPicture), m_picture);
    // The page counts the elapsed time on by itself, so the clock alone moving is no reason to send.
    const QJsonValue time = view.take(QLatin1String("time"));
    const QByteArray unchanging = QJsonDocument(view).toJson(QJsonDocument::Compact);
    if (!force && unchanging == connection.lastView)
        return;
    connection.lastView = unchanging;
    view.insert(QLatin1String("time"), time);
    sendJson(socket, view);
}

}  // namespace stoppunkt
