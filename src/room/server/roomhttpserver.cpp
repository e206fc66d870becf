// SPDX-License-Identifier: MIT
#include "room/server/roomhttpserver.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace stoppunkt {

namespace {
QByteArray resource(const char *name)
{
    QFile file(QStringLiteral(":/web/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}
}  // namespace

RoomHttpServer::RoomHttpServer(QByteArray words, std::function<QByteArray()> remoteWords, QObject *parent) : QAbstractHttpServer(parent)
{
    const auto fixed = [](QByteArray bytes) { return [bytes] { return bytes; }; };
    m_files.insert(QStringLiteral("/"), {"text/html; charset=utf-8", fixed(resource("index.html"))});
    m_files.insert(QStringLiteral("/app.js"), {"text/javascript; charset=utf-8", fixed(resource("app.js"))});
    m_files.insert(QStringLiteral("/style.css"), {"text/css; charset=utf-8", fixed(resource("style.css"))});
    m_files.insert(QStringLiteral("/words.json"), {"application/json", fixed(std::move(words))});
    m_files.insert(QStringLiteral("/remote"), {"text/html; charset=utf-8", fixed(resource("remote.html"))});
    m_files.insert(QStringLiteral("/remote.js"), {"text/javascript; charset=utf-8", fixed(resource("remote.js"))});
    m_files.insert(QStringLiteral("/remote.css"), {"text/css; charset=utf-8", fixed(resource("remote.css"))});
    m_files.insert(QStringLiteral("/remote-words.json"), {"application/json", std::move(remoteWords)});
}

void RoomHttpServer::setOwnAddress(const QHostAddress &address, quint16 port)
{
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString();
    m_host = QStringLiteral("%1:%2").arg(host).arg(port).toLatin1();
    m_origin = "http://" + m_host;
}

bool RoomHttpServer::carriesBody(const QHttpServerRequest &request)
{
    // The room answers GET and the WebSocket upgrade only, neither with a body. Two Content-Lengths that
    // disagree, or one beside Transfer-Encoding, are how a second request is smuggled past a parser.
    for (const auto &[name, value] : request.headers())
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
            || (name.compare("content-length", Qt::CaseInsensitive) == 0 && value.trimmed() != "0"))
            return true;
    return false;
}

bool RoomHttpServer::forThisHost(const QHttpServerRequest &request) const
{
    return !m_host.isEmpty() && request.value("host").compare(m_host, Qt::CaseInsensitive) == 0;
}

bool RoomHttpServer::fromOwnPage(const QHttpServerRequest &request) const
{
    return forThisHost(request) && request.value("origin").compare(m_origin, Qt::CaseInsensitive) == 0;
}

bool RoomHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return true;  // closing after a refusal: a request read behind it is not answered
    if (carriesBody(request)) {
        // Nothing more is read from this connection: what a parser took for a body or a next request is
        // never answered.
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::BadRequest);
        socket->disconnectFromHost();
        return true;
    }
    // The upgrade to the room's or the remote's WebSocket, only there and only from this server's own page:
    // the socket goes to the WebSocket server. Anything else is answered by missingHandler().
    if (isWebSocketUpgrade(request))
        return fromOwnPage(request) && (request.url().path() == QLatin1String("/room") || request.url().path() == QLatin1String("/remote"));
    QHttpServerResponder responder = makeResponder(request, socket);
    if (!forThisHost(request)) {
        responder.write(QHttpServerResponder::StatusCode::MisdirectedRequest);
        return true;
    }
    const auto found = m_files.constFind(request.url().path());
    if (request.method() != QHttpServerRequest::Method::Get || found == m_files.constEnd()) {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
        return true;
    }
    responder.write(found->body(),
                    {{"Content-Type", found->mimeType},
                     {"Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                                                 "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
                     {"X-Content-Type-Options", "nosniff"},
                     {"Referrer-Policy", "no-referrer"},
                     {"Cache-Control", "no-store"}},
                    QHttpServerResponder::StatusCode::Ok);
    return true;
}

void RoomHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool foreignUpgrade = isWebSocketUpgrade(request) && !fromOwnPage(request);
    makeResponder(request, socket)
        .write(foreignUpgrade ? QHttpServerResponder::StatusCode::Forbidden : QHttpServerResponder::StatusCode::NotFound);
}

}  // namespace stoppunkt
