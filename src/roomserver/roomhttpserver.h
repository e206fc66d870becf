// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>

namespace stoppunkt {

/// The room's HTTP side: four files of the trainees' page, GET only, each with headers that keep the
/// browser to this page alone, and the WebSocket upgrade on /room. Every other request is a 404; there is
/// no file system behind it, only the program's resources.
class RoomHttpServer : public QAbstractHttpServer {
public:
    /// `words`: the page's words in the lesson's language, served as /words.json.
    explicit RoomHttpServer(QByteArray words, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct File {
        QByteArray mimeType;
        QByteArray body;
    };
    QHash<QString, File> m_files;
};

} // namespace stoppunkt
