// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace stoppunkt {

/// Sends one message as a compact JSON text frame: the phones' and the remote's channels speak this way.
inline void sendJson(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

}  // namespace stoppunkt
