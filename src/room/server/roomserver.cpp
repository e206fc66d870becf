// SPDX-License-Identifier: MIT
#include "room/server/roomserver.h"

#include "room/server/deadlinetcpserver.h"
#include "room/server/phonechannel.h"
#include "room/server/remotechannel.h"
#include "room/server/remotepagewords.h"
#include "room/server/roomhttpserver.h"
#include "room/server/roompagewords.h"
#include "session/sessionview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace stoppunkt {

RoomServer::RoomServer(const SessionView &session, RoomLimits limits, QObject *parent, std::function<qint64()> remoteClock)
    : QObject(parent),
      m_session(session),
      m_limits(limits),
      m_phones(std::make_unique<PhoneChannel>(session, limits)),
      m_remote(std::make_unique<RemoteChannel>(session, limits, std::move(remoteClock)))
{ }

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
    m_phones->closeAll();
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
        keepWhileOpen(socket);
        if (socket->requestUrl().path() == QLatin1String("/remote"))
            m_remote->adopt(socket);
        else
            m_phones->adopt(socket);
    }
}

void RoomServer::keepWhileOpen(QWebSocket *socket)
{
    m_tcp->keepOpen(socket->peerAddress(), socket->peerPort());
    connect(socket, &QWebSocket::disconnected, this, [this, address = socket->peerAddress(), port = socket->peerPort()] {
        if (m_tcp)
            m_tcp->forget(address, port);
    });
}

}  // namespace stoppunkt
