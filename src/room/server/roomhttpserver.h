// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>

#include <functional>

namespace stoppunkt {

/// The room's HTTP side: the trainees' page (four files) and the facilitator's remote page (four more),
/// GET only, each with headers that keep the browser to this page alone, and the WebSocket upgrade on
/// /room and /remote. Every other request is a 404; there is no file system behind it, only the
/// program's resources.
class RoomHttpServer : public QAbstractHttpServer {
public:
    /// `words`: the trainees' page's words in the lesson's language, served as /words.json;
    /// `remoteWords`: the remote's words in the console's language of the moment, as /remote-words.json.
    RoomHttpServer(QByteArray words, std::function<QByteArray()> remoteWords, QObject *parent = nullptr);
    /// Where the server listens. From then on a request is served only when its Host is this address and port
    /// (else 421: DNS rebinding finds nothing), and a WebSocket upgrade only when its Origin is this server's
    /// own page (else 403: a web page open in a trainee's browser cannot reach the room).
    void setOwnAddress(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// A request that says it has a body (a Content-Length other than 0, or Transfer-Encoding): refused with
    /// 400, and the connection closed.
    static bool carriesBody(const QHttpServerRequest &request);
    bool forThisHost(const QHttpServerRequest &request) const;
    bool fromOwnPage(const QHttpServerRequest &request) const;

    QByteArray m_host;  ///< "192.168.1.20:8471", "[::1]:8471"; empty until the server listens
    QByteArray m_origin;  ///< "http://" + m_host
    struct File {
        QByteArray mimeType;
        std::function<QByteArray()> body;  ///< the same bytes each time, or made when asked (the remote's words)
    };
    QHash<QString, File> m_files;
};

}  // namespace stoppunkt
